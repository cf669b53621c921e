// Fuzzes StickTableParser with arbitrary `show table` and `show table <t>` answers.
#include "core/parsers/sticktableparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView answer(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto list = StickTableParser::parseList(answer);
    if (!list.ok() && list.error().isEmpty())
        std::abort();
    const auto dump = StickTableParser::parseEntries(answer);
    if (!dump.ok()) {
        if (dump.error().isEmpty())
            std::abort();
        return 0;
    }
    for (const StickTableEntry &entry : dump->entries) {
        // Every entry has one value slot per column, in the columns' order.
        if (entry.values.size() != dump->columns.size())
            std::abort();
        for (qsizetype c = 0; c < dump->columns.size(); ++c)
            entry.number(c);
    }
    return 0;
}
