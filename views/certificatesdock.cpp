#include "views/certificatesdock.h"

#include "core/client/runtimeconnection.h"
#include "models/certificatesloader.h"
#include "models/certificatesmodel.h"
#include "models/instancesession.h"
#include "models/sessionmanager.h"
#include "views/certreplacedialog.h"
#include "views/dockshortcuts.h"
#include "views/statuscolors.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

using Warning = CertificatesModel::Warning;

// The expiry columns in the tone of their warning level (the text says it in words too).
class ExpiryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != CertificatesModel::DaysLeft && index.column() != CertificatesModel::NotAfter)
            return;
        const auto tone =
            CertificatesDock::toneFor(Warning(index.data(CertificatesModel::WarningRole).toInt()));
        if (!tone)
            return;
        option->palette.setColor(QPalette::Text, StatusColors::text(*tone, option->palette));
        option->backgroundBrush = StatusColors::tint(*tone);
        if (*tone != StatusColors::Tone::Warning)
            option->font.setBold(true);
    }
};

} // namespace

std::optional<StatusColors::Tone> CertificatesDock::toneFor(CertificatesModel::Warning warning)
{
    switch (warning) {
    case Warning::Soon:
        return StatusColors::Tone::Warning;
    case Warning::VerySoon:
        return StatusColors::Tone::Urgent;
    case Warning::Expired:
        return StatusColors::Tone::Error;
    case Warning::Fine:
        break;
    }
    return std::nullopt;
}

CertificatesDock::CertificatesDock(SessionManager *sessions, QWidget *parent)
    : QDockWidget(tr("Certificates"), parent)
    , m_sessions(sessions)
    , m_model(new CertificatesModel(this))
    , m_loader(new CertificatesLoader(sessions, m_model, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("certificatesDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildToolbar(content));
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("certificatesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CertificatesModel::RawRole);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("certificatesView"));
    m_view->setAccessibleName(tr("Certificates of all open instances"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ExpiryDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CertificatesModel::DaysLeft, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_view, 1);
    setWidget(content);
    setFocusProxy(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CertificatesDock::updateReplaceAction);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CertificatesDock::onRowsArrived);
    // Until the user picks a row, the current one is the soonest to expire, also after a sort.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_settingCurrent)
            m_followTop = false;
    });
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { m_settingCurrent = true; });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        m_settingCurrent = false;
        followTop();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CertificatesDock::updateReplaceAction);
    connect(m_loader, &CertificatesLoader::errorsChanged, this, &CertificatesDock::updateErrors);
    connect(m_loader, &CertificatesLoader::loadingChanged, this, &CertificatesDock::updateErrors);
    connect(this, &QDockWidget::visibilityChanged, m_loader, &CertificatesLoader::setActive);
    updateReplaceAction();
    new DockShortcuts(this); // F5 and the others are the dock's while the focus is in it
}

QWidget *CertificatesDock::buildToolbar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshCertificates"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read every instance's certificates again (F5)"));
    m_replace = new QAction(tr("Re&place Certificate…"), this);
    m_replace->setObjectName(QStringLiteral("replaceCertificate"));
    m_replace->setShortcuts({ QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_R) });
    for (QAction *action : { m_refresh, m_replace }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->text().remove(u'&'));
        row->addWidget(button);
    }
    row->addStretch(1);
    connect(m_refresh, &QAction::triggered, this, &CertificatesDock::refresh);
    connect(m_replace, &QAction::triggered, this, &CertificatesDock::openReplaceDialog);
    return bar;
}

void CertificatesDock::followTop()
{
    if (!m_followTop || m_proxy->rowCount() == 0 || m_view->currentIndex().row() == 0)
        return;
    m_settingCurrent = true;
    m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_settingCurrent = false;
}

void CertificatesDock::onRowsArrived()
{
    // The soonest expiry is the row to act on first; the columns fit what came.
    followTop();
    m_view->resizeColumnsToContents();
    for (int column = 0; column < CertificatesModel::DaysLeft; ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 320));
    updateReplaceAction();
}

void CertificatesDock::refresh()
{
    m_loader->refresh();
    updateErrors();
}

void CertificatesDock::updateErrors()
{
    QStringList lines;
    const QHash<QString, QString> errors = m_loader->errors();
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        lines << tr("%1: %2").arg(it.key(), it.value());
    lines.sort();
    if (m_loader->isLoading())
        lines.prepend(tr("Reading certificates…"));
    m_status->setText(lines.join(u'\n'));
    m_status->setVisible(!lines.isEmpty());
    if (errors.isEmpty())
        StatusColors::clearTextTone(m_status);
    else
        StatusColors::setTextTone(m_status, StatusColors::Tone::Error);
}

void CertificatesDock::updateReplaceAction()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    InstanceSession *session =
        current.isValid() && m_sessions ? m_sessions->find(m_model->instanceId(current.row())) : nullptr;
    RuntimeConnection *connection = session ? session->connection() : nullptr;
    QString reason;
    if (!current.isValid())
        reason = tr("Select a certificate to replace.");
    else if (!connection || !connection->isReady())
        reason = tr("The instance is not connected.");
    else if (connection->level() < AccessLevel::Admin)
        reason = tr("Replacing a certificate needs level admin; this connection has level %1.")
                     .arg(accessLevelName(connection->level()));
    m_replace->setEnabled(reason.isEmpty());
    m_replace->setToolTip(
        reason.isEmpty() ? tr("Replace the selected certificate at runtime (F2, Ctrl+R)") : reason);
    m_replace->setStatusTip(reason);
}

void CertificatesDock::openReplaceDialog()
{
    updateReplaceAction();
    if (!m_replace->isEnabled()) {
        emit statusMessage(m_replace->toolTip(), true);
        return;
    }
    const int row = m_proxy->mapToSource(m_view->currentIndex()).row();
    InstanceSession *session = m_sessions->find(m_model->instanceId(row));
    if (m_dialog)
        m_dialog->close();
    m_dialog = new CertReplaceDialog(
        session->connection(), session->displayName(), *m_model->certificate(row), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &CertReplaceDialog::replaceFinished, this,
        [this](SslCertReplace::State state, const QString &message) {
            emit statusMessage(message, state != SslCertReplace::State::Done);
            m_loader->refresh();
        });
    m_dialog->open();
}

CertReplaceDialog *CertificatesDock::replaceDialog() const
{
    return m_dialog;
}
