// Fuzzes StartupLog with arbitrary answers to the master CLI's `reload`.
#include "core/parsers/startuplog.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReloadAnswer answer = StartupLog::parseReloadAnswer(body);
    // A status only from a first line "Success=0" or "Success=1".
    if (answer.success.has_value() && !body.startsWith("Success=0") && !body.startsWith("Success=1"))
        std::abort();
    // Never more lines than the answer has line ends (plus a last line without one).
    if (answer.log.size() > body.count('\n') + 1)
        std::abort();
    int counted = 0;
    for (const StartupLogLine::Level level : { StartupLogLine::Level::Notice, StartupLogLine::Level::Warning,
             StartupLogLine::Level::Alert, StartupLogLine::Level::Other })
        counted += answer.count(level);
    if (counted != answer.log.size())
        std::abort();
    for (const StartupLogLine &line : answer.log) {
        if (line.pid < 0)
            std::abort();
    }
    return 0;
}
