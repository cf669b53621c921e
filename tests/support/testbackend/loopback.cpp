#include "tests/support/testbackend/loopback.h"

namespace Loopback {

bool isLoopback(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also converts ::ffff:a.b.c.d
    if (isV4)
        return (v4 >> 24) == 127;
    return address == QHostAddress(QHostAddress::LocalHostIPv6);
}

bool parseEndpoint(const QString &text, Endpoint *endpoint, QString *error)
{
    QString host;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || text.mid(close + 1, 1) != u":") {
            *error = QStringLiteral("'%1': expected [ADDRESS]:PORT").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon < 0) {
            *error = QStringLiteral("'%1': expected ADDRESS:PORT").arg(text);
            return false;
        }
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535) {
        *error = QStringLiteral("'%1': invalid port '%2'").arg(text, portText);
        return false;
    }
    QHostAddress address;
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host)) {
        *error = QStringLiteral("'%1': '%2' is not a literal IP address (host names are not resolved)")
                     .arg(text, host);
        return false;
    }
    if (!isLoopback(address)) {
        *error =
            QStringLiteral("'%1': refusing a non-loopback address (only 127.0.0.0/8 and ::1 are allowed)")
                .arg(text);
        return false;
    }
    endpoint->address = address;
    endpoint->port = quint16(port);
    return true;
}

} // namespace Loopback
