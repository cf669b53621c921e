// Fuzzes MapFile with arbitrary file contents: reading gives entries that are never empty,
// never hold a line break, and a map key never holds a blank; what format() writes of them
// reads back to the same entries, and comparing them with themselves finds no difference.
#include "core/parsers/mapfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const MapFile::Kind kind : { MapFile::Kind::Map, MapFile::Kind::Acl }) {
        const QList<MapFileEntry> entries = MapFile::parse(text, kind);
        QList<PatternEntry> live;
        for (const MapFileEntry &e : entries) {
            if (e.key.isEmpty() || e.key.contains('\n') || e.key.contains('\r') || e.line < 1)
                std::abort();
            if (kind == MapFile::Kind::Map && (e.key.contains(' ') || e.key.contains('\t')))
                std::abort();
            live.append({ "0x1", e.key, e.value });
        }
        const MapFileText out = MapFile::format(live, kind);
        if (out.problems.isEmpty()) {
            const QList<MapFileEntry> back = MapFile::parse(out.text, kind);
            if (back.size() != entries.size())
                std::abort();
            for (qsizetype i = 0; i < back.size(); ++i) {
                if (back.at(i).key != entries.at(i).key || back.at(i).value != entries.at(i).value)
                    std::abort();
            }
        }
        if (MapFile::compare(live, entries, kind).differences() != 0)
            std::abort();
    }
    return 0;
}
