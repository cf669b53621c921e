#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <limits>

// What every parser of HAProxy's answers needs: numbers read without allocating, the
// first line of an unexpected answer for an error message, and the table that maps a
// header name to the member of a row it fills.
namespace ParseText {

// The value of an empty or unreadable numeric cell in every parsed row (StatRow::NoValue,
// ServerStateRow::NoValue...): never 0 and never -1, which HAProxy uses as real values.
constexpr qint64 NoValue = std::numeric_limits<qint64>::min();

// Decimal integer with an optional '-'. Anything else (empty, "-", spaces, junk, overflow)
// is NoValue: a cell we cannot read is shown as empty rather than as a wrong number.
inline qint64 toInteger(const char *b, const char *e)
{
    if (b == e)
        return NoValue;
    if (e - b == 1) { // most cells: "0", "1", "2"
        const unsigned d = static_cast<unsigned char>(*b) - '0';
        return d <= 9 ? qint64(d) : NoValue;
    }
    const bool negative = *b == '-';
    if (negative && ++b == e)
        return NoValue;
    quint64 value = 0;
    if (e - b <= 18) { // cannot overflow: the common case, kept free of checks
        for (; b != e; ++b) {
            const unsigned d = static_cast<unsigned char>(*b) - '0';
            if (d > 9)
                return NoValue;
            value = value * 10 + d;
        }
    } else {
        constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
        for (; b != e; ++b) {
            const unsigned d = static_cast<unsigned char>(*b) - '0';
            if (d > 9 || value > (limit - d) / 10)
                return NoValue;
            value = value * 10 + d;
        }
    }
    return negative ? -qint64(value) : qint64(value);
}

inline qint64 toInteger(QByteArrayView text)
{
    return toInteger(text.data(), text.data() + text.size());
}

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

enum class BlankLines { Keep, Skip };

// The lines of an answer without their line end ("\n" or "\r\n"). Skip drops the lines that
// hold nothing but blanks.
QList<QByteArrayView> linesOf(QByteArrayView answer, BlankLines blank = BlankLines::Keep);

// The first line of an answer, trimmed and cut at 200 characters, for an error message
// that shows what HAProxy said.
QString firstLineOf(QByteArrayView answer);

// A header name the parser knows, and the member of Row it fills: exactly one is set.
template<typename Row>
struct KnownColumn
{
    const char *name;
    qint64 Row::*number;
    QByteArray Row::*text;
};

template<typename Row>
constexpr KnownColumn<Row> numberColumn(const char *name, qint64 Row::*member)
{
    return { name, member, nullptr };
}

template<typename Row>
constexpr KnownColumn<Row> textColumn(const char *name, QByteArray Row::*member)
{
    return { name, nullptr, member };
}

} // namespace ParseText
