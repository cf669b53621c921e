// Fuzzes ProcParser with arbitrary `show proc` answers.
#include "core/parsers/procparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView answer(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = ProcParser::parse(answer);
    if (!result.ok()) {
        if (result.error().isEmpty())
            std::abort();
        return 0;
    }
    // A parsed list always has its master, and every row a positive pid and a role that
    // matches the list it is in.
    if (result->master.role != ProcEntry::Role::Master || result->master.pid <= 0)
        std::abort();
    for (const ProcEntry &e : result->workers) {
        if (e.role != ProcEntry::Role::Worker || e.pid <= 0)
            std::abort();
    }
    for (const ProcEntry &e : result->oldWorkers) {
        if (e.role != ProcEntry::Role::OldWorker || e.pid <= 0)
            std::abort();
    }
    const qint64 up = ProcParser::uptimeSeconds(answer);
    if (up != ProcEntry::NoValue && up < 0)
        std::abort();
    return 0;
}
