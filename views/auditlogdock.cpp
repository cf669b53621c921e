#include "views/auditlogdock.h"

#include "core/storage/auditlog.h"
#include "models/auditlogmodel.h"
#include "views/statuscolors.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

AuditLogDock::AuditLogDock(QWidget *parent)
    : QDockWidget(tr("Audit Log"), parent)
    , m_model(new AuditLogModel(this))
    , m_proxy(new AuditLogFilterProxyModel(this))
{
    setObjectName(QStringLiteral("auditLogDock")); // for QMainWindow::saveState()
    m_proxy->setSourceModel(m_model);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter by command, instance, user or answer"));
    m_filter->setClearButtonEnabled(true);
    m_errorsOnly = new QCheckBox(tr("&Errors only"), content);
    m_errorsOnly->setObjectName(QStringLiteral("auditErrorsOnly"));
    top->addWidget(m_filter, 1);
    top->addWidget(m_errorsOnly);
    layout->addLayout(top);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("auditError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    StatusColors::setTextTone(m_error, StatusColors::Tone::Error);
    m_error->hide();
    layout->addWidget(m_error);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::Time, Qt::DescendingOrder); // newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(content);
    m_exportCsv = new QPushButton(tr("Export &CSV…"), content);
    m_exportCsv->setObjectName(QStringLiteral("auditExportCsv"));
    m_exportJson = new QPushButton(tr("Export &JSON…"), content);
    m_exportJson->setObjectName(QStringLiteral("auditExportJson"));
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_exportCsv);
    bottom->addWidget(m_exportJson);
    layout->addLayout(bottom);
    setWidget(content);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AuditLogFilterProxyModel::setFilterText);
    connect(m_filter, &QLineEdit::returnPressed, m_proxy, &AuditLogFilterProxyModel::applyFilterTextNow);
    connect(m_errorsOnly, &QCheckBox::toggled, m_proxy, &AuditLogFilterProxyModel::setErrorsOnly);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Json); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AuditLogDock::updateCount);
    // Columns fit the first records; after that the user's widths stay as they are.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_columnsSized) {
            m_columnsSized = true;
            m_view->resizeColumnsToContents();
        }
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AuditLogDock::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditLogDock::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AuditLogDock::updateCount);
    updateCount();
}

void AuditLogDock::setLog(AuditLog *log)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    m_error->hide();
    if (log) {
        connect(log, &AuditLog::errorOccurred, this, &AuditLogDock::showLogError);
        // A record written after an error means writing works again.
        connect(log, &AuditLog::recordAppended, m_error, &QWidget::hide);
    }
    m_model->setLog(log);
    if (m_model->rowCount() > 0) {
        m_columnsSized = true;
        m_view->resizeColumnsToContents();
    }
}

AuditLog *AuditLogDock::log() const
{
    return m_log;
}

bool AuditLogDock::exportTo(const QString &path, Format format, QString *error) const
{
    const QList<AuditRecord> records = m_proxy->shownRecords();
    return format == Format::Csv ? AuditLog::exportCsv(records, path, error)
                                 : AuditLog::exportJson(records, path, error);
}

void AuditLogDock::exportWithDialog(Format format)
{
    const bool csv = format == Format::Csv;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        folder + QStringLiteral("/hadesk-audit") + (csv ? QStringLiteral(".csv") : QStringLiteral(".json"));
    // Non-blocking: commands keep being answered and logged while the user picks a file.
    auto *dialog = new QFileDialog(this, csv ? tr("Export Audit Log as CSV") : tr("Export Audit Log as JSON"),
        QString(), csv ? tr("CSV files (*.csv);;All files (*)") : tr("JSON files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(suggested);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        if (path.isEmpty())
            return;
        QString error;
        if (exportTo(path, format, &error))
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void AuditLogDock::showLogError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AuditLogDock::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("Commands: %1").arg(all) : tr("Shown: %1 of %2").arg(shown).arg(all));
    m_exportCsv->setEnabled(shown > 0);
    m_exportJson->setEnabled(shown > 0);
}
