// Fuzzes ServersConnParser with arbitrary `show servers conn` answers.
#include "core/parsers/serversconnparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result =
        ServersConnParser::parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!result.ok()) {
        if (result.error().isEmpty())
            std::abort();
        return 0;
    }
    for (const ServerConnRow &row : result->rows) {
        // A row has either no per-thread value (dynamic server) or one per thread.
        if (!row.idlePerThread.isEmpty() && row.idlePerThread.size() != result->threads)
            std::abort();
    }
    return 0;
}
