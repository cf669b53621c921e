#pragma once

#include <QtGlobal>

#include <memory>

// The slots of one history ring, 12 bits each (two in three bytes), so that every server of
// a 10,000-server instance keeps its canary metrics for 7 days in the default budget: 1.5
// bytes a slot where a float takes 4 (see InstanceHistory::DefaultBudgetBytes).
//
// Why 12-bit codes of their own and not 8-bit codes under a per-block scale (smaller): a value
// keeps its own exponent, so its error is relative to itself and not to the largest value of
// its block (a quiet night next to a busy evening), no block is ever rescaled, and a slot is
// written once, in place. A code is a small float with no sign (history values are rates and
// gauges, never negative): 6 bits of exponent, 2^-24 to 2^40, from one event in 194 days per
// second to 8 Tbit/s in bytes, and 6 of mantissa, rounded to the nearest. So:
//  - no sample (NaN) has its own code, and 0 is exactly 0;
//  - integers up to 128 read back exactly (a gauge's sessions, queue, a response time in ms);
//  - any other value within MaxRelativeError (1/128, 0.78 %) of itself; below 2^-24 it reads
//    as 0, above the range as the largest code.
class HistoryRing
{
public:
    using Code = quint16;
    static constexpr Code ZeroCode = 0;
    static constexpr Code NoSampleCode = 0xfff;
    static constexpr double MaxRelativeError = 1.0 / 128;
    static Code encode(float value);
    static float decode(Code code);
    // (Not `slots`: Qt defines it away.)
    static constexpr qsizetype bytesFor(qsizetype count) { return (count + 1) / 2 * 3; }

    HistoryRing() = default;
    HistoryRing(const HistoryRing &) = delete;
    HistoryRing &operator=(const HistoryRing &) = delete;

    qsizetype size() const { return m_size; } // slots
    qsizetype capacity() const { return m_capacity; }
    qsizetype capacityBytes() const { return bytesFor(m_capacity); }
    void reserve(qsizetype count); // keeps the slots there are
    void resize(qsizetype count); // new slots hold no sample
    void clear() { m_size = 0; } // keeps the memory

    float at(qsizetype slot) const { return decode(codeAt(slot)); }
    void set(qsizetype slot, float value) { setCode(slot, encode(value)); }
    // Slots 2n and 2n + 1 share bytes 3n..3n + 2: the even one in the low 12 bits.
    Code codeAt(qsizetype slot) const
    {
        const quint8 *pair = m_bytes.get() + slot / 2 * 3;
        return slot % 2 == 0 ? Code(pair[0] | (pair[1] & 0x0f) << 8) : Code(pair[1] >> 4 | pair[2] << 4);
    }
    void setCode(qsizetype slot, Code code)
    {
        quint8 *pair = m_bytes.get() + slot / 2 * 3;
        if (slot % 2 == 0) {
            pair[0] = quint8(code);
            pair[1] = quint8((pair[1] & 0xf0) | (code >> 8));
        } else {
            pair[1] = quint8((pair[1] & 0x0f) | (code & 0x0f) << 4);
            pair[2] = quint8(code >> 4);
        }
    }
    // Slots [first, first + count) to `code`, whole pairs at a time.
    void fill(qsizetype first, qsizetype count, Code code);

private:
    std::unique_ptr<quint8[]> m_bytes;
    qint32 m_size = 0;
    qint32 m_capacity = 0;
};
