#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

class RuntimeCommand;
class RuntimeConnection;
struct RuntimeReply;

// One command sent to an instance, as kept in the audit log. Plain value, copied freely.
struct AuditRecord
{
    QDateTime time; // UTC, millisecond precision
    QString user; // OS user who ran hadesk
    QString endpoint; // Endpoint::toString() of the instance
    // The command line as sent (then its payload lines, if any), secrets redacted
    // (SecretRedaction::auditText()).
    QString command;
    bool success = false;
    QString error; // runtimeErrorName(): "ok" on success
    // HAProxy's answer (or the client's error message), cut at MaxAnswerBytes; an answer that
    // holds keys is replaced by SecretRedaction::redactedAnswer().
    QString answer;

    // The JSON Lines form: {"time","user","endpoint","command","success","error","answer"}.
    QJsonObject toJson() const;
    // Empty when a field is missing or has the wrong type, or the time does not parse.
    static std::optional<AuditRecord> fromJson(const QJsonObject &object);

    bool operator==(const AuditRecord &) const = default;
};

Q_DECLARE_METATYPE(AuditRecord)

// The local, append-only audit log of the commands sent to HAProxy instances: a JSON Lines
// file (one record per line) that survives crashes, plus the most recent records in memory
// for the audit dock.
//
// Crash safety: each record is appended with one write() on a file opened with O_APPEND and
// then fdatasync()ed, so a crash can tear at most the line being written. load() skips (and
// counts) a torn or invalid line instead of failing, and an append after a torn line first
// ends it with a newline, so the next records stay readable. Records are never removed from
// the file; only the in-memory copy is capped (the oldest are dropped from memory).
class AuditLog : public QObject
{
    Q_OBJECT
public:
    // Answers are cut to this many UTF-8 bytes (dumps such as `show stat` can be megabytes).
    static constexpr qsizetype MaxAnswerBytes = 4096;
    static constexpr qsizetype DefaultMemoryCap = 100000;

    // QStandardPaths::AppDataLocation/audit.jsonl
    static QString defaultPath();
    // The OS user: $USER, else $LOGNAME, else the password database entry of the real uid.
    static QString currentUser();

    explicit AuditLog(QObject *parent = nullptr); // at defaultPath()
    explicit AuditLog(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }

    // Replaces the records in memory with the file's (the newest memoryCap() of them). A
    // missing file is an empty log. Returns false, with errorOccurred(), only when the file
    // exists but cannot be read; torn or invalid lines are skipped and counted.
    bool load();
    int skippedLines() const { return m_skippedLines; } // by the last load()

    // Which commands attach() records: user actions. Internal commands (handshake,
    // keep-alive) never; writes and commands a person typed (console) always; other reads
    // only when their text starts with neither "show " nor "get ", so the poller's
    // `show info`/`show stat` every second (and other dumps) stay out of the log.
    static bool isAudited(const RuntimeCommand &command);

    // Records every audited command that finishes on connection (through its
    // commandFinished() signal), under connection->endpoint().toString(). Stops when the
    // connection or this log is destroyed, or on detach().
    void attach(RuntimeConnection *connection);
    void detach(RuntimeConnection *connection);

    // Builds a record (now, currentUser()) and appends it, whatever the command is.
    bool record(const QString &endpoint, const RuntimeCommand &command, const RuntimeReply &reply);
    // Appends to the file and to memory. A record that could not be written is still kept
    // in memory (the dock shows what happened) and errorOccurred() says why. False then.
    bool append(AuditRecord record);

    const QList<AuditRecord> &records() const { return m_records; } // oldest first
    qsizetype memoryCap() const { return m_memoryCap; }
    void setMemoryCap(qsizetype cap); // at least 1; drops the oldest in memory at once

    // Cuts text to at most maxBytes UTF-8 bytes on a character boundary, with a marker
    // saying how long it was.
    static QString truncateAnswer(const QString &answer, qsizetype maxBytes = MaxAnswerBytes);

    // Exports. CSV: RFC 4180 (CRLF, header line, fields with a quote, comma or line break
    // quoted, quotes doubled). JSON: an array of the records' JSON objects. Written
    // atomically (QSaveFile): the target is either the old file or the complete new one.
    static QByteArray toCsv(const QList<AuditRecord> &records);
    static QByteArray toJsonArray(const QList<AuditRecord> &records);
    static bool exportCsv(const QList<AuditRecord> &records, const QString &path, QString *error = nullptr);
    static bool exportJson(const QList<AuditRecord> &records, const QString &path, QString *error = nullptr);

signals:
    void recordAppended(const AuditRecord &record); // after it was added to records()
    void recordsDropped(int count); // the oldest count records left memory (cap)
    void reloaded(); // load() replaced records()
    // A record could not be written, or the file could not be read: in words, with the path.
    void errorOccurred(const QString &message);

private:
    bool writeLine(const QByteArray &line, QString *error) const;
    void enforceCap();

    QString m_path;
    QList<AuditRecord> m_records;
    qsizetype m_memoryCap = DefaultMemoryCap;
    int m_skippedLines = 0;
};
