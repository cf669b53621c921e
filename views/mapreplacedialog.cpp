#include "views/mapreplacedialog.h"

#include "core/client/runtimeconnection.h"
#include "core/parsers/mapparser.h"
#include "core/workflows/commandchannel.h"
#include "views/statuscolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStringList>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

using Kind = MapCommands::Kind;

constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

void tint(QTreeWidgetItem *item, StatusColors::Tone tone)
{
    const QBrush brush(StatusColors::tint(tone));
    for (int column = 0; column < item->columnCount(); ++column)
        item->setBackground(column, brush);
}

} // namespace

MapReplaceDialog::MapReplaceDialog(
    const MapCommands::Target &target, RuntimeConnection *connection, QWidget *parent)
    : RunOnceDialog(parent)
    , m_target(target)
    , m_connection(connection)
    , m_channel(new CommandChannel(connection, this))
{
    setObjectName(QStringLiteral("mapReplaceDialog"));
    const QString what = target.kind == Kind::Map ? tr("map") : tr("ACL");
    setWindowTitle(tr("Replace %1 %2").arg(what, target.reference));
    auto *intro = new QLabel(tr("Replaces every entry of the %1 <b>%2</b> at once: HAProxy builds the new "
                                "contents aside and switches to them in one step, so no request sees a "
                                "half-written %1.")
                                 .arg(what, target.reference.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(300);
    connect(m_typingTimer, &QTimer::timeout, this, &MapReplaceDialog::updateDiff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(createSourceGroup(), 2);
    layout->addWidget(createDiffGroup(), 3);
    layout->addWidget(createClusterGroup(), 1);
    createProgress();
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(createButtons());
    setTabOrder(m_loadButton, m_editor);
    setTabOrder(m_editor, m_diffTree);
    setTabOrder(m_diffTree, m_clusterCheck);
    setTabOrder(m_clusterCheck, m_memberTree);

    resize(860, 720);
    if (connection) {
        // A link that drops disables Apply; one that comes (back) reads what could not be read.
        connect(connection, &RuntimeConnection::stateChanged, this, [this] {
            if (m_connection && m_connection->isReady() && !m_liveRead && !m_liveReading)
                readLive();
            updateApply();
        });
    }
    readLive();
    updateDiff();
}

QGroupBox *MapReplaceDialog::createSourceGroup()
{
    auto *group = new QGroupBox(tr("New contents"), this);
    m_loadButton = new QPushButton(tr("&Load File…"), group);
    m_loadButton->setObjectName(QStringLiteral("loadButton"));
    m_loadButton->setShortcut(QKeySequence::Open);
    m_loadButton->setAutoDefault(false);
    m_loadButton->setToolTip(tr("Read a map file into the text below (%1)")
                                 .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(m_loadButton, &QPushButton::clicked, this, &MapReplaceDialog::openLoadDialog);

    auto *hint = new QLabel(m_target.kind == Kind::Map
            ? tr("Or &paste below: one \"key value\" per line; the value is the rest of the line. Lines "
                 "starting with # are comments.")
            : tr("Or &paste below: one pattern per line. Lines starting with # are comments."),
        group);
    hint->setWordWrap(true);

    m_editor = new QPlainTextEdit(group);
    m_editor->setObjectName(QStringLiteral("contentsEditor"));
    m_editor->setAccessibleName(tr("New contents"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlaceholderText(m_target.kind == Kind::Map ? QStringLiteral("www.example.com be_blue\n")
                                                            : QStringLiteral("10.0.0.0/8\n"));
    hint->setBuddy(m_editor);
    connect(m_editor, &QPlainTextEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));

    auto *top = new QHBoxLayout;
    top->addWidget(m_loadButton);
    top->addWidget(hint, 1);
    auto *layout = new QVBoxLayout(group);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);
    return group;
}

QGroupBox *MapReplaceDialog::createDiffGroup()
{
    auto *group = new QGroupBox(tr("Changes against the live contents"), this);
    m_counts = new QLabel(group);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_problems = new QLabel(group);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problems->setVisible(false);
    StatusColors::setTextTone(m_problems, StatusColors::Tone::Error);

    m_diffTree = new QTreeWidget(group);
    m_diffTree->setObjectName(QStringLiteral("diffTree"));
    m_diffTree->setAccessibleName(tr("Entries added, changed and removed"));
    m_diffTree->setRootIsDecorated(false);
    m_diffTree->setUniformRowHeights(true);
    m_diffTree->setHeaderLabels({ tr("Change"), m_target.kind == Kind::Map ? tr("Key") : tr("Pattern"),
        tr("Live value"), tr("New value") });
    m_diffTree->setColumnHidden(OldColumn, m_target.kind == Kind::Acl);
    m_diffTree->setColumnHidden(NewColumn, m_target.kind == Kind::Acl);
    m_diffTree->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_counts);
    layout->addWidget(m_problems);
    layout->addWidget(m_diffTree, 1);
    return group;
}

QGroupBox *MapReplaceDialog::createClusterGroup()
{
    m_clusterGroup = new QGroupBox(tr("Cluster"), this);
    m_clusterCheck = new QCheckBox(m_clusterGroup);
    m_clusterCheck->setObjectName(QStringLiteral("clusterCheck"));
    connect(m_clusterCheck, &QCheckBox::toggled, this, [this] {
        m_partialCheck->setEnabled(m_clusterCheck->isChecked());
        updateMembers();
        updateApply();
    });
    // As for cluster actions: a node not connected stops the whole run unless asked otherwise.
    m_partialCheck = new QCheckBox(tr("Run on the connected &nodes alone when some are not"), m_clusterGroup);
    m_partialCheck->setObjectName(QStringLiteral("partialCheck"));
    m_partialCheck->setEnabled(false);
    connect(m_partialCheck, &QCheckBox::toggled, this, &MapReplaceDialog::updateApply);
    m_memberTree = new QTreeWidget(m_clusterGroup);
    m_memberTree->setObjectName(QStringLiteral("memberTree"));
    m_memberTree->setAccessibleName(tr("Result per node"));
    m_memberTree->setRootIsDecorated(false);
    m_memberTree->setHeaderLabels({ tr("Node"), tr("State"), tr("Message") });
    m_memberTree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(m_clusterGroup);
    layout->addWidget(m_clusterCheck);
    layout->addWidget(m_partialCheck);
    layout->addWidget(m_memberTree);
    m_clusterGroup->setVisible(false);
    return m_clusterGroup;
}

void MapReplaceDialog::createProgress()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Batches added"));
    m_progress->setFormat(tr("%v of %m batches"));
    m_progress->setVisible(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

QDialogButtonBox *MapReplaceDialog::createButtons()
{
    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_applyButton = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // Enter in the editor types a line; applying is a deliberate click or Alt+A.
    m_applyButton->setAutoDefault(false);
    m_cancelButton->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MapReplaceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MapReplaceDialog::reject);
    return m_buttons;
}

void MapReplaceDialog::setCluster(const QString &name, const QList<ClusterMember> &members)
{
    if (hasRun())
        return;
    m_clusterName = name;
    m_members = members;
    m_clusterGroup->setVisible(!members.isEmpty());
    m_clusterCheck->setText(tr("Apply to every &member of %1").arg(name));
    for (const ClusterMember &member : members) {
        if (member.connection) {
            connect(member.connection, &RuntimeConnection::stateChanged, this, [this] {
                updateMembers();
                updateApply();
            });
        }
    }
    updateMembers();
    updateApply();
}

bool MapReplaceDialog::applyToCluster() const
{
    return !m_members.isEmpty() && m_clusterCheck->isChecked();
}

void MapReplaceDialog::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

void MapReplaceDialog::openLoadDialog()
{
    auto *dialog = new QFileDialog(this, tr("Load Map File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("Map and ACL files (*.map *.acl *.lst *.txt)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, &MapReplaceDialog::loadFile);
    dialog->open();
}

bool MapReplaceDialog::loadFile(const QString &path)
{
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = tr("Could not read %1: %2").arg(path, file.errorString());
    else if (file.size() > MaxFileBytes)
        problem = tr("%1 is larger than %2 MB.").arg(path).arg(MaxFileBytes / (1024 * 1024));
    if (!problem.isEmpty()) {
        m_result->setText(problem);
        StatusColors::setTextTone(m_result, StatusColors::Tone::Error);
        return false;
    }
    m_result->clear();
    setText(QString::fromUtf8(file.readAll()));
    return true;
}

// The live contents, once, for the diff; MapReplace reads them again when it runs.
void MapReplaceDialog::readLive()
{
    if (!m_connection || !m_connection->isReady()) {
        m_counts->setText(tr("Not connected: the live contents are read once the link is up."));
        return;
    }
    m_counts->setText(tr("Reading the live contents…"));
    m_liveError.clear();
    m_liveReading = true;
    m_channel->send(
        MapCommands::showEntries(m_target),
        [this](const RuntimeReply &reply) {
            m_liveReading = false;
            if (!reply.ok()) {
                m_liveError = reply.message();
                return updateDiff();
            }
            const auto live = MapParser::parseEntries(
                reply.body, m_target.kind == Kind::Map ? MapParser::Kind::Map : MapParser::Kind::Acl);
            if (!live) {
                m_liveError = live.error();
                return updateDiff();
            }
            m_live = *live;
            for (const PatternEntry &e : std::as_const(m_live)) {
                const QString key = QString::fromUtf8(e.key);
                if (!m_liveValues.contains(key))
                    m_liveValues.insert(key, QString::fromUtf8(e.value));
            }
            m_liveRead = true;
            updateDiff();
        },
        false);
}

void MapReplaceDialog::updateDiff()
{
    m_typingTimer->stop();
    m_parsed = MapSource::parse(m_editor->toPlainText(), m_target);
    QStringList problems;
    for (const MapSource::Problem &p : std::as_const(m_parsed.problems))
        problems << tr("Line %1: %2").arg(p.line).arg(p.message);
    const int shown = 20;
    if (problems.size() > shown) {
        const qsizetype more = problems.size() - shown;
        problems = problems.mid(0, shown);
        problems << tr("… and %n more line(s)", nullptr, int(more));
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());

    if (!m_liveError.isEmpty()) {
        m_counts->setText(tr("The live contents could not be read: %1").arg(m_liveError));
    } else if (m_liveRead && m_editor->toPlainText().trimmed().isEmpty()) {
        m_diff = {};
        m_counts->setText(
            tr("%n live entries. Paste the new contents or load a file; what changes shows here.", nullptr,
                int(m_liveValues.size())));
    } else if (m_liveRead) {
        m_diff = MapDiff::compute(m_live, m_parsed.entries);
        const qsizetype unchanged = m_parsed.entries.size() - m_diff.added.size() - m_diff.changed.size();
        m_counts->setText(tr("%1 added, %2 changed, %3 removed, %4 unchanged (%5 live, %6 new).")
                              .arg(m_diff.added.size())
                              .arg(m_diff.changed.size())
                              .arg(m_diff.removed.size())
                              .arg(unchanged)
                              .arg(m_liveValues.size())
                              .arg(m_parsed.entries.size()));
    }
    fillDiffTree();
    updateApply();
}

void MapReplaceDialog::fillDiffTree()
{
    m_diffTree->setUpdatesEnabled(false);
    m_diffTree->clear();
    QList<QTreeWidgetItem *> items;
    auto add = [&](const QString &change, const QString &key, const QString &oldValue,
                   const QString &newValue, StatusColors::Tone tone) {
        if (items.size() >= MaxDiffRows)
            return;
        auto *item = new QTreeWidgetItem({ change, key, oldValue, newValue });
        tint(item, tone);
        items.append(item);
    };
    for (const MapCommands::Entry &e : std::as_const(m_diff.added))
        add(tr("added"), e.key, QString(), e.value, StatusColors::Tone::Ok);
    for (const MapCommands::Entry &e : std::as_const(m_diff.changed))
        add(tr("changed"), e.key, m_liveValues.value(e.key), e.value, StatusColors::Tone::Warning);
    for (const QString &key : std::as_const(m_diff.removed))
        add(tr("removed"), key, m_liveValues.value(key), QString(), StatusColors::Tone::Error);
    m_diffTree->addTopLevelItems(items);
    for (int column : { ChangeColumn, KeyColumn, OldColumn })
        m_diffTree->resizeColumnToContents(column);
    m_diffTree->setUpdatesEnabled(true);
}

void MapReplaceDialog::updateApply()
{
    if (hasRun())
        return;
    QString reason;
    if (!m_connection || !m_connection->isReady())
        reason = tr("Not connected.");
    else if (!m_liveError.isEmpty())
        reason = tr("The live contents could not be read, so the changes cannot be shown.");
    else if (!m_liveRead)
        reason = tr("Reading the live contents…");
    else if (!m_parsed.ok())
        reason = tr("Nothing will be sent: correct the lines listed first.");
    else if (m_parsed.entries.isEmpty())
        reason = tr("Nothing to apply: the text has no entries.");
    else if (m_diff.isEmpty() && !applyToCluster())
        reason = tr("The live contents already equal the text.");
    int reachable = 0;
    QStringList unreachable;
    for (const ClusterMember &member : std::as_const(m_members)) {
        if (member.connection && member.connection->isReady())
            ++reachable;
        else
            unreachable.append(member.name);
    }
    if (reason.isEmpty() && applyToCluster() && !unreachable.isEmpty() && !m_partialCheck->isChecked()) {
        reason = tr("Not connected: %1. Connect them, or run on the connected nodes alone.")
                     .arg(unreachable.join(QStringLiteral(", ")));
    }
    m_applyButton->setEnabled(reason.isEmpty());
    m_applyButton->setToolTip(reason);
    m_applyButton->setText(applyToCluster() ? tr("&Apply to %n node(s)", nullptr, reachable) : tr("&Apply"));
    StatusColors::clearTextTone(m_result);
    if (!reason.isEmpty() && m_liveRead)
        m_result->setText(reason);
    else if (reason.isEmpty())
        m_result->clear();
}
