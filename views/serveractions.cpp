#include "views/serveractions.h"

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "core/parsers/serversstateparser.h"
#include "core/protocol/commandbuilder.h"
#include "views/actionpreviewdialog.h"
#include "views/addserverdialog.h"
#include "views/saferemovedialog.h"
#include "views/statuscolors.h"
#include "views/weightdialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QWidget>

#include <memory>

ServerActions::ServerActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    using K = ServerAction::Kind;
    m_menu = new QMenu(tr("&Server"), window);
    m_menu->setObjectName(QStringLiteral("serverMenu"));

    m_menu->addAction(makeKindAction(K::StateReady, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)));
    m_menu->addAction(makeKindAction(K::StateDrain, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)));
    m_menu->addAction(makeKindAction(K::StateMaint, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)));
    m_menu->addSeparator();

    m_weightAction = new QAction(tr("Set &Weight…"), this);
    m_weightAction->setObjectName(QStringLiteral("actionSetWeight"));
    m_weightAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_weightAction, &QAction::triggered, this, &ServerActions::openWeightDialog);
    m_menu->addAction(m_weightAction);

    m_healthMenu = m_menu->addMenu(tr("&Health Checks"));
    m_healthMenu->addAction(makeKindAction(K::EnableHealth));
    m_healthMenu->addAction(makeKindAction(K::DisableHealth));
    m_healthMenu->addSeparator();
    m_healthMenu->addAction(makeKindAction(K::HealthUp));
    m_healthMenu->addAction(makeKindAction(K::HealthStopping));
    m_healthMenu->addAction(makeKindAction(K::HealthDown));

    m_agentMenu = m_menu->addMenu(tr("A&gent"));
    m_agentMenu->addAction(makeKindAction(K::EnableAgent));
    m_agentMenu->addAction(makeKindAction(K::DisableAgent));
    m_agentMenu->addSeparator();
    m_agentMenu->addAction(makeKindAction(K::AgentUp));
    m_agentMenu->addAction(makeKindAction(K::AgentDown));

    m_menu->addAction(makeKindAction(K::ShutdownSessions));
    m_addressAction = new QAction(tr("Change &Address…"), this);
    m_addressAction->setObjectName(QStringLiteral("actionSetAddress"));
    connect(m_addressAction, &QAction::triggered, this, &ServerActions::openAddressDialog);
    m_menu->addAction(m_addressAction);
    m_menu->addSeparator();

    m_addServerAction = new QAction(tr("&Add Server…"), this);
    m_addServerAction->setObjectName(QStringLiteral("actionAddServer"));
    m_addServerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addServerAction, &QAction::triggered, this, &ServerActions::openAddServerDialog);
    m_menu->addAction(m_addServerAction);
    m_safeRemoveAction = new QAction(tr("Safe &Remove…"), this);
    m_safeRemoveAction->setObjectName(QStringLiteral("actionSafeRemove"));
    m_safeRemoveAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    connect(m_safeRemoveAction, &QAction::triggered, this, &ServerActions::openSafeRemoveDialog);
    m_menu->addAction(m_safeRemoveAction);

    // Shortcuts work wherever the window has focus, menus open or not.
    window->addActions(m_menu->actions());
    window->addActions(m_healthMenu->actions());
    window->addActions(m_agentMenu->actions());
    updateEnabled();
}

ServerActions::~ServerActions()
{
    // The weight dialog reads m_shares: it must not outlive it.
    delete m_weightDialog;
}

WeightDialog *ServerActions::weightDialog() const
{
    return m_weightDialog;
}

ActionPreviewDialog *ServerActions::previewDialog() const
{
    return m_previewDialog;
}

QAction *ServerActions::makeKindAction(ServerAction::Kind kind, const QKeySequence &shortcut)
{
    auto *action = new QAction(ServerAction::kindLabel(kind), this);
    action->setObjectName(QStringLiteral("action%1").arg(int(kind)));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, kind] { run(ServerAction(kind, m_selection)); });
    m_kindActions.insert(int(kind), action);
    return action;
}

QList<QAction *> ServerActions::contextActions() const
{
    using K = ServerAction::Kind;
    return { action(K::StateReady), action(K::StateDrain), action(K::StateMaint), m_weightAction,
        m_healthMenu->menuAction(), m_agentMenu->menuAction(), action(K::ShutdownSessions), m_addressAction,
        m_safeRemoveAction };
}

QList<QAction *> ServerActions::toolBarActions() const
{
    using K = ServerAction::Kind;
    return { action(K::StateReady), action(K::StateDrain), action(K::StateMaint), m_weightAction,
        m_addServerAction };
}

void ServerActions::setConnection(RuntimeConnection *connection, Poller *poller)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    m_poller = poller;
    m_snapshot.reset();
    m_shares.clear();
    if (connection) {
        connect(connection, &RuntimeConnection::levelChanged, this, &ServerActions::updateEnabled);
        connect(connection, &RuntimeConnection::stateChanged, this, &ServerActions::updateEnabled);
    }
    updateEnabled();
}

void ServerActions::setSelection(const QList<ServerTarget> &servers, const QString &backend)
{
    m_selection = servers;
    m_backend = backend;
    updateEnabled();
}

void ServerActions::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    m_shares.addSnapshot(snapshot);
    // An open form follows the polls of the instance it was opened for.
    if (snapshot && m_formConnection && m_formConnection == m_connection) {
        if (m_weightDialog)
            m_weightDialog->setSnapshot(snapshot);
        if (m_addServerDialog)
            m_addServerDialog->setSnapshot(snapshot);
    }
}

void ServerActions::updateEnabled()
{
    const AccessLevel level = m_connection ? m_connection->level() : AccessLevel::Unknown;
    const bool connected = m_connection && m_connection->isReady();
    const bool selected = !m_selection.isEmpty();
    // Why an action is off, in words, for its tooltip.
    const auto reasonFor = [&](ServerAction::Kind kind, bool needsSelection) -> QString {
        if (!connected)
            return tr("Not connected to HAProxy.");
        if (const QString reason = ServerAction::disabledReason(kind, level); !reason.isEmpty())
            return reason;
        if (needsSelection && !selected)
            return tr("Select one or more servers first.");
        return {};
    };
    const auto apply = [](QAction *action, const QString &reason, const QString &tip) {
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? tip : reason);
    };
    for (auto it = m_kindActions.cbegin(); it != m_kindActions.cend(); ++it) {
        const auto kind = ServerAction::Kind(it.key());
        apply(it.value(), reasonFor(kind, true), ServerAction::kindLabel(kind));
    }
    apply(m_weightAction, reasonFor(ServerAction::Kind::SetWeight, true),
        tr("Set the weight of the selected servers, with the share of traffic it gives"));
    QString addressReason = reasonFor(ServerAction::Kind::SetAddress, true);
    if (addressReason.isEmpty() && m_selection.size() > 1)
        addressReason = tr("Select a single server to change its address.");
    apply(m_addressAction, addressReason, tr("Change the selected server's address and port"));
    apply(m_addServerAction, reasonFor(ServerAction::Kind::Prepared, false),
        tr("Add a server to a backend at runtime"));
    QString removeReason = reasonFor(ServerAction::Kind::StateMaint, true);
    if (removeReason.isEmpty() && m_selection.size() > 1)
        removeReason = tr("Select a single server to remove it safely.");
    apply(m_safeRemoveAction, removeReason,
        tr("Drain the server, wait until it is idle, put it in maintenance, then delete it"));
    m_healthMenu->setEnabled(connected && selected);
    m_agentMenu->setEnabled(connected && selected);
}

ActionPreviewDialog *ServerActions::run(const ServerAction &action)
{
    if (!m_connection) {
        emit statusMessage(tr("Not connected to HAProxy."), true);
        return nullptr;
    }
    auto *dialog = new ActionPreviewDialog(action, m_connection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_previewDialog = dialog;
    // The poller of the instance acted on, even if another one is shown when the run ends.
    const QPointer<Poller> poller = m_poller;
    if (poller)
        connect(dialog, &ActionPreviewDialog::refreshRequested, poller, &Poller::refreshNow);
    connect(dialog, &QDialog::finished, this, [this, poller, title = action.title()](int result) {
        if (result != QDialog::Accepted)
            return;
        emit statusMessage(tr("%1: done; see the results and the audit log.").arg(title), false);
        // Show the effect now rather than at the next tick.
        if (poller)
            poller->refreshNow();
    });
    dialog->open();
    return dialog;
}

void ServerActions::runFor(const QPointer<RuntimeConnection> &connection, const ServerAction &action)
{
    if (!connection) {
        emit statusMessage(tr("%1: nothing sent, the connection was closed.").arg(action.title()), true);
        return;
    }
    if (connection != m_connection) {
        emit statusMessage(tr("%1: nothing sent, another instance is shown now.").arg(action.title()), true);
        return;
    }
    run(action);
}

void ServerActions::openWeightDialog()
{
    if (!m_connection || m_selection.isEmpty() || !m_snapshot)
        return;
    if (m_weightDialog) {
        m_weightDialog->raise();
        m_weightDialog->activateWindow();
        return;
    }
    if (m_weightRequested)
        return; // the dialog opens when the answer comes
    // Percentages are of each server's initial weight, which only `show servers state`
    // knows; ask for it, then open the dialog.
    QSet<QString> backends;
    for (const ServerTarget &target : std::as_const(m_selection))
        backends.insert(target.backend);
    QList<RuntimeCommand> commands;
    for (const QString &backend : std::as_const(backends)) {
        const auto command = CommandBuilder::showServersState(backend);
        if (!command) {
            emit statusMessage(command.error(), true);
            return;
        }
        commands.append(command.value());
    }
    auto weights = std::make_shared<QHash<QString, int>>();
    auto pending = std::make_shared<int>(int(commands.size()));
    const QPointer<RuntimeConnection> connection = m_connection;
    const QList<ServerTarget> selection = m_selection;
    m_weightRequested = true;
    for (const RuntimeCommand &command : std::as_const(commands)) {
        // Runs from the connection's reply delivery: it must not block, so the dialog is
        // only opened here (showWeightDialog() returns at once).
        m_connection->send(
            command, this, [this, weights, pending, connection, selection](const RuntimeReply &reply) {
                if (reply.ok()) {
                    if (const auto state = ServersStateParser::parse(reply.body)) {
                        for (const ServerStateRow &row : state->rows) {
                            if (ServerStateRow::has(row.iweight))
                                weights->insert(
                                    QString::fromUtf8(row.backendName + '/' + row.name), int(row.iweight));
                        }
                    }
                }
                if (--*pending != 0)
                    return;
                m_weightRequested = false;
                // Closed, or another instance shown, while the answer was on its way.
                if (!connection || connection != m_connection)
                    return;
                showWeightDialog(selection, *weights);
            });
    }
}

void ServerActions::showWeightDialog(
    const QList<ServerTarget> &selection, const QHash<QString, int> &initialWeights)
{
    if (!m_snapshot || selection.isEmpty())
        return;
    QList<WeightDialog::Target> targets;
    for (const ServerTarget &target : selection)
        targets.append({ target.backend, target.server });
    auto *dialog = new WeightDialog(m_snapshot, targets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInitialWeights(initialWeights);
    dialog->setTrafficShareTracker(&m_shares); // ~ServerActions() deletes the dialog first
    m_weightDialog = dialog;
    m_formConnection = m_connection;
    connect(dialog, &QDialog::accepted, this, [this, dialog, selection, connection = m_formConnection] {
        // Emitted before the deferred delete: the dialog is still there.
        const QList<RuntimeCommand> commands = dialog->commands();
        if (commands.size() != selection.size())
            return;
        QList<ServerAction::Step> steps;
        for (qsizetype i = 0; i < commands.size(); ++i)
            steps.append({ selection.at(i), commands.at(i) });
        runFor(connection,
            ServerAction::prepared(
                tr("Set the weight of %n server(s)", nullptr, int(steps.size())), steps, false));
    });
    dialog->open();
}

void ServerActions::openAddressDialog()
{
    if (!m_connection || m_selection.size() != 1)
        return;
    const ServerTarget target = m_selection.first();
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("addressDialog"));
    dialog->setWindowTitle(tr("Change Address of %1").arg(target.key()));
    auto *form = new QFormLayout(dialog);
    auto *address = new QLineEdit(dialog);
    address->setObjectName(QStringLiteral("addressEdit"));
    address->setPlaceholderText(tr("IPv4 or IPv6 address"));
    auto *port = new QSpinBox(dialog);
    port->setObjectName(QStringLiteral("portSpin"));
    port->setRange(0, 65535);
    port->setSpecialValueText(tr("keep the current port"));
    auto *error = new QLabel(dialog);
    StatusColors::setTextTone(error, StatusColors::Tone::Error);
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttons"));
    form->addRow(tr("&Address:"), address);
    form->addRow(tr("&Port:"), port);
    form->addRow(error);
    form->addRow(buttons);
    // Checked as typed with the same rules the command builder applies before sending.
    const auto validate = [target, address, port, error, buttons] {
        const auto planned =
            ServerAction::setAddress({ target }, address->text().trimmed(), port->value()).plan();
        error->setText(address->text().isEmpty() ? QString() : (planned ? QString() : planned.error()));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(planned.ok());
    };
    connect(address, &QLineEdit::textChanged, dialog, validate);
    connect(port, &QSpinBox::valueChanged, dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
        [this, target, address, port, connection = QPointer<RuntimeConnection>(m_connection)] {
            runFor(
                connection, ServerAction::setAddress({ target }, address->text().trimmed(), port->value()));
        });
    validate();
    dialog->open();
}

void ServerActions::openAddServerDialog()
{
    if (!m_connection || !m_snapshot)
        return;
    auto *dialog = new AddServerDialog(m_snapshot, m_backend, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHaproxyVersion(m_connection->version());
    m_addServerDialog = dialog;
    m_formConnection = m_connection;
    connect(dialog, &QDialog::accepted, this, [this, dialog, connection = m_formConnection] {
        const CommandBuilder::NewServer server = dialog->newServer();
        const ServerTarget target { server.backend, server.name };
        QList<ServerAction::Step> steps;
        const QList<RuntimeCommand> commands = dialog->commands();
        for (const RuntimeCommand &command : commands)
            steps.append({ target, command });
        runFor(connection, ServerAction::prepared(tr("Add %1").arg(target.key()), steps, false));
    });
    dialog->open();
}

void ServerActions::openSafeRemoveDialog()
{
    if (!m_connection || m_selection.size() != 1)
        return;
    const ServerTarget target = m_selection.first();
    // Not modal: the table stays live behind it, showing the server drain.
    auto *dialog = new SafeRemoveDialog(m_connection, target.backend, target.server, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_poller)
        connect(dialog, &QDialog::finished, m_poller, &Poller::refreshNow);
    dialog->open();
}
