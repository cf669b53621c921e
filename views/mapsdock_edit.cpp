// MapsDock's edits and files: the entries shown and compared with the map's file, the actions'
// states, add/set/delete through the preview, and the export.
#include "core/actions/serveraction.h"
#include "core/client/runtimeconnection.h"
#include "core/parsers/mapfile.h"
#include "core/storage/atomicfile.h"
#include "models/mapentriesmodel.h"
#include "models/mapentryfilterproxymodel.h"
#include "models/maplistmodel.h"
#include "views/actionpreviewdialog.h"
#include "views/clusterresultdialog.h"
#include "views/mapentrydialog.h"
#include "views/mapsdock.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSet>
#include <QTableView>

using Kind = MapCommands::Kind;

namespace {

MapParser::Kind parserKind(Kind kind)
{
    return kind == Kind::Map ? MapParser::Kind::Map : MapParser::Kind::Acl;
}

} // namespace

QString MapsDock::compareUnavailableReason() const
{
    if (!m_connection)
        return tr("Not connected.");
    if (m_connection->endpoint().kind != Endpoint::Kind::Unix)
        return tr("Only for an instance on this machine (a Unix socket): its files are not here.");
    if (!hasTarget())
        return tr("Select a map or an ACL.");
    const QString file = m_target.reference;
    if (file.startsWith(u'#'))
        return tr("This ACL is written in the configuration: it has no file.");
    const QFileInfo info(file);
    if (info.isRelative())
        return tr("The file %1 is named relative to HAProxy's folder, which hadesk does not know.").arg(file);
    if (!info.isFile() || !info.isReadable())
        return tr("The file %1 cannot be read here.").arg(file);
    return {};
}

void MapsDock::setCompareWithFile(bool compare)
{
    if (m_compareCheck->isChecked() != compare)
        m_compareCheck->setChecked(compare); // comes back here through toggled()
    else if (hasTarget() && !m_loading && m_entriesModel->liveCount() == m_live.size())
        showEntries(QList<PatternEntry>(m_live));
}

void MapsDock::showEntries(const QList<PatternEntry> &entries)
{
    QSet<QString> selectedRefs;
    for (const int row : selectedSourceRows())
        selectedRefs.insert(m_entriesModel->rowAt(row)->ref);
    m_live = entries;
    const auto kind = parserKind(m_target.kind);
    MapFileComparison comparison;
    bool compared = false;
    m_loadError.clear();
    if (m_compareCheck->isChecked() && compareUnavailableReason().isEmpty()) {
        QFile file(m_target.reference);
        if (file.open(QIODevice::ReadOnly)) {
            comparison = MapFile::compare(m_live, MapFile::parse(file.readAll(), kind), kind);
            compared = true;
        } else {
            m_loadError = tr("%1 could not be read: %2").arg(m_target.reference, file.errorString());
        }
    }
    m_entriesModel->load(m_target.kind, m_live, compared ? &comparison : nullptr);
    if (!selectedRefs.isEmpty()) {
        QItemSelection selection;
        for (int row = 0; row < m_entriesModel->liveCount(); ++row) {
            if (selectedRefs.contains(m_entriesModel->rowAt(row)->ref)) {
                const QModelIndex shown = m_proxy->mapFromSource(m_entriesModel->index(row, 0));
                if (shown.isValid())
                    selection.select(shown, shown.siblingAtColumn(MapEntriesModel::ColumnCount - 1));
            }
        }
        m_entriesView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    updateActions();
    updateStatus();
    emit entriesLoaded(int(m_live.size()));
}

QList<int> MapsDock::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_entriesView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            rows.append(source.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString MapsDock::writeLevelReason() const
{
    if (!m_connection)
        return tr("Not connected.");
    // Whatever MapCommands says its writes need (user, on 2.6 and 3.0).
    const Result<RuntimeCommand> probe =
        MapCommands::delByKey({ Kind::Map, QStringLiteral("#0") }, QStringLiteral("k"));
    const AccessLevel needed = probe ? probe->requiredLevel() : AccessLevel::User;
    const AccessLevel level = m_connection->level();
    if (level == AccessLevel::Unknown || level >= needed)
        return {};
    return tr("Needs %1 level; this socket is %2.").arg(accessLevelName(needed), accessLevelName(level));
}

void MapsDock::updateActions()
{
    const QString level = writeLevelReason();
    const QString noTarget = hasTarget() ? QString() : tr("Select a map or an ACL first.");
    int live = 0;
    int fileOnly = 0;
    for (const int row : selectedSourceRows())
        (m_entriesModel->rowAt(row)->isLive() ? live : fileOnly) += 1;
    const auto apply = [](QAction *action, const QString &reason, const QString &tip) {
        action->setEnabled(reason.isEmpty());
        action->setStatusTip(reason.isEmpty() ? tip : reason);
        action->setToolTip(reason.isEmpty() ? tip : tip + u'\n' + reason);
    };
    m_refreshAction->setEnabled(m_connection != nullptr);
    apply(m_addAction, !noTarget.isEmpty() ? noTarget : level, tr("Add an entry (Ins)"));
    QString setReason = !noTarget.isEmpty() ? noTarget : level;
    if (setReason.isEmpty() && m_target.kind == Kind::Acl)
        setReason = tr("An ACL entry has no value to set.");
    if (setReason.isEmpty() && (live != 1 || fileOnly > 0))
        setReason = tr("Select one live entry.");
    apply(m_setAction, setReason, tr("Set the value of the selected entry (F2, Enter)"));
    QString deleteReason = !noTarget.isEmpty() ? noTarget : level;
    if (deleteReason.isEmpty() && live == 0)
        deleteReason = tr("Select live entries.");
    apply(m_deleteAction, deleteReason, tr("Delete the selected entries (Del)"));
    apply(m_exportAction, noTarget.isEmpty() && !m_connection ? tr("Not connected.") : noTarget,
        tr("Write the live entries to a file in the map file format (Ctrl+S)"));
    apply(m_replaceAction, !noTarget.isEmpty() ? noTarget : level,
        tr("Replace the whole contents atomically (Ctrl+Shift+R)"));
    const Cluster cluster = m_clusterLookup ? m_clusterLookup() : Cluster {};
    if (cluster.name.isEmpty())
        m_clusterAction->setChecked(false);
    apply(m_clusterAction, cluster.name.isEmpty() ? tr("This instance is in no cluster.") : QString(),
        cluster.name.isEmpty()
            ? tr("Send entry edits to every member of the instance's cluster (Ctrl+Shift+A)")
            : tr("Send entry edits to every member of %1 (Ctrl+Shift+A)").arg(cluster.name));
    const QString compareReason = compareUnavailableReason();
    m_compareCheck->setEnabled(compareReason.isEmpty());
    m_compareCheck->setToolTip(compareReason.isEmpty()
            ? tr("Flag the entries that differ from %1 on disk").arg(m_target.reference)
            : compareReason);
    m_differencesCheck->setEnabled(m_entriesModel->isCompared());
}

void MapsDock::updateStatus()
{
    QStringList parts;
    if (!m_connection)
        parts << tr("Not connected.");
    else if (!hasTarget())
        parts << tr("%n map(s) and ACL(s); select one to see its entries (F5 reads them again).", nullptr,
            m_listModel->rowCount());
    else if (m_loading)
        parts << tr("Reading %1…").arg(m_target.reference);
    else {
        const int shown = m_proxy->rowCount();
        const int live = m_entriesModel->liveCount();
        parts << (shown == m_entriesModel->rowCount()
                ? tr("%n entries", nullptr, live)
                : tr("%1 of %n entries shown", nullptr, live).arg(shown));
        if (m_entriesModel->isCompared()) {
            const MapFileComparison &c = m_entriesModel->comparison();
            const QString file = QFileInfo(m_target.reference).fileName();
            parts << (c.differences() == 0
                    ? tr("same as %1 on disk").arg(file)
                    : tr("%n differ from %1 on disk", nullptr, c.differences()).arg(file)
                        + QStringLiteral(" (")
                        + tr("%1 changed, %2 not in the file, %3 only in the file")
                              .arg(c.differs)
                              .arg(c.notInFile)
                              .arg(c.onlyInFile.size())
                        + u')');
        }
    }
    if (!m_loadError.isEmpty())
        parts << m_loadError;
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void MapsDock::addEntry()
{
    if (!m_addAction->isEnabled())
        return;
    // An entry only in the file is offered back as it is there.
    QString key;
    QString value;
    const QList<int> rows = selectedSourceRows();
    if (rows.size() == 1 && !m_entriesModel->rowAt(rows.first())->isLive()) {
        key = m_entriesModel->rowAt(rows.first())->key;
        value = m_entriesModel->rowAt(rows.first())->value;
    }
    openEntryDialog(int(MapEntryDialog::Mode::Add), key, value, {});
}

void MapsDock::setValue()
{
    if (!m_setAction->isEnabled())
        return;
    const MapEntriesModel::Row *row = m_entriesModel->rowAt(selectedSourceRows().value(0, -1));
    if (row)
        openEntryDialog(int(MapEntryDialog::Mode::Set), row->key, row->value, row->ref);
}

void MapsDock::openEntryDialog(int mode, const QString &key, const QString &value, const QString &ref)
{
    auto *dialog = new MapEntryDialog(MapEntryDialog::Mode(mode), m_target, key, value, ref, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<RuntimeCommand> command = dialog->command();
        if (!command)
            return; // OK is disabled while there is a refusal
        const QString name = QFileInfo(dialog->target().reference).fileName();
        const ServerTarget target { name, dialog->key() };
        QString title;
        if (dialog->mode() == MapEntryDialog::Mode::Set)
            title = tr("Set %1 to \"%2\" in %3").arg(dialog->key(), dialog->value(), name);
        else if (dialog->target().kind == Kind::Map)
            title = tr("Add %1 → \"%2\" to %3").arg(dialog->key(), dialog->value(), name);
        else
            title = tr("Add %1 to %2").arg(dialog->key(), name);
        runAction(ServerAction::prepared(title, { { target, *command } }, false));
    });
    dialog->open();
}

void MapsDock::deleteEntries()
{
    if (!m_deleteAction->isEnabled())
        return;
    QList<ServerAction::Step> steps;
    QString refusal;
    for (const int row : selectedSourceRows()) {
        const MapEntriesModel::Row *entry = m_entriesModel->rowAt(row);
        if (!entry->isLive())
            continue; // only in the file: nothing live to delete
        const Result<RuntimeCommand> command = MapCommands::delByRef(m_target, entry->ref);
        if (!command) {
            refusal = command.error();
            break;
        }
        // The key, and the reference when a key is listed twice, so each step is its own.
        const bool twice = std::any_of(steps.cbegin(), steps.cend(),
            [entry](const ServerAction::Step &s) { return s.target.server == entry->key; });
        steps.append({ { QFileInfo(m_target.reference).fileName(),
                           twice ? entry->key + u' ' + entry->ref : entry->key },
            *command });
    }
    if (!refusal.isEmpty()) {
        emit statusMessage(tr("Nothing deleted: %1").arg(refusal), true);
        return;
    }
    const QString name = QFileInfo(m_target.reference).fileName();
    const QString title = steps.size() == 1
        ? tr("Delete %1 from %2").arg(steps.first().target.server, name)
        : tr("Delete %n entries from %1", nullptr, int(steps.size())).arg(name);
    runAction(ServerAction::prepared(title, steps, true));
}

void MapsDock::setClusterLookup(std::function<Cluster()> lookup)
{
    m_clusterLookup = std::move(lookup);
    updateActions();
}

void MapsDock::runAction(const ServerAction &action)
{
    const Cluster cluster = m_clusterLookup ? m_clusterLookup() : Cluster {};
    if (m_clusterAction->isChecked() && !cluster.name.isEmpty()) {
        runOnCluster(cluster, action);
        return;
    }
    auto *dialog = new ActionPreviewDialog(action, m_connection, this);
    dialog->setObjectName(QStringLiteral("mapsPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<RuntimeConnection> connection = m_connection;
    const auto reload = [this, connection] {
        if (connection == m_connection && hasTarget())
            loadEntries();
    };
    connect(dialog, &ActionPreviewDialog::refreshRequested, this, reload);
    connect(dialog, &ActionPreviewDialog::actionFinished, this, [this, reload](const ActionSummary &summary) {
        emit statusMessage(summary.text(), !summary.allOk());
        reload();
        emit writeFinished(summary);
    });
    dialog->open();
}

// The same edit on every member: the cluster's preview shows each node's lines and holds the
// whole cluster back when a node cannot run them, unless the user allows the others alone.
void MapsDock::runOnCluster(const Cluster &cluster, const ServerAction &action)
{
    auto *dialog = new ClusterResultDialog(cluster.name, action, cluster.members, this);
    dialog->setObjectName(QStringLiteral("mapsClusterPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClusterResultDialog::actionFinished, this, [this](const ClusterSummary &summary) {
        emit statusMessage(summary.text(), !summary.allOk());
        if (hasTarget())
            loadEntries();
    });
    dialog->open();
}

void MapsDock::chooseExportFile()
{
    if (!m_exportAction->isEnabled())
        return;
    auto *dialog = new QFileDialog(this, tr("Export %1").arg(m_target.reference));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QFileInfo file(m_target.reference);
    if (!m_target.reference.startsWith(u'#') && file.isAbsolute())
        dialog->selectFile(m_target.reference);
    else
        dialog->setDirectory(QDir::home());
    connect(dialog, &QFileDialog::fileSelected, this, &MapsDock::exportTo);
    dialog->open();
}

void MapsDock::exportTo(const QString &path)
{
    const Result<RuntimeCommand> command = MapCommands::showEntries(m_target);
    if (!m_connection || !command) {
        emit exportFinished(path, m_connection ? command.error() : tr("Not connected."));
        return;
    }
    // Read again: the file gets what HAProxy holds now, not what was read some time ago.
    const MapCommands::Target target = m_target;
    m_connection->send(*command, this,
        [this, path, target](const RuntimeReply &reply) { writeExport(path, target, reply); });
}

void MapsDock::writeExport(const QString &path, const MapCommands::Target &target, const RuntimeReply &reply)
{
    const auto entries = reply.ok() ? MapParser::parseEntries(reply.body, parserKind(target.kind))
                                    : Result<QList<PatternEntry>>::failure(reply.message());
    QString error;
    if (!entries) {
        error = tr("The entries could not be read: %1").arg(entries.error());
    } else {
        const MapFileText text = MapFile::format(*entries, parserKind(target.kind));
        error = AtomicFile::write(path, text.text, AtomicFile::Folders::MustExist);
        if (error.isEmpty()) {
            // What was just read is shown too, if the same map is still selected.
            if (target.kind == m_target.kind && target.reference == m_target.reference && !m_loading)
                showEntries(*entries);
            emit statusMessage(text.problems.isEmpty()
                    ? tr("%n entries written to %1", nullptr, int(entries->size())).arg(path)
                    : tr("Written to %1, but %n entries cannot be read back as they are: %2", nullptr,
                        int(text.problems.size()))
                          .arg(path, text.problems.first()),
                !text.problems.isEmpty());
        }
    }
    if (!error.isEmpty())
        emit statusMessage(tr("Export failed: %1").arg(error), true);
    emit exportFinished(path, error);
}
