#include "views/aboutdialog.h"

#include "core/buildinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const Details &details, QWidget *parent)
    : QDialog(parent)
    , m_text(detailsText(details))
    , m_details(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy Details"), this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About hadesk"));

    auto *icon = new QLabel(this);
    const int side = 64;
    // Drawn for the screen's pixel ratio: crisp at 2x.
    icon->setPixmap(QApplication::windowIcon().pixmap(QSize(side, side), devicePixelRatioF()));
    auto *title = new QLabel(
        tr("<h3>hadesk %1</h3><p>Administer running HAProxy instances through their Runtime API.</p>")
            .arg(BuildInfo::version().toHtmlEscaped()),
        this);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(title, 1);

    m_details->setObjectName(QStringLiteral("aboutDetails"));
    m_details->setReadOnly(true);
    m_details->setPlainText(m_text);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setAccessibleName(tr("Details for a bug report"));
    auto *detailsLabel = new QLabel(tr("&Details for a bug report:"), this);
    detailsLabel->setBuddy(m_details);

    m_copy->setObjectName(QStringLiteral("copyDetailsButton"));
    m_copy->setToolTip(tr("Copy the details to the clipboard"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::copy);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(620, 340);
}

QString AboutDialog::detailsText(const Details &details)
{
    QStringList lines;
    QString version = BuildInfo::version();
    if (const QString commit = BuildInfo::commit(); !commit.isEmpty())
        version += tr(" (commit %1)").arg(commit);
    lines << tr("hadesk: %1").arg(version);
    lines << tr("Qt: built with %1, running on %2 (%3)")
                 .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                     QGuiApplication::platformName());
    lines << tr("HAProxy: %1").arg(BuildInfo::haproxyCompatibility());
    if (details.instanceVersion.isEmpty())
        lines << tr("Instance shown: none connected");
    else
        lines << tr("Instance shown: %1, HAProxy %2").arg(details.instanceName, details.instanceVersion);
    lines << tr("Settings: %1").arg(details.settingsFile.isEmpty() ? tr("not stored") : details.settingsFile);
    lines << tr("Audit log: %1").arg(details.auditLogFile.isEmpty() ? tr("off") : details.auditLogFile);
    lines << tr("System: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    return lines.join(u'\n');
}

void AboutDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_text);
    m_copy->setText(tr("Copied"));
}
