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
            QTest::addRow("urgent %s", name) << int(StatusColors::Tone::Urgent) << dark;
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
            QVERIFY(StatusColors::text(StatusColors::Tone::Urgent, p)
                != StatusColors::text(StatusColors::Tone::Warning, p));
            QVERIFY(StatusColors::text(StatusColors::Tone::Urgent, p)
                != StatusColors::text(StatusColors::Tone::Error, p));
        }
    }

    void tintsAreTranslucent()
    {
        for (const StatusColors::Tone tone : { StatusColors::Tone::Error, StatusColors::Tone::Warning,
                 StatusColors::Tone::Ok, StatusColors::Tone::Urgent }) {
            const QColor tint = StatusColors::tint(tone);
            QVERIFY(tint.isValid());
            QVERIFY(tint.alpha() > 0 && tint.alpha() < 128);
        }
    }

    // The stats page's shades: one per state (going down and waiting share the yellow), and as
    // row backgrounds readable with the text chosen for them, toned down on a dark base.
    void rowShadesOnBothPalettes()
    {
        using Shade = StatusColors::Shade;
        const QList<Shade> shades { Shade::Up, Shade::UpBackup, Shade::Down, Shade::Drain, Shade::Busy,
            Shade::Maint, Shade::NoCheck, Shade::GoingUp, Shade::GoingDown };
        for (qsizetype i = 0; i < shades.size(); ++i) {
            for (qsizetype j = i + 1; j < shades.size(); ++j)
                QVERIFY2(StatusColors::shade(shades.at(i)) != StatusColors::shade(shades.at(j)),
                    qPrintable(QStringLiteral("%1 == %2").arg(i).arg(j)));
        }
        QCOMPARE(StatusColors::shade(Shade::Waiting), StatusColors::shade(Shade::GoingDown));
        // Green is green, red is red.
        QVERIFY(StatusColors::shade(Shade::Up).green() > StatusColors::shade(Shade::Up).red());
        QVERIFY(StatusColors::shade(Shade::Down).red() > StatusColors::shade(Shade::Down).green());

        QVERIFY(!StatusColors::isDarkBase(palette(false)));
        QVERIFY(StatusColors::isDarkBase(palette(true)));
        for (const Shade shade : shades) {
            const QColor light = StatusColors::rowBackground(StatusColors::shade(shade), palette(false));
            const QColor dark = StatusColors::rowBackground(StatusColors::shade(shade), palette(true));
            QCOMPARE(light, StatusColors::shade(shade));
            QVERIFY(dark.lightness() < light.lightness());
            QVERIFY2(contrast(StatusColors::contrastingText(light), light) >= 4.5, qPrintable(light.name()));
            QVERIFY2(contrast(StatusColors::contrastingText(dark), dark) >= 4.5, qPrintable(dark.name()));
        }
        // Inherited is lighter; a backup's tint is bluer.
        const QColor maint = StatusColors::shade(Shade::Maint);
        QVERIFY(StatusColors::faded(maint).lightness() > maint.lightness());
        QVERIFY(StatusColors::backupTinted(maint).blue() > maint.blue());
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
