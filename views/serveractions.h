#pragma once

#include "core/actions/serveraction.h"
#include "core/client/snapshot.h"
#include "models/trafficsharetracker.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class ActionPreviewDialog;
class AddServerDialog;
class Poller;
class QAction;
class QDialog;
class QMenu;
class QWidget;
class RuntimeConnection;
class WeightDialog;

// The Server menu: what an operator does to the selected servers (state, weight, health,
// agent, sessions, address) and to a backend (add a server). Every action is previewed with
// its exact command lines (copyable as socat), confirmed when destructive, run without ever
// re-sending a write, and followed by a refresh. Actions the connection's level forbids are
// disabled with the reason in their tooltip.
//
// Every dialog is opened with open() and continues on its signals, never with exec(): the
// weight dialog opens from a reply handler, and a nested event loop there would stall the
// connection (Qt does not re-emit readyRead while a readyRead handler runs).
class ServerActions : public QObject
{
    Q_OBJECT
public:
    explicit ServerActions(QWidget *window);
    ~ServerActions() override;

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

    // Opens the preview of an action (window-modal, deleted on close) and returns at once;
    // the dialog sends on confirmation. Null when not connected. Public for tests and other views.
    ActionPreviewDialog *run(const ServerAction &action);
    // Each opens its dialog and returns at once; the action's preview follows on OK.
    void openWeightDialog(); // after `show servers state` answered (initial weights)
    void openAddressDialog();
    void openAddServerDialog();
    void openSafeRemoveDialog();

    // The dialogs open now (null when none), for tests.
    WeightDialog *weightDialog() const;
    ActionPreviewDialog *previewDialog() const;

signals:
    void statusMessage(const QString &text, bool error);

private:
    QAction *makeKindAction(ServerAction::Kind kind, const QKeySequence &shortcut = {});
    void showWeightDialog(const QList<ServerTarget> &selection, const QHash<QString, int> &initialWeights);
    // run() on the connection a dialog was opened for: nothing is sent when it went away or
    // another instance is shown now.
    void runFor(const QPointer<RuntimeConnection> &connection, const ServerAction &action);

    QWidget *m_window;
    QPointer<RuntimeConnection> m_connection;
    QPointer<Poller> m_poller;
    SnapshotPtr m_snapshot;
    TrafficShareTracker m_shares;
    QList<ServerTarget> m_selection;
    QString m_backend;
    // The weight dialog waits for `show servers state` first: a second trigger meanwhile
    // must not open a second dialog.
    bool m_weightRequested = false;
    QPointer<WeightDialog> m_weightDialog;
    QPointer<AddServerDialog> m_addServerDialog;
    QPointer<ActionPreviewDialog> m_previewDialog;
    QPointer<RuntimeConnection> m_formConnection; // the one the weight or add server form is for

    QMenu *m_menu = nullptr;
    QMenu *m_healthMenu = nullptr;
    QMenu *m_agentMenu = nullptr;
    QHash<int, QAction *> m_kindActions;
    QAction *m_weightAction = nullptr;
    QAction *m_addressAction = nullptr;
    QAction *m_addServerAction = nullptr;
    QAction *m_safeRemoveAction = nullptr;
};
