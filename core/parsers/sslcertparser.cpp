#include "core/parsers/sslcertparser.h"

#include "core/parsers/parsetext.h"

#include <QTimeZone>

namespace {

using ParseText::firstLineOf;
using ParseText::linesOf;

int monthOf(QByteArrayView name)
{
    static constexpr const char *months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec" };
    for (int m = 0; m < 12; ++m) {
        if (name == months[m])
            return m + 1;
    }
    return 0;
}

void fill(SslCertInfo &info, QByteArrayView key, QByteArrayView value)
{
    if (key == "Filename") {
        info.filename = value.toByteArray();
    } else if (key == "Status") {
        info.status = value.toByteArray();
    } else if (key == "Serial") {
        info.serial = value.toByteArray();
    } else if (key == "notBefore") {
        info.notBefore = SslCertParser::parseDate(value);
    } else if (key == "notAfter") {
        info.notAfter = SslCertParser::parseDate(value);
    } else if (key == "Subject Alternative Name") {
        for (const QByteArray &name : value.toByteArray().split(',')) {
            if (!name.trimmed().isEmpty())
                info.subjectAltNames.append(name.trimmed());
        }
    } else if (key == "Algorithm") {
        info.algorithm = value.toByteArray();
    } else if (key == "SHA1 FingerPrint") {
        info.sha1Fingerprint = value.toByteArray();
    } else if (key == "Subject") {
        info.subject = value.toByteArray();
    } else if (key == "Issuer") {
        info.issuer = value.toByteArray();
    }
}

} // namespace

qint64 SslCertInfo::daysLeft(const QDateTime &now) const
{
    if (!notAfter.isValid() || !now.isValid())
        return 0;
    const qint64 seconds = now.secsTo(notAfter);
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

QDateTime SslCertParser::parseDate(QByteArrayView text)
{
    const QList<QByteArray> words = text.toByteArray().simplified().split(' ');
    if (words.size() != 5 || words.at(4) != "GMT")
        return {};
    const int month = monthOf(words.at(0));
    bool dayOk = false;
    bool yearOk = false;
    const int day = words.at(1).toInt(&dayOk);
    const int year = words.at(3).toInt(&yearOk);
    const QTime time = QTime::fromString(QString::fromLatin1(words.at(2)), QStringLiteral("HH:mm:ss"));
    const QDate date(year, month, dayOk ? day : 0);
    if (!month || !yearOk || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

Result<SslCertList> SslCertParser::parseList(QByteArrayView answer)
{
    SslCertList list;
    QList<QByteArray> *section = nullptr;
    for (const QByteArrayView line : linesOf(answer)) {
        if (line.isEmpty())
            continue;
        if (line == "# filename") {
            section = &list.files;
        } else if (line == "# transaction") {
            section = &list.transactions;
        } else if (section && !line.startsWith('#')) {
            section->append(line.toByteArray());
        } else {
            return Result<SslCertList>::failure(
                SslCertParser::tr("Not a show ssl cert answer. HAProxy said: \"%1\"").arg(firstLineOf(line)));
        }
    }
    return list;
}

Result<SslCertInfo> SslCertParser::parseCert(QByteArrayView answer)
{
    SslCertInfo info;
    for (const QByteArrayView line : linesOf(answer)) {
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView key = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        info.fields.append({ key.toByteArray(), value.toByteArray() });
        fill(info, key, value);
    }
    if (info.filename.isEmpty())
        return Result<SslCertInfo>::failure(
            SslCertParser::tr("Not a certificate. HAProxy said: \"%1\"").arg(firstLineOf(answer)));
    return info;
}
