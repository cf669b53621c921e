// Fuzzes ClusterStore::parse(), the reading of clusters.json without the file. Properties,
// abort() when one breaks: every cluster kept passes validateDefinition(), no two share a
// name ignoring case, and what the store would write for them parses back to the same list.
#include "models/clusterstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ClusterStore::Parsed> parsed = ClusterStore::parse(bytes);
    if (!parsed)
        return 0;
    if (parsed->skipped < 0)
        std::abort();
    QSet<QString> names;
    QJsonArray array;
    for (const ClusterDefinition &definition : parsed->clusters) {
        if (!ClusterStore::validateDefinition(definition).isEmpty())
            std::abort();
        const QString folded = definition.name.toCaseFolded();
        if (names.contains(folded))
            std::abort();
        names.insert(folded);
        array.append(QJsonObject { { QStringLiteral("name"), definition.name },
            { QStringLiteral("members"), QJsonArray::fromStringList(definition.members) } });
    }
    // The file ClusterStore::write() makes of them.
    const QJsonObject root { { QStringLiteral("version"), 1 }, { QStringLiteral("clusters"), array } };
    const Result<ClusterStore::Parsed> again = ClusterStore::parse(QJsonDocument(root).toJson());
    if (!again || again->skipped != 0 || again->clusters != parsed->clusters)
        std::abort();
    return 0;
}
