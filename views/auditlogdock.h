#pragma once

#include <QDockWidget>
#include <QPointer>

class AuditLog;
class AuditLogFilterProxyModel;
class AuditLogModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The audit log in a dock: every command sent, newest first, with a text filter, an
// "errors only" toggle, and export of the rows shown to CSV or JSON. Write errors of the
// log are shown in the dock until the next record is written.
class AuditLogDock : public QDockWidget
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit AuditLogDock(QWidget *parent = nullptr);

    // Shows and follows log (not owned); nullptr empties the dock.
    void setLog(AuditLog *log);
    AuditLog *log() const;

    AuditLogModel *model() const { return m_model; }
    AuditLogFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // Writes the rows shown (filtered, in the order shown) to path; without a dialog, for
    // tests and scripting. False with *error in words on failure.
    bool exportTo(const QString &path, Format format, QString *error = nullptr) const;

private:
    void exportWithDialog(Format format);
    void showLogError(const QString &message);
    void updateCount();

    QPointer<AuditLog> m_log;
    AuditLogModel *m_model = nullptr;
    AuditLogFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_errorsOnly = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportJson = nullptr;
    bool m_columnsSized = false;
};
