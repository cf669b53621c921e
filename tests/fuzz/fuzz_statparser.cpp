// Fuzzes StatParser and StatStatus with arbitrary `show stat` answers. Beyond "no crash", it
// checks that the fast path of the parser (commas found 16 bytes at a time) and the cell
// reader that StatTable::field() uses agree on every row.
#include "core/parsers/statparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray answer(reinterpret_cast<const char *>(data), qsizetype(size));
    StatStatus::parse(QByteArrayView(answer).first(qMin<qsizetype>(answer.size(), 64)));

    const auto result = StatParser::parse(answer);
    if (!result.ok()) {
        check(!result.error().isEmpty());
        return 0;
    }
    const StatTable &t = *result;
    const int px = t.columnIndex("pxname");
    const int sv = t.columnIndex("svname");
    const int status = t.columnIndex("status");
    const int weight = t.columnIndex("weight");
    check(px >= 0 && sv >= 0);
    qsizetype seen = 0;
    for (const StatRow &row : t.rows) {
        check(row.lineOffset >= 0 && row.lineLength >= 0 && row.lineOffset + row.lineLength <= answer.size());
        if (++seen > 64)
            continue; // the checks below rescan lines: keep big inputs fast
        check(t.field(row, px) == row.pxname);
        check(t.field(row, sv) == row.svname);
        if (status >= 0)
            check(t.field(row, status) == row.status);
        if (weight >= 0)
            check(t.number(row, "weight") == row.weight);
        row.decodedStatus();
        const int last = int(t.columns.size());
        for (const int c : { -1, 0, last - 1, last, int(seen * 7 % qMax(last, 1)) })
            t.rawField(row, c);
    }
    return 0;
}
