#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

// The safety net of HaproxyFixture: haproxy daemonizes, so nothing stops it if the test process dies
// without running destructors (abort, QTest watchdog, a killed ctest). The reaper waits until its stdin
// closes or it gets SIGTERM; unless it was told "disarm" first, it then stops every process whose
// command line has the fixture's config path as an argument (that path names a fresh temporary
// folder, so nothing else can match), and removes that folder.
class Reaper : public QObject
{
    Q_OBJECT
public:
    explicit Reaper(const QString &configPath, QObject *parent = nullptr);

    bool start(QString *error);
    // Stops the processes now (unless disarmed) and returns how many were signalled.
    int reap();

signals:
    void finished();

private:
    void readStdin();

    QString m_configPath;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_input;
    bool m_disarmed = false;
    bool m_done = false;
};
