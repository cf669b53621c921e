// Fuzzes SessionParser with arbitrary `show sess` answers.
#include "core/parsers/sessionparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView answer(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = SessionParser::parse(answer);
    if (!result.ok()) {
        if (result.error().isEmpty())
            std::abort();
        return 0;
    }
    for (const SessionRow &row : *result) {
        // Every row was a "0x...: " line; an age is never negative.
        if (!row.pointer.startsWith("0x"))
            std::abort();
        if (row.ageSeconds != SessionRow::NoValue && row.ageSeconds < 0)
            std::abort();
    }
    SessionParser::durationSeconds(answer);
    return 0;
}
