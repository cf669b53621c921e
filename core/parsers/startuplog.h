#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One line of HAProxy's startup log, as the master CLI's `reload` (2.7+) and
// `show startup-logs` give it: "[WARNING]  (2582) : Former worker (2583) exited with code 0".
struct StartupLogLine
{
    enum class Level { Notice, Warning, Alert, Other };
    Level level = Level::Other;
    qint64 pid = 0; // the process that wrote it; 0 when the line names none
    QString text; // after "(pid) : ", or the whole line when it has another shape
};

// The master CLI's answer to `reload` on HAProxy 2.7+: "Success=1" or "Success=0", "--",
// then the startup log of the attempt. HAProxy 2.6 answers nothing at all.
struct ReloadAnswer
{
    std::optional<bool> success; // none: the answer carries no status (2.6)
    QList<StartupLogLine> log;
    int count(StartupLogLine::Level level) const;
};

class StartupLog
{
    Q_DECLARE_TR_FUNCTIONS(StartupLog)

public:
    static QList<StartupLogLine> parseLines(QByteArrayView text);
    static ReloadAnswer parseReloadAnswer(QByteArrayView body);
    static QString levelName(StartupLogLine::Level level); // for people: "notice", "warning", "alert"
};
