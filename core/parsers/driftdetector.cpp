#include "core/parsers/driftdetector.h"

#include <QFile>
#include <QHostAddress>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace {

QString serverKey(const QByteArray &backend, const QByteArray &server)
{
    return QString::fromUtf8(backend) + u'/' + QString::fromUtf8(server);
}

} // namespace

bool DriftDetector::connMarksRuntimeOnly(const ServersConn &conn)
{
    if (conn.threads <= 0)
        return false;
    for (const ServerConnRow &row : conn.rows) {
        if (row.idlePerThread.isEmpty())
            return true;
    }
    return false;
}

QStringList DriftDetector::runtimeOnlyServers(
    const ServersState &state, const ServersConn &conn, const QSet<QString> *configured)
{
    if (!configured)
        return runtimeOnlyServers(conn);
    QStringList servers;
    for (const ServerStateRow &row : state.rows) {
        const QString key = serverKey(row.backendName, row.name);
        if (!configured->contains(key))
            servers.append(key);
    }
    return servers;
}

namespace {

// Calls onLine(proxy, words) for each line inside a `backend` or `listen` section, comments cut.
template<typename OnLine>
void forEachProxyLine(QByteArrayView configuration, OnLine onLine)
{
    // Sections that end a backend; `backend` and `listen` start one.
    static constexpr QByteArrayView otherSections[] = { "global", "defaults", "frontend", "peers",
        "resolvers", "userlist", "mailers", "program", "http-errors", "ring", "log-forward", "cache",
        "crt-store", "traces", "acme", "namespace_list", "fcgi-app", "dynamic-update" };
    QByteArray proxy;
    for (QByteArrayView line : QByteArrayView(configuration).toByteArray().split('\n')) {
        if (const qsizetype hash = line.indexOf('#'); hash >= 0)
            line = line.first(hash);
        const QList<QByteArray> words = line.toByteArray().simplified().split(' ');
        const QByteArray &keyword = words.first();
        if (keyword.isEmpty())
            continue;
        if (keyword == "backend" || keyword == "listen") {
            proxy = words.value(1);
            continue;
        }
        if (std::find(std::begin(otherSections), std::end(otherSections), QByteArrayView(keyword))
            != std::end(otherSections)) {
            proxy.clear();
            continue;
        }
        if (!proxy.isEmpty() && words.size() >= 2)
            onLine(proxy, words);
    }
}

// "127.0.0.1:80", "[::1]:80", "::1", "ipv4@10.0.0.1:80" -> address and port; none for what is
// not a literal address with an optional plain port.
std::optional<ConfiguredAddress> literalAddress(QByteArray text)
{
    if (text.startsWith("ipv4@") || text.startsWith("ipv6@"))
        text = text.sliced(5);
    QByteArray host = text;
    QByteArray port;
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return std::nullopt;
        host = text.sliced(1, close - 1);
        const QByteArray rest = text.sliced(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return std::nullopt;
        port = rest.mid(1);
    } else if (text.count(':') == 1) {
        const qsizetype colon = text.indexOf(':');
        host = text.first(colon);
        port = text.sliced(colon + 1);
    }
    ConfiguredAddress result;
    const QHostAddress address(QString::fromLatin1(host));
    if (address.isNull())
        return std::nullopt;
    result.address = address.toString();
    if (!port.isEmpty()) {
        bool ok = false;
        result.port = port.toInt(&ok);
        const bool digitsOnly =
            std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!ok || !digitsOnly || result.port <= 0 || result.port > 65535)
            return std::nullopt;
    }
    return result;
}

QString addressText(const QString &address, qint64 port)
{
    const QString host = address.contains(u':') ? u'[' + address + u']' : address;
    return port > 0 ? host + u':' + QString::number(port) : host;
}

} // namespace

QSet<QString> DriftDetector::configuredServers(QByteArrayView configuration)
{
    QSet<QString> servers;
    forEachProxyLine(configuration, [&servers](const QByteArray &proxy, const QList<QByteArray> &words) {
        const QByteArray &keyword = words.first();
        if (keyword == "server") {
            servers.insert(serverKey(proxy, words.at(1)));
        } else if (keyword == "server-template" && words.size() >= 3) {
            // server-template <prefix> <num | low-high> <fqdn>[:<port>] [params*]
            const QByteArray &range = words.at(2);
            const qsizetype dash = range.indexOf('-');
            bool lowOk = true, highOk = true;
            const int low = dash < 0 ? 1 : range.first(dash).toInt(&lowOk);
            const int high = dash < 0 ? range.toInt(&highOk) : range.sliced(dash + 1).toInt(&highOk);
            if (!lowOk || !highOk || low < 0 || high < low || high - low > 100000)
                return;
            for (int i = low; i <= high; ++i)
                servers.insert(serverKey(proxy, words.at(1) + QByteArray::number(i)));
        }
    });
    return servers;
}

QHash<QString, ConfiguredAddress> DriftDetector::configuredAddresses(QByteArrayView configuration)
{
    QHash<QString, ConfiguredAddress> addresses;
    forEachProxyLine(configuration, [&addresses](const QByteArray &proxy, const QList<QByteArray> &words) {
        if (words.first() != "server" || words.size() < 3)
            return;
        if (const std::optional<ConfiguredAddress> address = literalAddress(words.at(2)))
            addresses.insert(serverKey(proxy, words.at(1)), *address);
    });
    return addresses;
}

QStringList DriftDetector::runtimeOnlyServers(const ServersConn &conn)
{
    QStringList servers;
    if (conn.threads <= 0)
        return servers;
    for (const ServerConnRow &row : conn.rows) {
        if (row.idlePerThread.isEmpty())
            servers.append(serverKey(row.backend, row.server));
    }
    return servers;
}

QString DriftDetector::adminStateName(qint64 adminState)
{
    if (!ServerStateRow::has(adminState))
        return tr("unknown");
    if (adminState & ServerStateRow::MaintMask)
        return QStringLiteral("maint");
    if (adminState & ServerStateRow::DrainMask)
        return QStringLiteral("drain");
    return QStringLiteral("ready");
}

QString DriftDetector::kindName(DriftItem::Kind kind)
{
    switch (kind) {
    case DriftItem::Kind::RuntimeOnly:
        return tr("Runtime only");
    case DriftItem::Kind::WeightChanged:
        return tr("Weight changed");
    case DriftItem::Kind::AdminStateChanged:
        return tr("State changed");
    case DriftItem::Kind::AddressChanged:
        return tr("Address changed");
    }
    return {};
}

namespace {

// Maintenance or drain set (or a configured maintenance cleared) at runtime.
std::optional<DriftItem> adminStateDrift(const DriftItem &base, const ServerStateRow &row, const QString &key)
{
    if (!ServerStateRow::has(row.adminState))
        return std::nullopt;
    const qint64 admin = row.adminState;
    // The configuration's own maintenance (`disabled`) is CMAINT, which comes with
    // FMAINT; FMAINT alone was set at runtime, as were FDRAIN and a cleared CMAINT.
    const bool configMaint = admin & ServerStateRow::ConfigMaint;
    const bool forcedMaint = admin & ServerStateRow::ForcedMaint;
    const bool forcedDrain = admin & ServerStateRow::ForcedDrain;
    const QString configured = configMaint ? QStringLiteral("maint") : QStringLiteral("ready");
    QString current;
    if (forcedMaint && !configMaint)
        current = QStringLiteral("maint");
    else if (configMaint && !forcedMaint)
        current = forcedDrain ? QStringLiteral("drain") : QStringLiteral("ready");
    else if (forcedDrain && !forcedMaint)
        current = QStringLiteral("drain");
    if (current.isEmpty())
        return std::nullopt;
    DriftItem item = base;
    item.kind = DriftItem::Kind::AdminStateChanged;
    item.configured = configured;
    item.current = current;
    item.text = DriftDetector::tr("%1 was put in %2 at runtime where the configuration gives %3; a reload "
                                  "restores %3 unless the server state is saved to the server-state-file")
                    .arg(key, current, configured);
    return item;
}

// srv_addr/srv_port against the literal address of the server's configuration line.
std::optional<DriftItem> addressDrift(const DriftItem &base, const ServerStateRow &row, const QString &key,
    const QHash<QString, ConfiguredAddress> &addresses)
{
    const auto configured = addresses.constFind(key);
    if (configured == addresses.cend() || row.addr.isEmpty())
        return std::nullopt;
    const QHostAddress running(QString::fromLatin1(row.addr));
    const qint64 port = ServerStateRow::has(row.port) ? row.port : 0;
    if (running.isNull() || (running == QHostAddress(configured->address) && port == configured->port))
        return std::nullopt;
    DriftItem item = base;
    item.kind = DriftItem::Kind::AddressChanged;
    item.configured = addressText(configured->address, configured->port);
    item.current = addressText(running.toString(), port);
    item.text = DriftDetector::tr("%1 runs at %2 where the configuration gives %3; a reload restores %3 "
                                  "unless the server state is saved to the server-state-file")
                    .arg(key, item.current, item.configured);
    return item;
}

} // namespace

QList<DriftItem> DriftDetector::detect(const ServersState &state, const ServersConn &conn,
    const QSet<QString> *configuredServers, const QHash<QString, ConfiguredAddress> *addresses)
{
    QList<DriftItem> items;
    const QStringList dynamicList = runtimeOnlyServers(state, conn, configuredServers);
    const QSet<QString> dynamic(dynamicList.begin(), dynamicList.end());

    for (const ServerStateRow &row : state.rows) {
        const QString key = serverKey(row.backendName, row.name);
        DriftItem base;
        base.backend = QString::fromUtf8(row.backendName);
        base.server = QString::fromUtf8(row.name);

        if (dynamic.contains(key)) {
            DriftItem item = base;
            item.kind = DriftItem::Kind::RuntimeOnly;
            item.configured = tr("absent");
            item.current = tr("%1, weight %2").arg(adminStateName(row.adminState)).arg(row.uweight);
            item.text = tr("%1 was added at runtime; it disappears at the next reload unless a server line "
                           "is added to the configuration")
                            .arg(key);
            items.append(item);
            // Its weight and state are its own from `add server`: nothing to compare with.
            continue;
        }

        if (ServerStateRow::has(row.uweight) && ServerStateRow::has(row.iweight)
            && row.uweight != row.iweight) {
            DriftItem item = base;
            item.kind = DriftItem::Kind::WeightChanged;
            item.configured = QString::number(row.iweight);
            item.current = QString::number(row.uweight);
            item.text = tr("%1 runs with weight %2 where the configuration gives %3; a reload restores %3 "
                           "unless the server state is saved to the server-state-file")
                            .arg(key)
                            .arg(row.uweight)
                            .arg(row.iweight);
            items.append(item);
        }
        if (std::optional<DriftItem> item = adminStateDrift(base, row, key))
            items.append(*item);
        if (addresses) {
            if (std::optional<DriftItem> item = addressDrift(base, row, key, *addresses))
                items.append(*item);
        }
    }
    return items;
}

QByteArray DriftDetector::serverStateFile(const ServersState &state)
{
    QByteArray text = state.answer;
    while (text.endsWith("\n\n"))
        text.chop(1);
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    return text;
}

QByteArray DriftDetector::serverLines(
    const ServersState &state, const ServersConn &conn, const QSet<QString> *configured)
{
    const QStringList dynamicList = runtimeOnlyServers(state, conn, configured);
    const QSet<QString> dynamic(dynamicList.begin(), dynamicList.end());
    QByteArray text;
    QByteArray currentBackend;
    for (const ServerStateRow &row : state.rows) {
        if (!dynamic.contains(serverKey(row.backendName, row.name)))
            continue;
        if (row.backendName != currentBackend) {
            if (!text.isEmpty())
                text += '\n';
            text += "# backend " + row.backendName + '\n';
            currentBackend = row.backendName;
        }
        QByteArray host = row.addr.isEmpty() ? row.fqdn : row.addr;
        if (host.contains(':'))
            host = '[' + host + ']';
        QByteArray line = "server " + row.name + ' ' + host;
        if (ServerStateRow::has(row.port) && row.port != 0)
            line += ':' + QByteArray::number(row.port);
        if (ServerStateRow::has(row.uweight) && row.uweight != 1)
            line += " weight " + QByteArray::number(row.uweight);
        if (ServerStateRow::has(row.checkState) && (row.checkState & ServerStateRow::CheckConfigured))
            line += " check";
        text += line + '\n';
    }
    return text;
}

DriftConfiguration DriftDetector::readConfiguration(const QString &path, const ServersConn &conn)
{
    DriftConfiguration result;
    if (path.isEmpty()) {
        if (!connMarksRuntimeOnly(conn)) {
            result.note = tr("HAProxy 3.0 and later do not mark servers added at runtime: give the "
                             "configuration file to find them.");
        }
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.note = tr("The configuration file could not be read (%1): %2; servers added at "
                         "runtime are found from `show servers conn` only.")
                          .arg(path, file.errorString());
    } else if (file.size() > MaxConfigurationBytes) {
        result.note =
            tr("%1 is larger than %2 MiB: it is not read.").arg(path).arg(MaxConfigurationBytes >> 20);
    } else {
        const QByteArray text = file.readAll();
        QSet<QString> servers = configuredServers(text);
        if (servers.isEmpty()) {
            result.note = tr("%1 defines no server: is it the instance's configuration?").arg(path);
        } else {
            result.servers = std::move(servers);
            result.addresses = configuredAddresses(text);
        }
    }
    return result;
}
