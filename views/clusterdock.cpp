#include "views/clusterdock.h"

#include "core/client/poller.h"
#include "core/client/runtimeconnection.h"
#include "models/clusterstore.h"
#include "models/clustertablemodel.h"
#include "models/connectionprofilesmodel.h"
#include "models/instancesession.h"
#include "views/clustercelldelegate.h"
#include "views/clusterdialog.h"
#include "views/clusterresultdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

ClusterDock::ClusterDock(ClusterStore *store, ConnectionProfilesModel *profiles, QWidget *parent)
    : QDockWidget(tr("Clusters"), parent)
    , m_store(store)
    , m_profiles(profiles)
    , m_model(new ClusterTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *top = new QHBoxLayout;
    auto *clusterLabel = new QLabel(tr("Cl&uster:"), content);
    m_clusterCombo = new QComboBox(content);
    m_clusterCombo->setObjectName(QStringLiteral("clusterCombo"));
    m_clusterCombo->setMinimumContentsLength(16);
    clusterLabel->setBuddy(m_clusterCombo);
    top->addWidget(clusterLabel);
    top->addWidget(m_clusterCombo);
    auto *newButton = makeButton(tr("&New…"), tr("Group saved connections into a cluster"));
    connect(newButton, &QToolButton::clicked, this, &ClusterDock::newCluster);
    m_editButton = makeButton(tr("Edi&t…"), tr("Rename the cluster or change its members"));
    connect(m_editButton, &QToolButton::clicked, this, &ClusterDock::editCluster);
    m_deleteButton = makeButton(tr("De&lete"), tr("Forget this cluster (its connections stay)"));
    connect(m_deleteButton, &QToolButton::clicked, this, &ClusterDock::deleteCluster);
    m_connectButton = makeButton(tr("C&onnect Members"), tr("Open every member that is not open yet"));
    connect(m_connectButton, &QToolButton::clicked, this, &ClusterDock::connectMembers);
    for (QToolButton *button : { newButton, m_editButton, m_deleteButton, m_connectButton })
        top->addWidget(button);
    top->addStretch(1);
    layout->addLayout(top);

    auto *actions = new QHBoxLayout;
    const auto addAction = [&](const QString &text, const QString &tip, ServerAction::Kind kind) {
        QToolButton *button = makeButton(text, tip);
        connect(button, &QToolButton::clicked, this,
            [this, kind] { runAction(ServerAction(kind, selectedTargets())); });
        m_actionButtons << button;
        actions->addWidget(button);
    };
    addAction(tr("&Ready"), tr("Put the selected servers back in service on every member"),
        ServerAction::Kind::StateReady);
    addAction(tr("&Drain"), tr("Drain the selected servers on every member"), ServerAction::Kind::StateDrain);
    addAction(tr("&Maintenance"), tr("Put the selected servers in maintenance on every member"),
        ServerAction::Kind::StateMaint);
    QToolButton *weight = makeButton(tr("&Weight…"), tr("Set the selected servers' weight on every member"));
    connect(weight, &QToolButton::clicked, this, &ClusterDock::askWeight);
    m_actionButtons << weight;
    actions->addWidget(weight);
    actions->addStretch(1);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("clusterSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    actions->addWidget(m_summary);
    layout->addLayout(actions);

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("clusterTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ClusterCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClusterTableModel::Backend, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Cluster servers"));
    layout->addWidget(m_table, 1);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClusterDock::updateActions);

    setWidget(content);
    connect(m_store, &ClusterStore::changed, this, &ClusterDock::fillClusters);
    connect(m_clusterCombo, &QComboBox::currentIndexChanged, this, &ClusterDock::onClusterChanged);
    fillClusters();
}

QToolButton *ClusterDock::makeButton(const QString &text, const QString &tip, const QKeySequence &shortcut)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (!shortcut.isEmpty())
        button->setShortcut(shortcut);
    return button;
}

void ClusterDock::setSessions(const QList<InstanceSession *> &sessions)
{
    for (const QPointer<InstanceSession> &session : std::as_const(m_sessions)) {
        if (session)
            disconnect(session, nullptr, this, nullptr);
    }
    m_sessions.clear();
    for (InstanceSession *session : sessions) {
        m_sessions << session;
        connect(session, &InstanceSession::snapshotApplied, this, [this, session] { onSnapshot(session); });
    }
    onClusterChanged();
}

QString ClusterDock::currentCluster() const
{
    return m_clusterCombo->currentText();
}

void ClusterDock::setCurrentCluster(const QString &name)
{
    const int index = m_clusterCombo->findText(name);
    if (index >= 0)
        m_clusterCombo->setCurrentIndex(index);
}

void ClusterDock::fillClusters()
{
    const QString current = currentCluster();
    {
        const QSignalBlocker blocker(m_clusterCombo);
        m_clusterCombo->clear();
        for (const ClusterDefinition &cluster : m_store->clusters())
            m_clusterCombo->addItem(cluster.name);
        const int index = m_clusterCombo->findText(current);
        m_clusterCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    onClusterChanged();
}

QList<ClusterMember> ClusterDock::members(QStringList *missing) const
{
    QList<ClusterMember> found;
    const ClusterDefinition cluster = m_store->cluster(currentCluster());
    for (const QString &name : cluster.members) {
        InstanceSession *match = nullptr;
        for (const QPointer<InstanceSession> &session : m_sessions) {
            if (session && session->profile().name == name) {
                match = session;
                break;
            }
        }
        if (match)
            found.append({ name, match->connection() });
        else if (missing)
            missing->append(name);
    }
    return found;
}

void ClusterDock::onClusterChanged()
{
    const ClusterDefinition cluster = m_store->cluster(currentCluster());
    if (m_model->members() != cluster.members)
        m_model->setMembers(cluster.members);
    for (const QPointer<InstanceSession> &session : std::as_const(m_sessions)) {
        if (session && cluster.members.contains(session->profile().name))
            m_model->setSnapshot(session->profile().name, session->lastSnapshot());
    }
    m_table->resizeColumnsToContents();
    updateSummary();
    updateActions();
}

void ClusterDock::onSnapshot(InstanceSession *session)
{
    const QString name = session->profile().name;
    if (!m_model->members().contains(name))
        return;
    m_model->setSnapshot(name, session->lastSnapshot());
    updateSummary();
}

void ClusterDock::updateSummary()
{
    const ClusterDefinition cluster = m_store->cluster(currentCluster());
    if (cluster.name.isEmpty()) {
        m_summary->setText(tr("No cluster yet: New… groups saved connections."));
        return;
    }
    QStringList missing;
    const QList<ClusterMember> open = members(&missing);
    QString text;
    if (!missing.isEmpty())
        text = tr("Not open: %1. ").arg(missing.join(QStringLiteral(", ")));
    const int differing = m_model->divergentRowCount();
    text += differing == 0 ? tr("%n member(s) open, no differences.", nullptr, int(open.size()))
                           : tr("%n row(s) differ between members.", nullptr, differing);
    m_summary->setText(text);
}

void ClusterDock::updateActions()
{
    const bool cluster = !m_store->cluster(currentCluster()).name.isEmpty();
    m_editButton->setEnabled(cluster);
    m_deleteButton->setEnabled(cluster);
    QStringList missing;
    members(&missing);
    m_connectButton->setEnabled(cluster && !missing.isEmpty());
    const bool servers = cluster && !selectedTargets().isEmpty();
    for (QToolButton *button : std::as_const(m_actionButtons))
        button->setEnabled(servers);
}

QList<ServerTarget> ClusterDock::selectedTargets() const
{
    QList<ServerTarget> targets;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QString server = index.data(ClusterTableModel::ServerNameRole).toString();
        if (!server.isEmpty())
            targets.append({ index.data(ClusterTableModel::BackendNameRole).toString(), server });
    }
    return targets;
}

ClusterResultDialog *ClusterDock::runAction(const ServerAction &action)
{
    QStringList missing;
    const QList<ClusterMember> open = members(&missing);
    if (!missing.isEmpty()) {
        // An action meant for the whole cluster must not silently skip a node.
        emit statusMessage(tr("Nothing sent: %1 not open. Use Connect Members first.")
                               .arg(missing.join(QStringLiteral(", "))),
            true);
        return nullptr;
    }
    if (action.targets().isEmpty()) {
        emit statusMessage(tr("Select one or more servers in the cluster table first."), true);
        return nullptr;
    }
    // Non-blocking: the members' polls and answers go on while it is open.
    auto *dialog = new ClusterResultDialog(currentCluster(), action, open, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClusterResultDialog::refreshRequested, this, [this](const QString &member) {
        for (const QPointer<InstanceSession> &session : std::as_const(m_sessions)) {
            if (session && session->profile().name == member)
                session->poller()->refreshNow();
        }
    });
    connect(dialog, &ClusterResultDialog::actionFinished, this, [this](const ClusterSummary &summary) {
        emit statusMessage(summary.text(), !summary.allOk());
        for (const QPointer<InstanceSession> &session : std::as_const(m_sessions)) {
            if (session)
                session->poller()->refreshNow();
        }
    });
    dialog->open();
    return dialog;
}

void ClusterDock::askWeight()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("clusterWeightDialog"));
    dialog->setWindowTitle(tr("Set Weight on the Cluster"));
    dialog->setLabelText(
        tr("New weight for %n server(s) on every member (0–256, or a percentage of the configured weight "
           "such as 50%):",
            nullptr, int(selectedTargets().size())));
    dialog->setInputMode(QInputDialog::TextInput);
    // The servers selected when the question was asked, whatever the table shows on OK.
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this, targets = selectedTargets()](const QString &text) {
            static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,3})\\s*(%?)\\s*$"));
            const QRegularExpressionMatch match = pattern.match(text);
            const int value = match.hasMatch() ? match.captured(1).toInt() : -1;
            const bool percent = match.hasMatch() && !match.captured(2).isEmpty();
            if (value < 0 || value > (percent ? 100 : 256)) {
                emit statusMessage(
                    tr("Nothing sent: “%1” is not a weight (0–256, or 0%–100%).").arg(text), true);
                return;
            }
            runAction(ServerAction::setWeight(targets, CommandBuilder::Weight { value, percent }));
        });
    dialog->open();
}

void ClusterDock::openClusterDialog(const QString &name)
{
    auto *dialog = new ClusterDialog(m_store, m_profiles, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QDialog::accepted, this, [this, dialog] { setCurrentCluster(dialog->definition().name); });
    dialog->open();
}

void ClusterDock::newCluster()
{
    openClusterDialog({});
}

void ClusterDock::editCluster()
{
    const QString name = currentCluster();
    if (name.isEmpty())
        return;
    openClusterDialog(name);
}

void ClusterDock::deleteCluster()
{
    const QString name = currentCluster();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Cluster"),
        tr("Forget the cluster “%1”? Its connections and the instances stay as they are.").arg(name),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this, box, name] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        const Result<ClusterDefinition> removed = m_store->remove(name);
        if (!removed)
            emit statusMessage(removed.error(), true);
    });
    box->open();
}

void ClusterDock::connectMembers()
{
    QStringList missing;
    members(&missing);
    if (!missing.isEmpty())
        emit connectRequested(missing);
}
