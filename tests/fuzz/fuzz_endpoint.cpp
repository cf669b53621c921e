// Fuzzes Endpoint::parse with arbitrary text: endpoints come from the command line, saved
// profiles and the connect dialog, and the parser must refuse, not crash.
#include "core/transport/endpoint.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Endpoint::parse(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
