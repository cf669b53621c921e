#include "models/clusterstore.h"

#include "core/storage/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

namespace {

constexpr int FormatVersion = 1;

} // namespace

ClusterStore::ClusterStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
{
    qRegisterMetaType<ClusterDefinition>();
}

QString ClusterStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/clusters.json");
}

ClusterDefinition ClusterStore::normalized(const ClusterDefinition &definition)
{
    ClusterDefinition result;
    result.name = definition.name.trimmed();
    for (const QString &member : definition.members)
        result.members.append(member.trimmed());
    return result;
}

QString ClusterStore::validateDefinition(const ClusterDefinition &definition)
{
    const ClusterDefinition d = normalized(definition);
    if (d.name.isEmpty())
        return tr("The cluster needs a name.");
    if (d.members.size() < 2)
        return tr("A cluster needs at least two members.");
    QSet<QString> seen;
    for (const QString &member : d.members) {
        if (member.isEmpty())
            return tr("A member has no name.");
        if (seen.contains(member))
            return tr("%1 is a member twice.").arg(member);
        seen.insert(member);
    }
    return {};
}

QString ClusterStore::validate(const ClusterDefinition &definition, const QString &replacing) const
{
    const QString problem = validateDefinition(definition);
    if (!problem.isEmpty())
        return problem;
    const QString name = definition.name.trimmed();
    for (const ClusterDefinition &existing : m_clusters) {
        if (!replacing.isEmpty() && existing.name == replacing)
            continue;
        // Ignoring case: "Prod" and "prod" side by side in a menu would be a trap.
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("A cluster named %1 already exists.").arg(existing.name);
    }
    return {};
}

int ClusterStore::indexOf(const QString &name) const
{
    for (int i = 0; i < m_clusters.size(); ++i)
        if (m_clusters.at(i).name == name)
            return i;
    return -1;
}

ClusterDefinition ClusterStore::cluster(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 ? ClusterDefinition {} : m_clusters.at(index);
}

Result<int> ClusterStore::load()
{
    QFile file(m_path);
    if (!file.exists()) {
        m_skippedOnLoad = 0;
        m_blocked = false;
        m_corruptCopyPath.clear();
        if (!m_clusters.isEmpty()) {
            m_clusters.clear();
            emit changed();
        }
        return 0;
    }
    if (!file.open(QIODevice::ReadOnly))
        return refuseToLoad(tr("it cannot be read: %1").arg(file.errorString()));
    const Result<Parsed> parsed = parse(file.readAll());
    if (!parsed)
        return refuseToLoad(parsed.error());
    m_skippedOnLoad = parsed->skipped;
    m_blocked = false;
    m_corruptCopyPath.clear();
    if (parsed->clusters != m_clusters) {
        m_clusters = parsed->clusters;
        emit changed();
    }
    return int(m_clusters.size());
}

Result<ClusterStore::Parsed> ClusterStore::parse(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<Parsed>::failure(tr("it is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QStringLiteral("clusters")).isArray())
        return Result<Parsed>::failure(tr("it does not hold a list of clusters"));
    // As a double: toInt() answers its default for 2.5 or 1e300, which would read as format 1.
    const double version = root.value(QStringLiteral("version")).toDouble(FormatVersion);
    if (version > FormatVersion)
        return Result<Parsed>::failure(
            tr("it was written by a newer hadesk (format %1)").arg(QString::number(version)));

    QList<ClusterDefinition> loaded;
    int skipped = 0;
    QSet<QString> names;
    const QJsonArray array = root.value(QStringLiteral("clusters")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        ClusterDefinition definition;
        definition.name = object.value(QStringLiteral("name")).toString();
        for (const QJsonValue &member : object.value(QStringLiteral("members")).toArray())
            definition.members.append(member.toString());
        definition = normalized(definition);
        if (!validateDefinition(definition).isEmpty() || names.contains(definition.name.toCaseFolded())) {
            ++skipped;
            continue;
        }
        names.insert(definition.name.toCaseFolded());
        loaded.append(definition);
    }
    return Parsed { loaded, skipped };
}

Result<int> ClusterStore::refuseToLoad(const QString &problem)
{
    // Writing the list in memory over this file would lose every cluster it holds: keep a
    // copy, and change nothing until the user has decided.
    m_blocked = true;
    m_corruptCopyPath = AtomicFile::keepAside(m_path);
    const QString file = QDir::toNativeSeparators(m_path);
    if (m_corruptCopyPath.isEmpty())
        return Result<int>::failure(
            tr("The clusters in %1 could not be read (%2), and no copy of the file could "
               "be kept. hadesk will not change the clusters until the file is moved "
               "away or mended.")
                .arg(file, problem));
    return Result<int>::failure(
        tr("The clusters in %1 could not be read (%2). The file was kept as %3; hadesk "
           "will not change the clusters until you start with an empty list or move "
           "the file away.")
            .arg(file, problem, QDir::toNativeSeparators(m_corruptCopyPath)));
}

Result<void> ClusterStore::startEmpty()
{
    if (!m_blocked)
        return Result<void>::success();
    if (m_corruptCopyPath.isEmpty() || !QFileInfo::exists(m_corruptCopyPath))
        return Result<void>::failure(tr("Not started with an empty list: no copy of %1 could be kept, and "
                                        "changing the clusters would replace it. Move the file away first.")
                                         .arg(QDir::toNativeSeparators(m_path)));
    m_blocked = false;
    m_skippedOnLoad = 0;
    if (!m_clusters.isEmpty()) {
        m_clusters.clear();
        emit changed();
    }
    return Result<void>::success();
}

QString ClusterStore::write(const QList<ClusterDefinition> &clusters) const
{
    QJsonArray array;
    for (const ClusterDefinition &definition : clusters) {
        QJsonObject object;
        object.insert(QStringLiteral("name"), definition.name);
        object.insert(QStringLiteral("members"), QJsonArray::fromStringList(definition.members));
        array.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("clusters"), array);

    // Atomic: a crash leaves the old file or the new one.
    return AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Result<ClusterDefinition> ClusterStore::commit(
    QList<ClusterDefinition> clusters, const ClusterDefinition &result)
{
    if (m_blocked)
        return Result<ClusterDefinition>::failure(tr(
            "The clusters were not changed: %1 could not be read, and hadesk does not write over a file it "
            "could not read. Start with an empty list (a copy of the file is kept) or move the file away.")
                                                      .arg(QDir::toNativeSeparators(m_path)));
    const QString error = write(clusters);
    if (!error.isEmpty())
        return Result<ClusterDefinition>::failure(error);
    m_clusters = std::move(clusters);
    emit changed();
    return result;
}

Result<ClusterDefinition> ClusterStore::add(const ClusterDefinition &definition)
{
    const QString problem = validate(definition);
    if (!problem.isEmpty())
        return Result<ClusterDefinition>::failure(problem);
    const ClusterDefinition d = normalized(definition);
    QList<ClusterDefinition> next = m_clusters;
    next.append(d);
    return commit(next, d);
}

Result<ClusterDefinition> ClusterStore::update(const QString &name, const ClusterDefinition &definition)
{
    const int index = indexOf(name);
    if (index < 0)
        return Result<ClusterDefinition>::failure(tr("There is no cluster named %1.").arg(name));
    const QString problem = validate(definition, name);
    if (!problem.isEmpty())
        return Result<ClusterDefinition>::failure(problem);
    const ClusterDefinition d = normalized(definition);
    QList<ClusterDefinition> next = m_clusters;
    next[index] = d;
    return commit(next, d);
}

Result<ClusterDefinition> ClusterStore::rename(const QString &name, const QString &newName)
{
    ClusterDefinition definition = cluster(name);
    if (indexOf(name) < 0)
        return Result<ClusterDefinition>::failure(tr("There is no cluster named %1.").arg(name));
    definition.name = newName;
    return update(name, definition);
}

Result<ClusterDefinition> ClusterStore::remove(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0)
        return Result<ClusterDefinition>::failure(tr("There is no cluster named %1.").arg(name));
    QList<ClusterDefinition> next = m_clusters;
    const ClusterDefinition removed = next.takeAt(index);
    return commit(next, removed);
}
