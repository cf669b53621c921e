#include "core/storage/drainjobstore.h"

#include "core/storage/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

constexpr int FormatVersion = 1;
const auto FormatName = QLatin1StringView("hadesk-drains");

} // namespace

QString DrainJobStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drains.json");
}

DrainJobStore::DrainJobStore(const QString &path)
    : m_path(path)
{ }

QString DrainJobStore::keepCorruptCopy() const
{
    // An older corrupt copy is evidence too: AtomicFile keeps it and numbers the new one.
    const QString copy = AtomicFile::keepAside(m_path);
    m_unreadableWithoutCopy = copy.isEmpty();
    return copy;
}

DrainJobStore::LoadResult DrainJobStore::load() const
{
    LoadResult result;
    m_unreadableWithoutCopy = false;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        m_unreadableWithoutCopy = true;
        result.error = tr("Could not read the scheduled drains from %1: %2. They will not be saved until the "
                          "file can be read or is moved away.")
                           .arg(m_path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    QStringList problems;
    const QJsonObject root = document.object();
    if (document.isNull() || !document.isObject()) {
        problems.append(parseError.error != QJsonParseError::NoError
                ? tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
                : tr("not a drains document"));
    } else if (root.value(QStringLiteral("format")).toString() != FormatName
        || root.value(QStringLiteral("version")).toInt() != FormatVersion
        || !root.value(QStringLiteral("jobs")).isArray()) {
        problems.append(tr("not a drains document of version %1").arg(FormatVersion));
    } else {
        const QJsonArray jobs = root.value(QStringLiteral("jobs")).toArray();
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            Result<DrainJob> job = DrainJob::fromJson(jobs.at(i).toObject());
            if (job)
                result.jobs.append(*job);
            else
                problems.append(tr("job %1: %2").arg(i + 1).arg(job.error()));
        }
    }
    if (problems.isEmpty())
        return result;

    result.corruptCopyPath = keepCorruptCopy();
    result.error = result.corruptCopyPath.isEmpty()
        ? tr("The scheduled drains in %1 could not all be read (%2), and no copy could be kept.")
              .arg(m_path, problems.join(QStringLiteral("; ")))
        : tr("The scheduled drains in %1 could not all be read (%2). The file was kept as %3.")
              .arg(m_path, problems.join(QStringLiteral("; ")), result.corruptCopyPath);
    return result;
}

bool DrainJobStore::save(const QList<DrainJob> &jobs, QString *error) const
{
    auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonArray array;
    for (const DrainJob &job : jobs)
        array.append(job.toJson());
    const QJsonObject root { { QStringLiteral("format"), QString(FormatName) },
        { QStringLiteral("version"), FormatVersion }, { QStringLiteral("jobs"), array } };

    if (m_unreadableWithoutCopy)
        return failed(
            tr("The scheduled drains were not saved: %1 could not be read and no copy of it could be "
               "kept, so writing would lose it. Move it away, then restart hadesk.")
                .arg(m_path));
    const QString problem = AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!problem.isEmpty())
        return failed(tr("The scheduled drains were not saved. %1").arg(problem));
    return true;
}
