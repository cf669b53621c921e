#include "views/certreplacedialog.h"

#include "core/client/runtimeconnection.h"
#include "core/workflows/commandchannel.h"
#include "views/messagelabel.h"
#include "views/statuscolors.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

enum Line { SubjectLine, SansLine, IssuerLine, SerialLine, NotAfterLine, DaysLine, LineCount };

QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QString daysText(const QDateTime &notAfter)
{
    if (!notAfter.isValid())
        return {};
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(notAfter);
    if (seconds < 0)
        return CertReplaceDialog::tr("expired");
    return CertReplaceDialog::tr("%n day(s)", nullptr, int(seconds / 86400));
}

QStringList currentLines(const SslCertInfo &info)
{
    QStringList sans;
    for (const QByteArray &san : info.subjectAltNames)
        sans << QString::fromUtf8(san);
    return { QString::fromUtf8(info.subject), sans.join(QStringLiteral(", ")), QString::fromUtf8(info.issuer),
        QString::fromUtf8(info.serial), dateText(info.notAfter), daysText(info.notAfter) };
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertReplaceDialog::CertReplaceDialog(
    RuntimeConnection *connection, const QString &instanceName, const SslCertInfo &current, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_current(current)
    , m_channel(new CommandChannel(connection, this))
    , m_replace(new SslCertReplace(m_channel, this))
{
    setObjectName(QStringLiteral("certReplaceDialog"));
    setWindowTitle(tr("Replace Certificate — %1").arg(instanceName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Replace <b>%1</b> on %2 at runtime. Pick the PEM file with the new "
           "certificate, its private key and chain, or a certificate file and a key "
           "file; hadesk checks them here before anything is sent.")
            .arg(QString::fromUtf8(current.filename).toHtmlEscaped(), instanceName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(buildFilesRow());
    m_check = messageLabel(QStringLiteral("checkLabel"), this);
    layout->addWidget(m_check);
    layout->addWidget(buildComparison());
    m_commands = new QLabel(this);
    m_commands->setObjectName(QStringLiteral("commandsLabel"));
    m_commands->setWordWrap(true);
    layout->addWidget(m_commands);
    m_levelNote = messageLabel(QStringLiteral("levelNote"), this);
    layout->addWidget(m_levelNote);
    m_result = messageLabel(QStringLiteral("resultLabel"), this);
    layout->addWidget(m_result);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_replaceButton = m_buttons->addButton(tr("&Replace"), QDialogButtonBox::AcceptRole);
    m_replaceButton->setObjectName(QStringLiteral("replaceButton"));
    m_replaceButton->setDefault(false);
    m_replaceButton->setAutoDefault(false);
    layout->addWidget(m_buttons);
    connect(m_replaceButton, &QPushButton::clicked, this, &CertReplaceDialog::startReplace);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CertReplaceDialog::reject);
    connect(m_replace, &SslCertReplace::stateChanged, this, &CertReplaceDialog::updateButtons);
    connect(m_replace, &SslCertReplace::finished, this, &CertReplaceDialog::onFinished);
    if (m_connection)
        connect(m_connection, &RuntimeConnection::levelChanged, this, &CertReplaceDialog::updateButtons);
    setTabOrder(m_files, m_browse);
    setTabOrder(m_browse, m_replaceButton);
    check();
    resize(760, sizeHint().height());
}

QWidget *CertReplaceDialog::buildFilesRow()
{
    auto *row = new QWidget(this);
    auto *form = new QFormLayout(row);
    form->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    m_files = new QLineEdit(row);
    m_files->setObjectName(QStringLiteral("filesEdit"));
    m_files->setPlaceholderText(tr("site.pem, or site.crt;site.key"));
    m_files->setAccessibleName(tr("PEM files"));
    m_browse = new QPushButton(tr("&Browse…"), row);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setToolTip(tr("Pick the PEM file(s) (Ctrl+O)"));
    line->addWidget(m_files, 1);
    line->addWidget(m_browse);
    auto *label = new QLabel(tr("PEM &file(s):"), row);
    label->setBuddy(m_files);
    form->addRow(label, line);
    auto *open = new QShortcut(QKeySequence::Open, this);
    connect(open, &QShortcut::activated, this, &CertReplaceDialog::browse);
    connect(m_browse, &QPushButton::clicked, this, &CertReplaceDialog::browse);
    connect(m_files, &QLineEdit::textChanged, this, &CertReplaceDialog::check);
    return row;
}

QWidget *CertReplaceDialog::buildComparison()
{
    auto *box = new QGroupBox(tr("Served now and new"), this);
    m_grid = new QGridLayout(box);
    auto *nowHeader = new QLabel(tr("<b>Served now</b>"), box);
    auto *newHeader = new QLabel(tr("<b>New</b>"), box);
    m_grid->addWidget(nowHeader, 0, 1);
    m_grid->addWidget(newHeader, 0, 2);
    const QStringList names { tr("Subject:"), tr("Subject alternative names:"), tr("Issuer:"), tr("Serial:"),
        tr("Not after:"), tr("Days left:") };
    const QStringList now = currentLines(m_current);
    for (int i = 0; i < LineCount; ++i) {
        m_grid->addWidget(new QLabel(names.at(i), box), i + 1, 0, Qt::AlignTop);
        QLabel *current = valueLabel(box);
        current->setText(now.value(i));
        m_grid->addWidget(current, i + 1, 1);
        QLabel *next = valueLabel(box);
        next->setObjectName(QStringLiteral("new%1").arg(i));
        m_grid->addWidget(next, i + 1, 2);
        m_newLabels << next;
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    return box;
}

void CertReplaceDialog::browse()
{
    if (m_replace->isRunning())
        return;
    auto *dialog = new QFileDialog(this, tr("PEM File(s)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({ tr("PEM files (*.pem *.crt *.cer *.key)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::filesSelected, this, &CertReplaceDialog::setFiles);
    dialog->open();
}

void CertReplaceDialog::setFiles(const QStringList &paths)
{
    m_files->setText(paths.join(u';'));
}

QStringList CertReplaceDialog::files() const
{
    QStringList paths;
    for (const QString &part : m_files->text().split(u';')) {
        if (!part.trimmed().isEmpty())
            paths << part.trimmed();
    }
    return paths;
}

void CertReplaceDialog::check()
{
    m_bundle.reset();
    const QStringList paths = files();
    QByteArray text;
    QString problem;
    for (const QString &path : paths) {
        QFile file(path);
        if (file.size() > 1024 * 1024) {
            problem = tr("%1 is larger than 1 MiB: not a certificate bundle").arg(path);
            break;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            problem = tr("%1 cannot be read: %2").arg(path, file.errorString());
            break;
        }
        text += file.readAll() + '\n';
    }
    if (!paths.isEmpty() && problem.isEmpty()) {
        const auto bundle = PemBundle::read(text);
        if (bundle)
            m_bundle = *bundle;
        else
            problem = tr("Not usable: %1.").arg(bundle.error());
    }
    showMessage(m_check, problem);
    showNew(m_bundle ? &m_bundle->leaf() : nullptr);
    updateButtons();
}

void CertReplaceDialog::showNew(const CertificateSummary *summary)
{
    const QStringList lines = summary ? QStringList { summary->subject,
        summary->subjectAltNames.join(QStringLiteral(", ")), summary->issuer,
        QString::fromLatin1(summary->serial), dateText(summary->notAfter), daysText(summary->notAfter) }
                                      : QStringList();
    for (int i = 0; i < m_newLabels.size(); ++i)
        m_newLabels.at(i)->setText(lines.value(i));
    if (!m_bundle) {
        m_commands->setText(tr("Nothing will be sent until the files are usable."));
        return;
    }
    const qsizetype lineCount = m_bundle->payload().count('\n') + 1;
    m_commands->setText(
        tr("Will send <tt>set ssl cert %1</tt> with the bundle (%n line(s), the private key "
           "included; the audit log keeps only their number), then <tt>commit ssl cert %1</tt>. "
           "Should HAProxy refuse either, <tt>abort ssl cert %1</tt> follows.",
            nullptr, int(lineCount))
            .arg(QString::fromUtf8(m_current.filename).toHtmlEscaped()));
}

bool CertReplaceDialog::canReplace() const
{
    return m_replaceButton->isEnabled();
}

void CertReplaceDialog::updateButtons()
{
    const bool running = m_replace->isRunning();
    const bool finished = m_replace->state() != SslCertReplace::State::Idle && !running;
    const AccessLevel level = m_connection ? m_connection->level() : AccessLevel::Unknown;
    QString levelProblem;
    if (!m_connection || !m_connection->isReady())
        levelProblem = tr("The instance is not connected.");
    else if (level < AccessLevel::Admin)
        levelProblem = tr("Replacing a certificate needs level admin; this connection has level %1.")
                           .arg(accessLevelName(level));
    showMessage(m_levelNote, levelProblem);
    m_replaceButton->setEnabled(m_bundle.has_value() && levelProblem.isEmpty() && !running && !finished);
    m_replaceButton->setToolTip(levelProblem);
    m_files->setEnabled(!running && !finished);
    m_browse->setEnabled(!running && !finished);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(finished ? tr("&Close") : tr("&Cancel"));
}

void CertReplaceDialog::startReplace()
{
    if (!m_bundle || !canReplace())
        return;
    const auto started = m_replace->start(QString::fromUtf8(m_current.filename), m_bundle->payload());
    if (!started) {
        showMessage(m_result, tr("Not sent: %1").arg(started.error()));
        return;
    }
    showMessage(m_result, tr("Sending the new certificate…"), false);
    StatusColors::clearTextTone(m_result);
    updateButtons();
}

void CertReplaceDialog::onFinished(SslCertReplace::State state, const QString &message)
{
    using State = SslCertReplace::State;
    QString heading;
    switch (state) {
    case State::Done:
        heading = tr("Done.");
        break;
    case State::Failed:
        heading = tr("Failed.");
        break;
    case State::Cancelled:
        heading = tr("Cancelled: aborted.");
        break;
    case State::OutcomeUnknown:
        heading = tr("Outcome unknown.");
        break;
    default:
        break;
    }
    m_result->setText(heading + u' ' + message);
    m_result->setVisible(true);
    StatusColors::setTextTone(m_result,
        state == State::Done
            ? StatusColors::Tone::Ok
            : (state == State::Failed ? StatusColors::Tone::Error : StatusColors::Tone::Warning));
    updateButtons();
    emit replaceFinished(state, message);
}

void CertReplaceDialog::reject()
{
    if (m_replace->isRunning()) {
        // Before the commit: abort, and the dialog says so when HAProxy answered. After: wait.
        m_replace->cancel();
        return;
    }
    QDialog::reject();
}
