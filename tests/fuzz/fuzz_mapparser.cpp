// Fuzzes MapParser with arbitrary answers to `show map|acl`, `show map|acl <x>` and
// `get map|acl`: every reader must give a value or a message, never crash.
#include "core/parsers/mapparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray answer(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto list = MapParser::parseList(answer);
    if (!list.ok() && list.error().isEmpty())
        std::abort();
    for (const MapParser::Kind kind : { MapParser::Kind::Map, MapParser::Kind::Acl }) {
        const auto entries = MapParser::parseEntries(answer, kind);
        if (!entries.ok() && entries.error().isEmpty())
            std::abort();
        if (entries.ok()) {
            for (const PatternEntry &e : *entries) {
                if (!e.ref.startsWith("0x") || (kind == MapParser::Kind::Acl && !e.value.isEmpty()))
                    std::abort();
            }
        }
    }
    const auto match = MapParser::parseGet(answer);
    if (!match.ok() && match.error().isEmpty())
        std::abort();
    if (match.ok() && match->fields.isEmpty())
        std::abort();
    return 0;
}
