// Fuzzes InfoParser with arbitrary `show info` answers.
#include "core/parsers/infoparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    InfoParser::parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
