#pragma once

#include "core/actions/serveraction.h"
#include "core/protocol/runtimereply.h"

#include <QDockWidget>
#include <QPointer>

class ActionPreviewDialog;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class RuntimeConnection;
class SessionsModel;

// The streams of the instance shown (`show sess`): id, age, source, frontend, backend,
// server, protocol and request state, sortable, filtered here by frontend, backend, server
// or source. Read on Refresh (F5), when shown, and, if asked, every few seconds while the
// dock is visible. Shut Down Session (Del) ends the selected streams after a destructive
// preview; it needs level admin, and says so when the socket has less.
class SessionsDock : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int MinAutoRefreshSeconds = 2;

    explicit SessionsDock(QWidget *parent = nullptr);

    void setConnection(RuntimeConnection *connection);
    void refresh();
    void shutDownSelected();
    void setAutoRefresh(bool on, int seconds = 0); // seconds < MinAutoRefreshSeconds: left as is

    SessionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }
    QCheckBox *autoRefreshBox() const { return m_autoRefresh; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *shutdownAction() const { return m_shutdownAction; }
    ActionPreviewDialog *previewDialog() const;
    int answersRead() const { return m_answers; }

signals:
    void statusMessage(const QString &text, bool error);

private:
    QWidget *createControls();
    void createActions();
    void onSessions(const RuntimeReply &reply);
    void armTimer();
    void setStatus(const QString &text, bool error);
    void updateActions();
    void updateFilterHint();

    QPointer<RuntimeConnection> m_connection;
    SessionsModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterPause = nullptr;
    QCheckBox *m_autoRefresh = nullptr;
    QSpinBox *m_interval = nullptr;
    QTimer *m_timer = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_shutdownAction = nullptr;
    QPointer<ActionPreviewDialog> m_preview;
    int m_generation = 0;
    int m_answers = 0;
    bool m_reading = false;
    bool m_readAgain = false; // asked for while a read was in flight
};
