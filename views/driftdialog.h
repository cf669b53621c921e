#pragma once

#include "core/client/runtimeconnection.h"
#include "core/parsers/driftdetector.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Shows how the running instance has drifted from its configuration (servers added at
// runtime, weights and admin states changed at runtime), each with what a reload would lose,
// and exports what keeps them: the `show servers state` dump as a server-state file, and
// `server` lines for the runtime-only servers. Files are written atomically.
class DriftDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        BackendColumn,
        ServerColumn,
        KindColumn,
        ConfiguredColumn,
        CurrentColumn,
        TextColumn,
        ColumnCount
    };

    // Not owned; reads `show servers state` and `show servers conn` at once and on Refresh.
    explicit DriftDialog(RuntimeConnection *connection, QWidget *parent = nullptr);
    ~DriftDialog() override;

    void refresh();
    // The configuration file the instance runs, to find servers added at runtime on HAProxy
    // 3.0 and later, which no answer marks; empty to rely on `show servers conn` (2.x). Refreshes.
    void setConfigurationFile(const QString &path);
    QString configurationFile() const;
    bool isLoading() const { return m_pending > 0; }
    const QList<DriftItem> &items() const { return m_items; }
    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }

    // The exports without a file dialog (tests, scripting). False with *error in words.
    bool exportServerState(const QString &path, QString *error = nullptr) const;
    bool exportServerLines(const QString &path, QString *error = nullptr) const;

signals:
    void refreshed(); // items() is up to date (or the status says why not)

private:
    void finishRefresh();
    void exportWithDialog(bool stateFile);
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);

    QPointer<RuntimeConnection> m_connection;
    QLineEdit *m_configEdit = nullptr;
    std::optional<QSet<QString>> m_configured; // the configuration's servers, as last read
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_exportStateButton = nullptr;
    QPushButton *m_exportLinesButton = nullptr;
    int m_pending = 0;
    int m_generation = 0;
    QString m_error;
    std::optional<ServersState> m_state;
    std::optional<ServersConn> m_conn;
    QList<DriftItem> m_items;
};
