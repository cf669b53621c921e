#pragma once

#include "core/parsers/sslcertparser.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

// Every certificate the open instances hold, one row per (instance, certificate): what expires
// next in the fleet. Merged per instance by certificate name (setInstance(): rows inserted,
// removed, or changed in place); rows keep the order they came in, a sort proxy on RawRole of
// DaysLeft (notAfter) orders them by expiry.
class CertificatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Instance, Certificate, Subject, SubjectAltNames, Issuer, NotAfter, DaysLeft, ColumnCount };
    Q_ENUM(Column)

    // How near the end a certificate is, for the colour a view gives it (said in words too).
    enum class Warning { Fine, Soon, VerySoon, Expired }; // ≥ 30 days, < 30, < 7, past notAfter
    Q_ENUM(Warning)
    static constexpr int SoonDays = 30;
    static constexpr int VerySoonDays = 7;

    enum ItemRole {
        // For sorting: NotAfter and DaysLeft qint64 ms since the epoch of notAfter (an unknown
        // date sorts first, as if expired), others their text.
        RawRole = Qt::UserRole + 1,
        WarningRole, // int Warning
        InstanceIdRole, // QString: the instance's endpoint text
        NameRole, // QString: the certificate's name as HAProxy knows it
        SerialRole, // QString, hex
        DaysLeftRole, // qint64 whole days (negative once expired)
    };

    explicit CertificatesModel(QObject *parent = nullptr);

    // Replaces what the model holds for one instance (transactions, "*name", are left out).
    void setInstance(const QString &instanceId, const QString &instanceName, const QList<SslCertInfo> &certs);
    void removeInstance(const QString &instanceId);
    QStringList instances() const;

    // "Now", for days left; by default the system clock (UTC). For tests.
    void setClock(std::function<QDateTime()> clock);
    static Warning warningFor(qint64 daysLeft, const QDateTime &notAfter, const QDateTime &now);

    const SslCertInfo *certificate(int row) const; // nullptr when out of range
    QString instanceId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString instanceId;
        QString instanceName;
        SslCertInfo info;
    };
    QVariant display(const Row &row, int column) const;
    QVariant raw(const Row &row, int column) const;
    int find(const QString &instanceId, const QByteArray &name) const;

    QList<Row> m_rows;
    std::function<QDateTime()> m_clock;
};
