#pragma once

#include "serveraction.h"
#include "snapshot.h"
#include "trafficsharetracker.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class Poller;
class QAction;
class QMenu;
class QWidget;
class RuntimeConnection;

// The Server menu: what an operator does to the selected servers (state, weight, health,
// agent, sessions, address) and to a backend (add a server). Every action is previewed with
// its exact command lines (copyable as socat), confirmed when destructive, run without ever
// re-sending a write, and followed by a refresh. Actions the connection's level forbids are
// disabled with the reason in their tooltip.
class ServerActions : public QObject
{
    Q_OBJECT
public:
    explicit ServerActions(QWidget *window);

    // nullptr when disconnected.
    void setConnection(RuntimeConnection *connection, Poller *poller);
    // The servers the actions apply to, and the backend "Add Server" proposes.
    void setSelection(const QList<ServerTarget> &servers, const QString &backend);
    void setSnapshot(const SnapshotPtr &snapshot);
    void updateEnabled();

    QMenu *menu() const { return m_menu; }
    QList<QAction *> contextActions() const; // for the servers table's context menu
    QList<QAction *> toolBarActions() const;
    QAction *action(ServerAction::Kind kind) const { return m_kindActions.value(int(kind)); }
    QAction *weightAction() const { return m_weightAction; }
    QAction *addressAction() const { return m_addressAction; }
    QAction *addServerAction() const { return m_addServerAction; }
    QAction *safeRemoveAction() const { return m_safeRemoveAction; }
    QList<ServerTarget> selection() const { return m_selection; }

    // Previews and runs an action (the dialog is modal); public for tests and other views.
    void run(const ServerAction &action);
    void openWeightDialog();
    void openAddressDialog();
    void openAddServerDialog();
    void openSafeRemoveDialog();

signals:
    void statusMessage(const QString &text, bool error);

private:
    QAction *makeKindAction(ServerAction::Kind kind, const QKeySequence &shortcut = {});
    void showWeightDialog(const QHash<QString, int> &initialWeights);

    QWidget *m_window;
    QPointer<RuntimeConnection> m_connection;
    QPointer<Poller> m_poller;
    SnapshotPtr m_snapshot;
    TrafficShareTracker m_shares;
    QList<ServerTarget> m_selection;
    QString m_backend;

    QMenu *m_menu = nullptr;
    QMenu *m_healthMenu = nullptr;
    QMenu *m_agentMenu = nullptr;
    QHash<int, QAction *> m_kindActions;
    QAction *m_weightAction = nullptr;
    QAction *m_addressAction = nullptr;
    QAction *m_addServerAction = nullptr;
    QAction *m_safeRemoveAction = nullptr;
};
