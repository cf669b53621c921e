#include "views/statuscolors.h"

#include <QLabel>
#include <QPalette>
#include <QTest>

#include <algorithm>
#include <cmath>

// The one colour table: each tone readable on light and dark palettes.
class TestStatusColors : public QObject
{
    Q_OBJECT

    static QPalette palette(bool dark)
    {
        QPalette palette;
        palette.setColor(QPalette::Window, dark ? QColor(0x20, 0x20, 0x20) : QColor(0xf4, 0xf4, 0xf4));
        palette.setColor(QPalette::WindowText, dark ? QColor(0xee, 0xee, 0xee) : QColor(0x10, 0x10, 0x10));
        palette.setColor(QPalette::Base, dark ? QColor(0x18, 0x18, 0x18) : QColor(Qt::white));
        palette.setColor(QPalette::Text, palette.color(QPalette::WindowText));
        return palette;
    }

    // WCAG's contrast ratio between two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

private slots:
    void darkness()
    {
        QVERIFY(!StatusColors::isDark(palette(false)));
        QVERIFY(StatusColors::isDark(palette(true)));
    }

    void readableOnBothPalettes_data()
    {
        QTest::addColumn<int>("tone");
        QTest::addColumn<bool>("dark");
        for (const bool dark : { false, true }) {
            const char *name = dark ? "dark" : "light";
            QTest::addRow("error %s", name) << int(StatusColors::Tone::Error) << dark;
            QTest::addRow("warning %s", name) << int(StatusColors::Tone::Warning) << dark;
            QTest::addRow("ok %s", name) << int(StatusColors::Tone::Ok) << dark;
        }
    }

    void readableOnBothPalettes()
    {
        QFETCH(int, tone);
        QFETCH(bool, dark);
        const QPalette p = palette(dark);
        const QColor color = StatusColors::text(StatusColors::Tone(tone), p);
        QVERIFY2(contrast(color, p.color(QPalette::Window)) >= 4.5, qPrintable(color.name()));
        QVERIFY2(contrast(color, p.color(QPalette::Base)) >= 4.5, qPrintable(color.name()));
    }

    void tonesDiffer()
    {
        for (const bool dark : { false, true }) {
            const QPalette p = palette(dark);
            QVERIFY(StatusColors::text(StatusColors::Tone::Error, p)
                != StatusColors::text(StatusColors::Tone::Warning, p));
            QVERIFY(StatusColors::text(StatusColors::Tone::Ok, p)
                != StatusColors::text(StatusColors::Tone::Warning, p));
        }
    }

    void tintsAreTranslucent()
    {
        for (const StatusColors::Tone tone :
            { StatusColors::Tone::Error, StatusColors::Tone::Warning, StatusColors::Tone::Ok }) {
            const QColor tint = StatusColors::tint(tone);
            QVERIFY(tint.isValid());
            QVERIFY(tint.alpha() > 0 && tint.alpha() < 128);
        }
    }

    void labelTone()
    {
        QLabel label;
        label.setPalette(palette(true));
        StatusColors::setTextTone(&label, StatusColors::Tone::Error);
        QCOMPARE(label.palette().color(QPalette::WindowText),
            StatusColors::text(StatusColors::Tone::Error, palette(true)));
        QVERIFY(label.styleSheet().isEmpty());
        StatusColors::clearTextTone(&label);
        QCOMPARE(label.palette().color(QPalette::WindowText), QPalette().color(QPalette::WindowText));
    }
};

QTEST_MAIN(TestStatusColors)
#include "tst_statuscolors.moc"
