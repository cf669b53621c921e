#include "core/storage/auditlog.h"

#include "core/client/consolesession.h"
#include "core/client/runtimeconnection.h"
#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"
#include "core/protocol/secretredaction.h"
#include "core/storage/atomicfile.h"
#include "core/storage/csvwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString TimeKey = QStringLiteral("time");
const QString UserKey = QStringLiteral("user");
const QString EndpointKey = QStringLiteral("endpoint");
const QString CommandKey = QStringLiteral("command");
const QString SuccessKey = QStringLiteral("success");
const QString ErrorKey = QStringLiteral("error");
const QString AnswerKey = QStringLiteral("answer");

bool saveAtomically(const QByteArray &bytes, const QString &path, QString *error)
{
    const QString problem = AtomicFile::write(path, bytes, AtomicFile::Folders::MustExist);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

} // namespace

QJsonObject AuditRecord::toJson() const
{
    return QJsonObject {
        { TimeKey, time.toUTC().toString(Qt::ISODateWithMs) },
        { UserKey, user },
        { EndpointKey, endpoint },
        { CommandKey, command },
        { SuccessKey, success },
        { ErrorKey, error },
        { AnswerKey, answer },
    };
}

std::optional<AuditRecord> AuditRecord::fromJson(const QJsonObject &object)
{
    const QJsonValue time = object.value(TimeKey);
    const QJsonValue command = object.value(CommandKey);
    const QJsonValue success = object.value(SuccessKey);
    if (!time.isString() || !command.isString() || !success.isBool())
        return std::nullopt;
    // The optional text fields must at least not have another type: a line with them
    // mangled is not one this program wrote.
    for (const QString &key : { UserKey, EndpointKey, ErrorKey, AnswerKey }) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isString())
            return std::nullopt;
    }
    AuditRecord record;
    record.time = QDateTime::fromString(time.toString(), Qt::ISODateWithMs).toUTC();
    if (!record.time.isValid())
        return std::nullopt;
    record.user = object.value(UserKey).toString();
    record.endpoint = object.value(EndpointKey).toString();
    record.command = command.toString();
    record.success = success.toBool();
    record.error = object.value(ErrorKey).toString();
    record.answer = object.value(AnswerKey).toString();
    return record;
}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

QString AuditLog::currentUser()
{
    static const QString user = [] {
        for (const char *name : { "USER", "LOGNAME" }) {
            const QString value = qEnvironmentVariable(name);
            if (!value.isEmpty())
                return value;
        }
        // getpwuid_r: the non-reentrant getpwuid could race with another thread.
        passwd entry {};
        passwd *found = nullptr;
        char buffer[4096];
        if (getpwuid_r(getuid(), &entry, buffer, sizeof buffer, &found) == 0 && found)
            return QString::fromLocal8Bit(found->pw_name);
        return QStringLiteral("uid %1").arg(getuid());
    }();
    return user;
}

AuditLog::AuditLog(QObject *parent)
    : AuditLog(defaultPath(), parent)
{ }

AuditLog::AuditLog(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{ }

bool AuditLog::load()
{
    QList<AuditRecord> records;
    int skipped = 0;
    QFile file(m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            emit errorOccurred(tr("Could not read the audit log %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), file.errorString()));
            return false;
        }
        while (!file.atEnd()) {
            QByteArray line = file.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            std::optional<AuditRecord> record;
            if (parseError.error == QJsonParseError::NoError && document.isObject())
                record = AuditRecord::fromJson(document.object());
            if (!record) {
                ++skipped;
                continue;
            }
            records.append(std::move(*record));
            // Keep memory bounded while reading a long log: trim in chunks, not per line.
            if (records.size() >= 2 * m_memoryCap)
                records.remove(0, records.size() - m_memoryCap);
        }
    }
    if (records.size() > m_memoryCap)
        records.remove(0, records.size() - m_memoryCap);
    m_records = std::move(records);
    m_skippedLines = skipped;
    emit reloaded();
    return true;
}

bool AuditLog::isAudited(const RuntimeCommand &command)
{
    if (command.isInternal())
        return false;
    if (command.isWrite() || command.isUserTyped())
        return true;
    const QByteArray &line = command.line();
    return !line.startsWith("show ") && !line.startsWith("get ");
}

void AuditLog::attach(RuntimeConnection *connection)
{
    detach(connection); // attaching twice must not record twice
    connect(connection, &RuntimeConnection::commandFinished, this,
        [this, connection](const RuntimeCommand &command, const RuntimeReply &reply) {
            if (isAudited(command))
                record(connection->endpoint().toString(), command, reply);
        });
}

void AuditLog::detach(RuntimeConnection *connection)
{
    disconnect(connection, &RuntimeConnection::commandFinished, this, nullptr);
}

bool AuditLog::record(const QString &endpoint, const RuntimeCommand &command, const RuntimeReply &reply)
{
    AuditRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.user = currentUser();
    record.endpoint = endpoint;
    // Keys and certificates never reach the file (nor the exports, made from these records).
    record.command = SecretRedaction::auditText(command);
    record.success = reply.ok();
    record.error = runtimeErrorName(reply.error);
    QString answer = reply.message();
    // A failure's words (the client's, or HAProxy's error text) come first, then whatever
    // else HAProxy said.
    if (!reply.ok() && !reply.errorMessage.isEmpty() && reply.errorMessage != answer)
        answer = answer.isEmpty() ? reply.errorMessage : reply.errorMessage + u'\n' + answer;
    const QByteArray answerBytes = answer.toUtf8();
    record.answer = SecretRedaction::isSecretAnswer(command.line(), answerBytes)
        ? SecretRedaction::redactedAnswer(answerBytes)
        : truncateAnswer(answer);
    return append(std::move(record));
}

bool AuditLog::append(AuditRecord record)
{
    const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    QString error;
    const bool written = writeLine(line, &error);

    if (m_records.size() >= m_memoryCap) {
        const qsizetype drop = m_records.size() - m_memoryCap + 1;
        m_records.remove(0, drop);
        emit recordsDropped(int(drop));
    }
    m_records.append(std::move(record));
    emit recordAppended(m_records.constLast());

    if (!written)
        emit errorOccurred(error);
    return written;
}

bool AuditLog::writeLine(const QByteArray &line, QString *error) const
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    if (const QString problem = AtomicFile::makeFolder(m_path); !problem.isEmpty()) {
        *error = tr("Could not write the audit log %1: %2").arg(nativePath, problem);
        return false;
    }
    const QByteArray encoded = QFile::encodeName(m_path);
    int fd;
    do {
        fd = ::open(encoded.constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *error = tr("Could not open the audit log %1: %2").arg(nativePath, qt_error_string(errno));
        return false;
    }
    // A log created by an older hadesk may be 0644: the commands it holds are the user's alone.
    struct stat mode
    {
    };
    if (::fstat(fd, &mode) == 0 && (mode.st_mode & 0777) != 0600 && ::fchmod(fd, 0600) != 0) {
        *error =
            tr("Could not make the audit log %1 private to you: %2").arg(nativePath, qt_error_string(errno));
        ::close(fd);
        return false;
    }

    // A crash (or a full disk) may have left a last line without its newline: end it, so
    // that torn piece is one skipped line and this record a line of its own.
    QByteArray bytes = line;
    struct stat info
    {
    };
    char last = '\n';
    if (::fstat(fd, &info) == 0 && info.st_size > 0 && ::pread(fd, &last, 1, info.st_size - 1) == 1
        && last != '\n')
        bytes.prepend('\n');

    // One write() of the whole line: with O_APPEND it lands at the end in one piece (other
    // writers cannot interleave), and a crash cuts at most this line.
    ssize_t written;
    do {
        written = ::write(fd, bytes.constData(), size_t(bytes.size()));
    } while (written < 0 && errno == EINTR);
    const int writeErrno = errno;
    bool ok = true;
    if (written < 0) {
        *error = tr("Could not write to the audit log %1: %2").arg(nativePath, qt_error_string(writeErrno));
        ok = false;
    } else if (written != bytes.size()) {
        *error =
            tr("Could not write to the audit log %1: only %2 of %3 bytes were written (is the disk full?)")
                .arg(nativePath)
                .arg(written)
                .arg(bytes.size());
        ok = false;
    } else if (::fdatasync(fd) != 0) {
        // Without it, a power cut could lose records the user was told were kept.
        *error = tr("Could not flush the audit log %1 to disk: %2").arg(nativePath, qt_error_string(errno));
        ok = false;
    }
    ::close(fd);
    return ok;
}

void AuditLog::setMemoryCap(qsizetype cap)
{
    m_memoryCap = qMax<qsizetype>(1, cap);
    if (m_records.size() > m_memoryCap) {
        const qsizetype drop = m_records.size() - m_memoryCap;
        m_records.remove(0, drop);
        emit recordsDropped(int(drop));
    }
}

QString AuditLog::truncateAnswer(const QString &answer, qsizetype maxBytes)
{
    const QByteArray utf8 = answer.toUtf8();
    if (utf8.size() <= maxBytes)
        return answer;
    qsizetype cut = qMax<qsizetype>(0, maxBytes);
    // Back off to a character boundary: never split a UTF-8 sequence.
    while (cut > 0 && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(utf8.left(cut))
        + QStringLiteral("\n[... truncated, %1 bytes in all]").arg(utf8.size());
}

QByteArray AuditLog::toCsv(const QList<AuditRecord> &records)
{
    CsvWriter csv;
    csv.addRow({ QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("endpoint"),
        QStringLiteral("command"), QStringLiteral("success"), QStringLiteral("error"),
        QStringLiteral("answer") });
    for (const AuditRecord &record : records) {
        csv.addRow({ record.time.toUTC().toString(Qt::ISODateWithMs), record.user, record.endpoint,
            record.command, record.success ? QStringLiteral("true") : QStringLiteral("false"), record.error,
            record.answer });
    }
    return csv.toUtf8();
}

QByteArray AuditLog::toJsonArray(const QList<AuditRecord> &records)
{
    QJsonArray array;
    for (const AuditRecord &record : records)
        array.append(record.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

bool AuditLog::exportCsv(const QList<AuditRecord> &records, const QString &path, QString *error)
{
    return saveAtomically(toCsv(records), path, error);
}

bool AuditLog::exportJson(const QList<AuditRecord> &records, const QString &path, QString *error)
{
    return saveAtomically(toJsonArray(records), path, error);
}
