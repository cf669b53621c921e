#include "models/historyring.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace {

// A code's exponent e (0..63) is the float exponent e - 24: the float's biased exponent field
// minus this.
constexpr quint32 ExponentOffset = 127 - 24;
constexpr int MantissaShift = 23 - 6; // the float's mantissa bits a code drops
constexpr HistoryRing::Code LargestCode = HistoryRing::NoSampleCode - 1;

} // namespace

HistoryRing::Code HistoryRing::encode(float value)
{
    if (std::isnan(value))
        return NoSampleCode;
    if (!(value > 0))
        return ZeroCode;
    // Rounds to the nearest: half of the lowest kept bit, carried into the exponent if it
    // overflows the mantissa (and into the float's infinity, which clamps below).
    const quint32 bits = std::bit_cast<quint32>(value) + (1u << (MantissaShift - 1));
    const quint32 exponent = bits >> 23;
    if (exponent < ExponentOffset)
        return ZeroCode; // below 2^-24
    const quint32 code = (exponent - ExponentOffset) << 6 | ((bits >> MantissaShift) & 63);
    // The smallest code is zero's: 2^-24 itself reads as 0 too.
    return code > LargestCode ? LargestCode : Code(code);
}

float HistoryRing::decode(Code code)
{
    if (code == ZeroCode)
        return 0;
    if (code == NoSampleCode)
        return std::numeric_limits<float>::quiet_NaN();
    return std::bit_cast<float>(
        (quint32(code >> 6) + ExponentOffset) << 23 | quint32(code & 63) << MantissaShift);
}

void HistoryRing::reserve(qsizetype count)
{
    if (count <= m_capacity)
        return;
    auto bytes = std::make_unique<quint8[]>(size_t(bytesFor(count)));
    // 0xff everywhere: every code there is NoSampleCode.
    std::memset(bytes.get(), 0xff, size_t(bytesFor(count)));
    if (m_bytes)
        std::memcpy(bytes.get(), m_bytes.get(), size_t(bytesFor(m_size)));
    m_bytes = std::move(bytes);
    m_capacity = qint32(count);
}

void HistoryRing::resize(qsizetype count)
{
    reserve(count);
    if (count > m_size)
        fill(m_size, count - m_size, NoSampleCode);
    m_size = qint32(count);
}

void HistoryRing::fill(qsizetype first, qsizetype count, Code code)
{
    qsizetype slot = first;
    const qsizetype end = first + count;
    if (slot < end && slot % 2 != 0)
        setCode(slot++, code);
    const std::array<quint8, 3> pair { quint8(code), quint8(code >> 8 | (code & 0x0f) << 4),
        quint8(code >> 4) };
    for (; slot + 1 < end; slot += 2)
        std::memcpy(m_bytes.get() + slot / 2 * 3, pair.data(), pair.size());
    if (slot < end)
        setCode(slot, code);
}
