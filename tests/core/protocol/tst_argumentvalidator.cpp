#include "core/protocol/argumentvalidator.h"

#include <QTest>

namespace {

QString withNul()
{
    QString text = QStringLiteral("ab");
    text.insert(1, QChar(0));
    return text;
}

QString loneSurrogate()
{
    return QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b");
}

} // namespace

// Names, ports, weights and addresses as HAProxy 2.6 takes them (docs/runtime-api.md,
// "Names and injection"), and the escaping of free text.
class TestArgumentValidator : public QObject
{
    Q_OBJECT
private slots:
    void validName_data()
    {
        QTest::addColumn<QString>("value");
        // Each of these was accepted by HAProxy 2.6 (runtime-api-samples/08_names.txt).
        QTest::newRow("plain") << QStringLiteral("s1");
        QTest::newRow("dot") << QStringLiteral("a.b");
        QTest::newRow("colon") << QStringLiteral("a:b");
        QTest::newRow("hyphen") << QStringLiteral("a-b");
        QTest::newRow("underscore") << QStringLiteral("a_b");
        QTest::newRow("upper and digit") << QStringLiteral("A9");
        QTest::newRow("leading hyphen") << QStringLiteral("-ab");
        QTest::newRow("leading dot") << QStringLiteral(".ab");
        QTest::newRow("leading digit") << QStringLiteral("9ab");
        QTest::newRow("all allowed") << QStringLiteral("good.name-1_x:y");
        QTest::newRow("1024 bytes") << QString(1024, u'n');
    }
    void validName()
    {
        QFETCH(QString, value);
        const Result<QByteArray> result = ArgumentValidator::name(value, QStringLiteral("server name"));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(*result, value.toLatin1());
    }

    void invalidName_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const QString tail = QStringLiteral(", which HAProxy does not allow in names "
                                            "(allowed: letters, digits, '.', '_', '-', ':')");
        QTest::newRow("empty") << QString() << QStringLiteral("server name is empty");
        QTest::newRow("semicolon") << QStringLiteral("a;b")
                                   << QStringLiteral("server name 'a;b' contains ';'") + tail;
        QTest::newRow("injection") << QStringLiteral("s1;show cli level")
                                   << QStringLiteral("server name 's1;show cli level' contains ';'") + tail;
        QTest::newRow("slash") << QStringLiteral("a/b")
                               << QStringLiteral("server name 'a/b' contains '/'") + tail;
        QTest::newRow("space") << QStringLiteral("a b")
                               << QStringLiteral("server name 'a b' contains a space") + tail;
        QTest::newRow("backslash") << QStringLiteral("a\\;b")
                                   << QStringLiteral("server name 'a\\;b' contains '\\'") + tail;
        QTest::newRow("LF") << QStringLiteral("a\nset server be/s1 state maint")
                            << QStringLiteral(
                                   "server name 'a\\nset server be/s1 state maint' contains a line "
                                   "feed (LF)")
                + tail;
        QTest::newRow("CR") << QStringLiteral("\r")
                            << QStringLiteral("server name '\\r' contains a carriage return (CR)") + tail;
        QTest::newRow("tab") << QStringLiteral("a\tb")
                             << QStringLiteral("server name 'a\\tb' contains a tab") + tail;
        QTest::newRow("NUL") << withNul()
                             << QStringLiteral("server name 'a\\0b' contains a NUL character") + tail;
        QTest::newRow("non-ASCII") << QStringLiteral("s\u00e9rveur")
                                   << QStringLiteral(
                                          "server name 's\u00e9rveur' contains the non-ASCII character "
                                          "'\u00e9' (U+00E9)")
                + tail;
        QTest::newRow("RLO") << QStringLiteral("a\u202eb")
                             << QStringLiteral("server name 'a\\u{202e}b' contains the invisible formatting "
                                               "character U+202E")
                + tail;
        QTest::newRow("surrogate") << loneSurrogate()
                                   << QStringLiteral(
                                          "server name 'a\\u{d800}b' contains an unpaired UTF-16 surrogate "
                                          "(U+D800), which is not valid text")
                + tail;
        QTest::newRow("hash") << QStringLiteral("a#b")
                              << QStringLiteral("server name 'a#b' contains '#'") + tail;
        QTest::newRow("at") << QStringLiteral("a@b")
                            << QStringLiteral("server name 'a@b' contains '@'") + tail;
        QTest::newRow("quote") << QStringLiteral("a'b")
                               << QStringLiteral("server name 'a'b' contains '''") + tail;
        QTest::newRow("too long") << QString(
            1025, u'n') << QStringLiteral("server name is 1025 bytes long; the limit is 1024 bytes");
        QTest::newRow("long with bad char")
            << (QString(70, u'x') + u';')
            << QStringLiteral("server name '%1… (71 characters)' contains ';'").arg(QString(64, u'x')) + tail;
    }
    void invalidName()
    {
        QFETCH(QString, value);
        QFETCH(QString, message);
        const Result<QByteArray> result = ArgumentValidator::name(value, QStringLiteral("server name"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), message);
    }

    void port_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("message"); // empty: accepted
        QTest::newRow("1") << 1 << QString();
        QTest::newRow("80") << 80 << QString();
        QTest::newRow("65535") << 65535 << QString();
        QTest::newRow("0") << 0 << QStringLiteral("check port 0 is out of range (1-65535)");
        QTest::newRow("-1") << -1 << QStringLiteral("check port -1 is out of range (1-65535)");
        QTest::newRow("65536") << 65536 << QStringLiteral("check port 65536 is out of range (1-65535)");
        // HAProxy would wrap this one to 4464.
        QTest::newRow("70000") << 70000 << QStringLiteral("check port 70000 is out of range (1-65535)");
    }
    void port()
    {
        QFETCH(int, value);
        QFETCH(QString, message);
        const Result<int> result = ArgumentValidator::port(value, QStringLiteral("check port"));
        QCOMPARE(result.ok(), message.isEmpty());
        if (result.ok())
            QCOMPARE(*result, value);
        else
            QCOMPARE(result.error(), message);
    }

    void weightText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); // empty: accepted as is
        const QString hint = QStringLiteral("use 0-256, or 0%-25600% of the initial weight");
        QTest::newRow("0") << QStringLiteral("0") << QString();
        QTest::newRow("1") << QStringLiteral("1") << QString();
        QTest::newRow("256") << QStringLiteral("256") << QString();
        QTest::newRow("0%") << QStringLiteral("0%") << QString();
        QTest::newRow("50%") << QStringLiteral("50%") << QString();
        QTest::newRow("25600%") << QStringLiteral("25600%") << QString();
        QTest::newRow("-1") << QStringLiteral("-1")
                            << QStringLiteral("weight '-1' is negative (%1)").arg(hint);
        QTest::newRow("-5%") << QStringLiteral("-5%")
                             << QStringLiteral("weight '-5%' is negative (%1)").arg(hint);
        QTest::newRow("257") << QStringLiteral("257")
                             << QStringLiteral("weight '257' is out of range (%1)").arg(hint);
        QTest::newRow("25601%") << QStringLiteral("25601%")
                                << QStringLiteral("weight '25601%' is out of range (%1)").arg(hint);
        QTest::newRow("huge") << QStringLiteral("99999999999")
                              << QStringLiteral("weight '99999999999' is out of range (%1)").arg(hint);
        QTest::newRow("abc") << QStringLiteral("abc")
                             << QStringLiteral("weight 'abc' contains 'a' (%1)").arg(hint);
        QTest::newRow("10abc") << QStringLiteral("10abc")
                               << QStringLiteral("weight '10abc' contains 'a' (%1)").arg(hint);
        QTest::newRow("leading space")
            << QStringLiteral(" 5") << QStringLiteral("weight ' 5' contains a space (%1)").arg(hint);
        QTest::newRow("space before %")
            << QStringLiteral("5 %") << QStringLiteral("weight '5 %' contains a space (%1)").arg(hint);
        QTest::newRow("empty") << QString() << QStringLiteral("weight is empty (%1)").arg(hint);
        QTest::newRow("only %") << QStringLiteral("%")
                                << QStringLiteral("weight '%' has no number (%1)").arg(hint);
        QTest::newRow("plus") << QStringLiteral("+5")
                              << QStringLiteral("weight '+5' contains '+' (%1)").arg(hint);
        QTest::newRow("hex") << QStringLiteral("0x10")
                             << QStringLiteral("weight '0x10' contains 'x' (%1)").arg(hint);
        QTest::newRow("leading zero")
            << QStringLiteral("010") << QStringLiteral("weight '010' has a leading zero (%1)").arg(hint);
        QTest::newRow("fullwidth digit")
            << QStringLiteral("\uff15")
            << QStringLiteral("weight '\uff15' contains the non-ASCII character '\uff15' (U+FF15) (%1)")
                   .arg(hint);
        QTest::newRow("semicolon") << QStringLiteral("5;show info")
                                   << QStringLiteral("weight '5;show info' contains ';' (%1)").arg(hint);
    }
    void weightText()
    {
        QFETCH(QString, value);
        QFETCH(QString, message);
        const Result<QByteArray> result = ArgumentValidator::weightText(value);
        QCOMPARE(result.ok(), message.isEmpty());
        if (result.ok())
            QCOMPARE(*result, value.toLatin1());
        else
            QCOMPARE(result.error(), message);
    }

    void validAddress_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("ipv4") << QStringLiteral("127.0.0.1");
        QTest::newRow("ipv4 zero") << QStringLiteral("0.0.0.0");
        QTest::newRow("ipv4 max") << QStringLiteral("255.255.255.255");
        QTest::newRow("ipv6 loopback") << QStringLiteral("::1");
        QTest::newRow("ipv6") << QStringLiteral("2001:db8::1");
        QTest::newRow("ipv6 upper") << QStringLiteral("2001:DB8::A");
        QTest::newRow("ipv6 full") << QStringLiteral("2001:0db8:0000:0000:0000:0000:0000:0001");
        QTest::newRow("ipv4-mapped") << QStringLiteral("::ffff:127.0.0.1");
        QTest::newRow("single label") << QStringLiteral("localhost");
        QTest::newRow("fqdn") << QStringLiteral("app-1.example.com");
        QTest::newRow("trailing dot") << QStringLiteral("example.com.");
        QTest::newRow("punycode") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("digit label") << QStringLiteral("3com.example");
        QTest::newRow("63-char label") << (QString(63, u'a') + QStringLiteral(".example"));
        QTest::newRow("253 chars") << (QString(61, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c')
            + u'.' + QString(63, u'd'));
    }
    void validAddress()
    {
        QFETCH(QString, value);
        const Result<QByteArray> result = ArgumentValidator::address(value, QStringLiteral("server address"));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(*result, value.toLatin1());
    }

    void invalidAddress_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const auto bad = [](const QString &value, const QString &reason) {
            return QStringLiteral("server address '%1' is not valid: %2").arg(value, reason);
        };
        QTest::newRow("empty") << QString() << QStringLiteral("server address is empty");
        // HAProxy 2.6: `set server addr 010.1.1.1` is "Invalid addr", add server keeps
        // it as an unresolvable name.
        QTest::newRow("leading zero")
            << QStringLiteral("010.1.1.1")
            << bad(QStringLiteral("010.1.1.1"),
                   QStringLiteral(
                       "not an IPv4 address: '010' has a leading zero, which some tools read as octal"));
        QTest::newRow("octet > 255") << QStringLiteral("256.1.1.1")
                                     << bad(QStringLiteral("256.1.1.1"),
                                            QStringLiteral("not an IPv4 address: 256 is greater than 255"));
        QTest::newRow("999") << QStringLiteral("999.1.1.1")
                             << bad(QStringLiteral("999.1.1.1"),
                                    QStringLiteral("not an IPv4 address: 999 is greater than 255"));
        QTest::newRow("three parts")
            << QStringLiteral("1.2.3")
            << bad(QStringLiteral("1.2.3"),
                   QStringLiteral("not an IPv4 address: an IPv4 address has 4 parts, this has 3"));
        QTest::newRow("five parts")
            << QStringLiteral("1.2.3.4.5")
            << bad(QStringLiteral("1.2.3.4.5"),
                   QStringLiteral("not an IPv4 address: an IPv4 address has 4 parts, this has 5"));
        QTest::newRow("empty octet") << QStringLiteral("1..2.3")
                                     << bad(QStringLiteral("1..2.3"),
                                            QStringLiteral("not an IPv4 address: it has an empty part"));
        QTest::newRow("empty label")
            << QStringLiteral("a..b")
            << bad(QStringLiteral("a..b"),
                   QStringLiteral("it has an empty label (two dots in a row, or a leading dot)"));
        QTest::newRow("leading hyphen") << QStringLiteral(
            "-a.com") << bad(QStringLiteral("-a.com"), QStringLiteral("label '-a' starts with a hyphen"));
        QTest::newRow("trailing hyphen") << QStringLiteral(
            "a-.com") << bad(QStringLiteral("a-.com"), QStringLiteral("label 'a-' ends with a hyphen"));
        QTest::newRow("underscore")
            << QStringLiteral("a_b.com")
            << bad(QStringLiteral("a_b.com"),
                   QStringLiteral("it contains '_'; host names allow letters, digits, '-' and '.'"));
        QTest::newRow("numeric tld")
            << QStringLiteral("host.123")
            << bad(QStringLiteral("host.123"),
                   QStringLiteral("its last label '123' is all digits, which no host name has"));
        QTest::newRow("64-char label")
            << (QString(64, u'a') + QStringLiteral(".com"))
            // The value is cut short in the message; the label is shown whole.
            << bad(QString(64, u'a') + QStringLiteral("… (68 characters)"),
                   QStringLiteral("label '%1' is 64 characters long; a label has at most 63")
                       .arg(QString(64, u'a')));
        QTest::newRow("254 chars") << (QString(62, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c')
            + u'.' + QString(63, u'd'))
                                   << QString();
        QTest::newRow("brackets") << QStringLiteral(
            "[::1]") << bad(QStringLiteral("[::1]"), QStringLiteral("write IPv6 addresses without brackets"));
        QTest::newRow("zone id") << QStringLiteral("fe80::1%eth0")
                                 << bad(QStringLiteral("fe80::1%eth0"),
                                        QStringLiteral(
                                            "IPv6 zone ids ('%eth0') are not supported by HAProxy"));
        QTest::newRow("bad ipv6") << QStringLiteral("::g")
                                  << bad(QStringLiteral("::g"),
                                         QStringLiteral("it contains 'g', which no IPv6 address has"));
        QTest::newRow("too many groups")
            << QStringLiteral("1:2:3:4:5:6:7:8:9")
            << bad(QStringLiteral("1:2:3:4:5:6:7:8:9"), QStringLiteral("it is not a valid IPv6 address"));
        QTest::newRow("triple colon") << QStringLiteral(
            ":::") << bad(QStringLiteral(":::"), QStringLiteral("it is not a valid IPv6 address"));
        QTest::newRow("mapped leading zero")
            << QStringLiteral("::ffff:010.1.1.1")
            << bad(QStringLiteral("::ffff:010.1.1.1"),
                   QStringLiteral(
                       "its IPv4 part '010.1.1.1' is not valid: '010' has a leading zero, which some tools "
                       "read as octal"));
        QTest::newRow("with port") << QStringLiteral("10.0.0.1:80")
                                   << bad(QStringLiteral("10.0.0.1:80"),
                                          QStringLiteral(
                                              "it contains a port (':80'); give the port separately"));
        QTest::newRow("non-ASCII") << QStringLiteral("b\u00fccher.example")
                                   << bad(QStringLiteral("b\u00fccher.example"),
                                          QStringLiteral(
                                              "it contains the non-ASCII character '\u00fc' (U+00FC) (use "
                                              "the xn-- form of internationalised names)"));
        QTest::newRow("semicolon") << QStringLiteral("a;b")
                                   << bad(QStringLiteral("a;b"), QStringLiteral("it contains ';'"));
        QTest::newRow("space") << QStringLiteral("a b")
                               << bad(QStringLiteral("a b"), QStringLiteral("it contains a space"));
        QTest::newRow("LF") << QStringLiteral("a\nb")
                            << bad(QStringLiteral("a\\nb"), QStringLiteral("it contains a line feed (LF)"));
        QTest::newRow("slash") << QStringLiteral("10.0.0.0/8")
                               << bad(QStringLiteral("10.0.0.0/8"), QStringLiteral("it contains '/'"));
        QTest::newRow("prefix") << QStringLiteral("ipv4@10.0.0.1")
                                << bad(QStringLiteral("ipv4@10.0.0.1"), QStringLiteral("it contains '@'"));
    }
    void invalidAddress()
    {
        QFETCH(QString, value);
        QFETCH(QString, message);
        const Result<QByteArray> result = ArgumentValidator::address(value, QStringLiteral("server address"));
        QVERIFY(!result.ok());
        if (message.isEmpty())
            QVERIFY2(result.error().contains(QStringLiteral("characters long; a host name has at most 253")),
                qPrintable(result.error()));
        else
            QCOMPARE(result.error(), message);
    }

    void durationMs_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("1") << 1 << QString();
        QTest::newRow("2000") << 2000 << QString();
        QTest::newRow("24 h") << 86400000 << QString();
        QTest::newRow("0") << 0 << QStringLiteral("check interval 0 ms is out of range (1 ms to 24 h)");
        QTest::newRow("-5") << -5 << QStringLiteral("check interval -5 ms is out of range (1 ms to 24 h)");
        QTest::newRow("24 h + 1") << 86400001
                                  << QStringLiteral(
                                         "check interval 86400001 ms is out of range (1 ms to 24 h)");
    }
    void durationMs()
    {
        QFETCH(int, value);
        QFETCH(QString, message);
        const Result<int> result = ArgumentValidator::durationMs(value, QStringLiteral("check interval"));
        QCOMPARE(result.ok(), message.isEmpty());
        if (result.ok())
            QCOMPARE(*result, value);
        else
            QCOMPARE(result.error(), message);
    }

    void escapeWord_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << QStringLiteral("up") << QByteArray("up");
        QTest::newRow("space") << QStringLiteral("drain 50%") << QByteArray("drain\\ 50%");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("a\\;b");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("a\\\\b");
        // "\\;" must not turn back into a separator: both characters are escaped.
        QTest::newRow("backslash semicolon") << QStringLiteral("a\\;b") << QByteArray("a\\\\\\;b");
        QTest::newRow("trailing backslash") << QStringLiteral("a\\") << QByteArray("a\\\\");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QByteArray("a\\\tb");
        QTest::newRow("quotes and hash") << QStringLiteral("\"#'") << QByteArray("\"#'");
        QTest::newRow("non-ASCII") << QStringLiteral("s\u00e9rveur") << QByteArray("s\xc3\xa9rveur");
        QTest::newRow("emoji") << QStringLiteral("\U0001F600") << QByteArray("\xf0\x9f\x98\x80");
    }
    void escapeWord()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, escaped);
        const Result<QByteArray> result = ArgumentValidator::escapeWord(value, QStringLiteral("agent text"));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(*result, escaped);
    }

    void escapeWordRefuses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const QString tail = QStringLiteral(", which cannot be sent to HAProxy");
        QTest::newRow("empty") << QString() << QStringLiteral("agent text is empty");
        QTest::newRow("LF") << QStringLiteral(
            "a\nb") << QStringLiteral("agent text 'a\\nb' contains a line feed (LF) at position 2") + tail;
        QTest::newRow("CR") << QStringLiteral("a\r")
                            << QStringLiteral(
                                   "agent text 'a\\r' contains a carriage return (CR) at position 2")
                + tail;
        QTest::newRow("NUL") << withNul()
                             << QStringLiteral("agent text 'a\\0b' contains a NUL character at position 2")
                + tail;
        QTest::newRow("escape") << QStringLiteral("\x1b[2J")
                                << QStringLiteral(
                                       "agent text '\\u{001b}[2J' contains the control character U+001B "
                                       "at position 1")
                + tail;
        QTest::newRow("RLO") << QStringLiteral("\u202e")
                             << QStringLiteral(
                                    "agent text '\\u{202e}' contains the invisible formatting character "
                                    "U+202E at position 1")
                + tail;
        QTest::newRow("surrogate") << loneSurrogate()
                                   << QStringLiteral(
                                          "agent text 'a\\u{d800}b' contains an unpaired UTF-16 surrogate "
                                          "(U+D800), which is not valid text at position 2")
                + tail;
        QTest::newRow("payload") << QStringLiteral("x<<")
                                 << QStringLiteral(
                                        "agent text 'x<<' ends with '<<', which HAProxy reads as the start "
                                        "of a payload");
        QTest::newRow("too long") << QString(8000, u';')
                                  << QStringLiteral(
                                         "agent text is 16000 bytes long once escaped; a command line has "
                                         "at most 15359");
    }
    void escapeWordRefuses()
    {
        QFETCH(QString, value);
        QFETCH(QString, message);
        const Result<QByteArray> result = ArgumentValidator::escapeWord(value, QStringLiteral("agent text"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), message);
    }
};

QTEST_GUILESS_MAIN(TestArgumentValidator)
#include "tst_argumentvalidator.moc"
