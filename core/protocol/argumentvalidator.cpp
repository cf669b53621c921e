#include "core/protocol/argumentvalidator.h"

#include "core/protocol/runtimecommand.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

// Messages of this file are translated in the "ArgumentValidator" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentValidator)
};

// HAProxy has no limit of its own on proxy and server names, but a name must also fit
// on a configuration line (2,048 bytes, LINESIZE) to survive being written back to a
// config file, and two names plus an address and options must stay far below the
// 15,359-byte CLI line. 1,024 leaves room for both.
constexpr qsizetype MaxNameBytes = 1024;
// `set server ... weight N%` is relative to the initial weight (1..256) and clamped to
// 256, so anything above 25600% gives the same result as 25600% for every server.
constexpr int MaxWeightPercent = 25600;
constexpr int MaxWeight = 256;
constexpr int MaxDurationMs = 24 * 60 * 60 * 1000;

// One code point of a QString, with unpaired surrogates kept as themselves so that
// they can be reported instead of silently turned into U+FFFD.
struct CodePoint
{
    char32_t value;
    qsizetype index; // in UTF-16 units
    bool unpairedSurrogate;
};

template<typename Visitor>
void forEachCodePoint(const QString &text, Visitor visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (!visit(CodePoint { QChar::surrogateToUcs4(c, text.at(i + 1)), i, false }))
                return;
            ++i;
            continue;
        }
        if (!visit(CodePoint { c.unicode(), i, c.isSurrogate() }))
            return;
    }
}

QString hex(char32_t cp)
{
    return QStringLiteral("U+%1").arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper();
}

bool isUnsafeCodePoint(const CodePoint &cp)
{
    if (cp.unpairedSurrogate)
        return true;
    const QChar::Category category = QChar::category(cp.value);
    return category == QChar::Other_Control || category == QChar::Other_Format
        || (cp.value & 0xFFFE) == 0xFFFE;
}

// How a character is named in a message: never the raw character when it is invisible
// or would break the message (a LF in an error dialog, a right-to-left override).
QString describe(const CodePoint &cp)
{
    if (cp.unpairedSurrogate)
        return Tr::tr("an unpaired UTF-16 surrogate (%1), which is not valid text").arg(hex(cp.value));
    switch (cp.value) {
    case U' ':
        return Tr::tr("a space");
    case U'\t':
        return Tr::tr("a tab");
    case U'\n':
        return Tr::tr("a line feed (LF)");
    case U'\r':
        return Tr::tr("a carriage return (CR)");
    case U'\0':
        return Tr::tr("a NUL character");
    default:
        break;
    }
    const QChar::Category category = QChar::category(cp.value);
    if (category == QChar::Other_Control)
        return Tr::tr("the control character %1").arg(hex(cp.value));
    if (category == QChar::Other_Format)
        return Tr::tr("the invisible formatting character %1").arg(hex(cp.value));
    if ((cp.value & 0xFFFE) == 0xFFFE)
        return Tr::tr("the non-character %1").arg(hex(cp.value));
    const QString text = QString::fromUcs4(&cp.value, 1);
    if (cp.value >= 0x80)
        return Tr::tr("the non-ASCII character '%1' (%2)").arg(text, hex(cp.value));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// A value as shown inside quotes in a message: control and formatting characters
// escaped, and cut short when long (a 20,000-character paste must not fill the dialog).
QString display(const QString &value)
{
    constexpr qsizetype MaxShown = 64;
    QString out;
    qsizetype shown = 0;
    bool cut = false;
    forEachCodePoint(value, [&](const CodePoint &cp) {
        if (shown == MaxShown) {
            cut = true;
            return false;
        }
        ++shown;
        if (cp.value == U'\n')
            out += u"\\n";
        else if (cp.value == U'\r')
            out += u"\\r";
        else if (cp.value == U'\t')
            out += u"\\t";
        else if (cp.value == U'\0')
            out += u"\\0";
        else if (isUnsafeCodePoint(cp))
            out += QStringLiteral("\\u{%1}").arg(uint(cp.value), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&cp.value, 1);
        return true;
    });
    if (cut)
        out += Tr::tr("… (%1 characters)").arg(value.size());
    return out;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAllDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// Strict dotted quad: exactly four decimal octets 0-255 without leading zeros. Returns
// the reason it is not one, or an empty string.
QString ipv4Problem(QStringView text)
{
    const QList<QStringView> octets = text.split(u'.');
    if (octets.size() != 4)
        return Tr::tr("an IPv4 address has 4 parts, this has %1").arg(octets.size());
    for (QStringView octet : octets) {
        if (octet.isEmpty())
            return Tr::tr("it has an empty part");
        if (!isAllDigits(octet))
            return Tr::tr("'%1' is not a decimal number").arg(octet.toString());
        // inet_pton() (set server addr) refuses these, and add server takes them for
        // an unresolvable host name; other tools read them as octal.
        if (octet.size() > 1 && octet.front() == u'0')
            return Tr::tr("'%1' has a leading zero, which some tools read as octal").arg(octet.toString());
        if (octet.size() > 3 || octet.toInt() > 255)
            return Tr::tr("%1 is greater than 255").arg(octet.toString());
    }
    return {};
}

// RFC 1123 host name: labels of 1-63 letters, digits and hyphens, not starting or
// ending with a hyphen, at most 253 characters, optionally one trailing dot.
QString hostNameProblem(QStringView text)
{
    QStringView name = text;
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return Tr::tr("it has no label");
    if (name.size() > 253)
        return Tr::tr("it is %1 characters long; a host name has at most 253").arg(name.size());
    const QList<QStringView> labels = name.split(u'.');
    for (QStringView label : labels) {
        if (label.isEmpty())
            return Tr::tr("it has an empty label (two dots in a row, or a leading dot)");
        if (label.size() > 63)
            return Tr::tr("label '%1' is %2 characters long; a label has at most 63")
                .arg(display(label.toString()))
                .arg(label.size());
        for (QChar c : label) {
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-')
                return Tr::tr("it contains '%1'; host names allow letters, digits, '-' and '.'").arg(c);
        }
        if (label.front() == u'-')
            return Tr::tr("label '%1' starts with a hyphen").arg(label.toString());
        if (label.back() == u'-')
            return Tr::tr("label '%1' ends with a hyphen").arg(label.toString());
    }
    // RFC 3696: a top-level name is never all digits, so "1.2.3" is a broken IPv4
    // address rather than a name (HAProxy's add server would keep it as an
    // unresolvable host name).
    if (isAllDigits(labels.last()))
        return Tr::tr("its last label '%1' is all digits, which no host name has")
            .arg(labels.last().toString());
    return {};
}

QString ipv6Problem(const QString &text)
{
    // Zone ids ("fe80::1%eth0") are not parsed by HAProxy 2.6: add server keeps them
    // as an unresolvable host name, set server addr refuses them.
    const qsizetype percent = text.indexOf(u'%');
    if (percent >= 0)
        return Tr::tr("IPv6 zone ids ('%1') are not supported by HAProxy").arg(display(text.mid(percent)));
    for (QChar c : text) {
        const bool hexDigit = isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hexDigit && c != u':' && c != u'.')
            return Tr::tr("it contains '%1', which no IPv6 address has").arg(c);
    }
    // QHostAddress accepts a few forms inet_pton() does not; the embedded IPv4 part
    // of "::ffff:1.2.3.4" gets the same strict check as a plain IPv4 address.
    const qsizetype lastColon = text.lastIndexOf(u':');
    const QStringView tail = QStringView(text).mid(lastColon + 1);
    if (tail.contains(u'.')) {
        const QString problem = ipv4Problem(tail);
        if (!problem.isEmpty())
            return Tr::tr("its IPv4 part '%1' is not valid: %2").arg(tail.toString(), problem);
    }
    QHostAddress address;
    if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return Tr::tr("it is not a valid IPv6 address");
    return {};
}

} // namespace

Result<QByteArray> ArgumentValidator::name(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return Result<QByteArray>::failure(Tr::tr("%1 is empty").arg(what));
    QString bad;
    forEachCodePoint(value, [&](const CodePoint &cp) {
        const QChar c = cp.value < 0x80 ? QChar(char16_t(cp.value)) : QChar();
        if (cp.value < 0x80
            && (isAsciiLetter(c) || isAsciiDigit(c) || c == u'.' || c == u'_' || c == u'-' || c == u':'))
            return true;
        bad = describe(cp);
        return false;
    });
    if (!bad.isEmpty()) {
        return Result<QByteArray>::failure(
            Tr::tr("%1 '%2' contains %3, which HAProxy does not allow in names "
                   "(allowed: letters, digits, '.', '_', '-', ':')")
                .arg(what, display(value), bad));
    }
    if (value.size() > MaxNameBytes) {
        return Result<QByteArray>::failure(Tr::tr("%1 is %2 bytes long; the limit is %3 bytes")
                                               .arg(what)
                                               .arg(value.size())
                                               .arg(MaxNameBytes));
    }
    return value.toLatin1();
}

Result<int> ArgumentValidator::port(int value, const QString &what)
{
    // HAProxy itself takes 70000 for `set server ... port` and wraps it to 4464.
    if (value < 1 || value > 65535)
        return Result<int>::failure(Tr::tr("%1 %2 is out of range (1-65535)").arg(what).arg(value));
    return value;
}

Result<QByteArray> ArgumentValidator::weightText(const QString &value)
{
    const QString rangeHint =
        Tr::tr("use 0-%1, or 0%-%2% of the initial weight").arg(MaxWeight).arg(MaxWeightPercent);
    if (value.isEmpty())
        return Result<QByteArray>::failure(Tr::tr("weight is empty (%1)").arg(rangeHint));
    const bool percent = value.endsWith(u'%');
    const QStringView number = percent ? QStringView(value).chopped(1) : QStringView(value);
    if (number.startsWith(u'-') && isAllDigits(number.mid(1))) {
        return Result<QByteArray>::failure(
            Tr::tr("weight '%1' is negative (%2)").arg(display(value), rangeHint));
    }
    if (number.isEmpty())
        return Result<QByteArray>::failure(
            Tr::tr("weight '%1' has no number (%2)").arg(display(value), rangeHint));
    QString bad;
    forEachCodePoint(number.toString(), [&](const CodePoint &cp) {
        if (cp.value >= U'0' && cp.value <= U'9')
            return true;
        bad = describe(cp);
        return false;
    });
    if (!bad.isEmpty()) {
        return Result<QByteArray>::failure(
            Tr::tr("weight '%1' contains %2 (%3)").arg(display(value), bad, rangeHint));
    }
    if (number.size() > 1 && number.front() == u'0') {
        return Result<QByteArray>::failure(
            Tr::tr("weight '%1' has a leading zero (%2)").arg(display(value), rangeHint));
    }
    const int limit = percent ? MaxWeightPercent : MaxWeight;
    bool ok = false;
    const int parsed = number.size() > 6 ? -1 : number.toInt(&ok);
    if (!ok || parsed > limit) {
        return Result<QByteArray>::failure(
            Tr::tr("weight '%1' is out of range (%2)").arg(display(value), rangeHint));
    }
    return value.toLatin1();
}

Result<QByteArray> ArgumentValidator::address(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return Result<QByteArray>::failure(Tr::tr("%1 is empty").arg(what));
    const auto fail = [&](const QString &reason) {
        return Result<QByteArray>::failure(
            Tr::tr("%1 '%2' is not valid: %3").arg(what, display(value), reason));
    };
    if (value.startsWith(u'['))
        return fail(Tr::tr("write IPv6 addresses without brackets"));

    // Anything outside the characters of IPv4, IPv6 and host names is named first, so
    // that "a;b" is reported as a ';' and not as "not an IPv6 address".
    QString bad;
    forEachCodePoint(value, [&](const CodePoint &cp) {
        if (cp.value < 0x80) {
            const QChar c(char16_t(cp.value));
            if (isAsciiLetter(c) || isAsciiDigit(c) || c == u'.' || c == u'-' || c == u':')
                return true;
            // Reported below with the host name rules ("_http._tcp" is a common mistake).
            if (c == u'_')
                return true;
            if (c == u'%' && value.contains(u':'))
                return true; // reported as a zone id below
        }
        bad = describe(cp);
        if (cp.value >= 0x80 && !isUnsafeCodePoint(cp))
            bad += Tr::tr(" (use the xn-- form of internationalised names)");
        return false;
    });
    if (!bad.isEmpty())
        return fail(Tr::tr("it contains %1").arg(bad));

    if (value.contains(u':')) {
        const qsizetype colon = value.indexOf(u':');
        if (value.count(u':') == 1 && isAllDigits(QStringView(value).mid(colon + 1)))
            return fail(
                Tr::tr("it contains a port (':%1'); give the port separately").arg(value.mid(colon + 1)));
        const QString problem = ipv6Problem(value);
        if (!problem.isEmpty())
            return fail(problem);
        return value.toLatin1();
    }

    bool digitsAndDots = true;
    for (QChar c : value)
        digitsAndDots = digitsAndDots && (isAsciiDigit(c) || c == u'.');
    if (digitsAndDots) {
        const QString problem = ipv4Problem(value);
        if (!problem.isEmpty())
            return fail(Tr::tr("not an IPv4 address: %1").arg(problem));
        return value.toLatin1();
    }
    const QString problem = hostNameProblem(value);
    if (!problem.isEmpty())
        return fail(problem);
    return value.toLatin1();
}

Result<int> ArgumentValidator::durationMs(int value, const QString &what)
{
    if (value < 1 || value > MaxDurationMs)
        return Result<int>::failure(Tr::tr("%1 %2 ms is out of range (1 ms to 24 h)").arg(what).arg(value));
    return value;
}

Result<QByteArray> ArgumentValidator::escapeWord(const QString &value, const QString &what)
{
    // An empty word would vanish when HAProxy splits the line, shifting every
    // following argument into the wrong place.
    if (value.isEmpty())
        return Result<QByteArray>::failure(Tr::tr("%1 is empty").arg(what));
    QString bad;
    qsizetype badAt = -1;
    QString escaped;
    escaped.reserve(value.size() + 8);
    forEachCodePoint(value, [&](const CodePoint &cp) {
        if (cp.value == U'\\' || cp.value == U';' || cp.value == U' ' || cp.value == U'\t') {
            escaped += QLatin1Char('\\');
            escaped += QChar(char16_t(cp.value));
            return true;
        }
        if (isUnsafeCodePoint(cp)) {
            bad = describe(cp);
            badAt = cp.index;
            return false;
        }
        escaped += QString::fromUcs4(&cp.value, 1);
        return true;
    });
    if (!bad.isEmpty()) {
        return Result<QByteArray>::failure(
            Tr::tr("%1 '%2' contains %3 at position %4, which cannot be sent to HAProxy")
                .arg(what, display(value), bad)
                .arg(badAt + 1));
    }
    // A line that ends in "<<" switches HAProxy to payload mode (even when escaped),
    // and the session then waits for more lines that never come.
    if (value.endsWith(u"<<")) {
        return Result<QByteArray>::failure(
            Tr::tr("%1 '%2' ends with '<<', which HAProxy reads as the start of a payload")
                .arg(what, display(value)));
    }
    QByteArray bytes = escaped.toUtf8();
    if (bytes.size() > RuntimeCommand::MaxLineBytes) {
        return Result<QByteArray>::failure(
            Tr::tr("%1 is %2 bytes long once escaped; a command line has at most %3")
                .arg(what)
                .arg(bytes.size())
                .arg(RuntimeCommand::MaxLineBytes));
    }
    return bytes;
}
