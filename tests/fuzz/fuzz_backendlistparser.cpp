// Fuzzes BackendListParser with arbitrary `show backend` answers.
#include "core/parsers/backendlistparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result =
        BackendListParser::parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (result.ok()) {
        for (const QByteArray &name : *result) {
            if (name.isEmpty() || name.contains(' ') || name.contains('\n'))
                std::abort();
        }
    } else if (result.error().isEmpty()) {
        std::abort();
    }
    return 0;
}
