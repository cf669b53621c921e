#include "drainjobstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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
    QString copy = m_path + QStringLiteral(".corrupt");
    // An older corrupt copy is evidence too: keep it and number the new one.
    if (QFile::exists(copy))
        copy +=
            QLatin1Char('.') + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    return QFile::copy(m_path, copy) ? copy : QString();
}

DrainJobStore::LoadResult DrainJobStore::load() const
{
    LoadResult result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Could not read the scheduled drains from %1: %2").arg(m_path, file.errorString());
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

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return failed(tr("Could not create the folder %1.").arg(info.absolutePath()));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("Could not write the scheduled drains to %1: %2").arg(m_path, file.errorString()));
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString message = file.errorString();
        file.cancelWriting();
        return failed(tr("Could not write the scheduled drains to %1: %2").arg(m_path, message));
    }
    // commit() syncs the temporary file to disk before renaming it over the old one.
    if (!file.commit())
        return failed(tr("Could not save the scheduled drains to %1: %2").arg(m_path, file.errorString()));
    return true;
}
