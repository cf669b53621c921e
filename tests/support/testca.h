#pragma once

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// A certificate authority made for one test run by the openssl binary, and leaf certificates
// it signs (EC P-256 keys: quick to make). Nothing is committed to the repository: every key
// lives in the test's temporary folder. isValid() is false when openssl is missing or failed.
class TestCa
{
public:
    struct Leaf
    {
        QString certPath; // the certificate alone
        QString keyPath; // the private key alone
        QString pemPath; // certificate then key, as HAProxy loads it
        QByteArray serial; // hex, as openssl and HAProxy print it
        QDateTime notAfter; // UTC
        bool isValid() const { return !serial.isEmpty(); }
    };

    explicit TestCa(const QString &dir)
        : m_dir(dir)
        , m_openssl(QStandardPaths::findExecutable(QStringLiteral("openssl")))
    {
        if (m_openssl.isEmpty())
            return;
        m_valid = run({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKeyPath(), QStringLiteral("-out"),
            caCertPath(), QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
            QStringLiteral("/CN=hadesk test CA") });
    }

    bool isValid() const { return m_valid; }
    QString caCertPath() const { return m_dir + QStringLiteral("/ca.crt"); }
    QString caKeyPath() const { return m_dir + QStringLiteral("/ca.key"); }

    // A leaf for commonName (also its DNS SAN), valid for days from now, signed by the CA.
    Leaf issue(const QString &name, const QString &commonName, int days)
    {
        Leaf leaf;
        const QString base = m_dir + u'/' + name;
        QFile ext(base + QStringLiteral(".ext"));
        if (!m_valid || !ext.open(QIODevice::WriteOnly))
            return leaf;
        ext.write("subjectAltName=DNS:" + commonName.toUtf8() + ",DNS:www." + commonName.toUtf8() + '\n');
        ext.close();
        leaf.certPath = base + QStringLiteral(".crt");
        leaf.keyPath = base + QStringLiteral(".key");
        const bool made =
            run({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), leaf.keyPath, QStringLiteral("-out"),
                base + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName })
            && run({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                base + QStringLiteral(".csr"), QStringLiteral("-CA"), caCertPath(), QStringLiteral("-CAkey"),
                caKeyPath(), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), leaf.certPath,
                QStringLiteral("-days"), QString::number(days), QStringLiteral("-extfile"), ext.fileName() });
        if (!made)
            return leaf;
        QProcess x509;
        x509.start(m_openssl,
            { QStringLiteral("x509"), QStringLiteral("-in"), leaf.certPath, QStringLiteral("-noout"),
                QStringLiteral("-serial"), QStringLiteral("-enddate") });
        if (!x509.waitForFinished(30000) || x509.exitCode() != 0)
            return leaf;
        QByteArray serial;
        for (const QByteArray &line : x509.readAllStandardOutput().split('\n')) {
            if (line.startsWith("serial="))
                serial = line.mid(7).trimmed();
            else if (line.startsWith("notAfter="))
                leaf.notAfter = QDateTime::fromString(QString::fromLatin1(line.mid(9).simplified()),
                    QStringLiteral("MMM d HH:mm:ss yyyy 'GMT'"));
        }
        leaf.notAfter.setTimeSpec(Qt::UTC);
        QFile pem(base + QStringLiteral(".pem"));
        if (!pem.open(QIODevice::WriteOnly))
            return leaf;
        pem.write(read(leaf.certPath) + read(leaf.keyPath));
        leaf.pemPath = pem.fileName();
        leaf.serial = serial;
        return leaf;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    bool run(const QStringList &arguments) const
    {
        QProcess openssl;
        openssl.start(m_openssl, arguments);
        return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit
            && openssl.exitCode() == 0;
    }

    QString m_dir;
    QString m_openssl;
    bool m_valid = false;
};
