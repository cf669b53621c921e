// Fuzzes ServersStateParser with arbitrary `show servers state` answers, and the decoders of
// the codes it holds with whatever numbers the input produced.
#include "core/parsers/serversstateparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray answer(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = ServersStateParser::parse(answer);
    if (!result.ok()) {
        if (result.error().isEmpty())
            std::abort();
        return 0;
    }
    const ServersState &s = *result;
    qsizetype seen = 0;
    for (const ServerStateRow &row : s.rows) {
        if (row.lineOffset < 0 || row.lineOffset + row.lineLength > answer.size())
            std::abort();
        if (++seen > 64)
            continue;
        row.operationalState();
        row.checkResultCode();
        row.isMaint();
        row.isDrain();
        ServersStateParser::adminStateNames(row.adminState);
        ServersStateParser::checkStateNames(row.checkState);
        ServersStateParser::checkStateNames(row.agentState);
        ServersStateParser::checkStatusName(row.checkStatus);
        ServersStateParser::checkStatusDescription(row.checkStatus);
        ServersStateParser::checkResultName(row.checkResult);
        ServersStateParser::opStateName(row.opState);
        if (s.field(row, "srv_name") != row.name || s.field(row, "be_name") != row.backendName)
            std::abort();
        const int last = int(s.columns.size());
        for (const int c : { -1, 0, last - 1, last, int(seen * 7 % qMax(last, 1)) })
            s.rawField(row, c);
    }
    return 0;
}
