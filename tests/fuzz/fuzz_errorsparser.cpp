// Fuzzes ErrorsParser with arbitrary `show errors` answers.
#include "core/parsers/errorsparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView answer(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = ErrorsParser::parse(answer);
    if (!result.ok()) {
        if (result.error().isEmpty())
            std::abort();
    }
    // Decoding never makes more bytes than it reads.
    if (ErrorsParser::unescape(answer).size() > answer.size())
        std::abort();
    return 0;
}
