// The colour schemes: names kept in the settings, the start-up choice (HADESK_COLOR_SCHEME
// over the setting), View › Colours applying at once, and under the dark palette enough
// contrast for the status tones, the row shades, the info bar and the chart, including
// after a switch at runtime (a colour fixed under the light palette fails here).

#include "models/settings.h"
#include "views/colorscheme.h"
#include "views/processinfobar.h"
#include "views/statuscolors.h"
#include "views/trafficchartview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

// WCAG's contrast ratio, 1 to 21; text wants 4.5, large text and lines 3.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// For a failure message: "#e8e8e8 on #1e1e20: 14.20" (valid until the next call).
const char *describe(const QColor &fore, const QColor &back, const QString &what = {})
{
    static QByteArray text;
    text = (what + u' ' + fore.name() + u" on "_s + back.name() + u": "_s
        + QString::number(contrast(fore, back), 'f', 2))
               .toUtf8();
    return text.constData();
}

} // namespace

class TestColorScheme : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void cleanup()
    {
        qunsetenv("HADESK_COLOR_SCHEME");
        ColorScheme::apply(ColorScheme::Scheme::System);
    }

    void namesRoundTrip()
    {
        using S = ColorScheme::Scheme;
        for (S scheme : { S::System, S::Light, S::Dark })
            QCOMPARE(ColorScheme::fromName(ColorScheme::name(scheme)), scheme);
        QCOMPARE(ColorScheme::fromName(u" Dark "_s), S::Dark);
        QVERIFY(!ColorScheme::fromName(u"purple"_s));
        QVERIFY(!ColorScheme::fromName(QString()));
    }

    void startsWithTheEnvironmentThenTheSetting()
    {
        Settings settings(m_dir.filePath(u"start.ini"_s));
        QCOMPARE(ColorScheme::atStart(settings), ColorScheme::Scheme::System);
        settings.store().setValue(ColorScheme::settingsKey(), u"light"_s);
        QCOMPARE(ColorScheme::atStart(settings), ColorScheme::Scheme::Light);
        qputenv("HADESK_COLOR_SCHEME", "dark");
        QCOMPARE(ColorScheme::atStart(settings), ColorScheme::Scheme::Dark);

        qputenv("HADESK_COLOR_SCHEME", "purple");
        QString warning;
        QCOMPARE(ColorScheme::atStart(settings, &warning), ColorScheme::Scheme::Light);
        QVERIFY2(warning.contains(u"purple"_s) && warning.contains(u"dark, light or system"_s),
            qPrintable(warning));
        // A setting that names nothing known is the system's.
        qunsetenv("HADESK_COLOR_SCHEME");
        settings.store().setValue(ColorScheme::settingsKey(), u"sepia"_s);
        QCOMPARE(ColorScheme::atStart(settings), ColorScheme::Scheme::System);
    }

    void menuStoresAndAppliesAtOnce()
    {
        const QPalette system = QApplication::palette();
        Settings settings(m_dir.filePath(u"menu.ini"_s));
        QWidget parent;
        QMenu *menu = ColorScheme::createMenu(&settings, &parent);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 3);
        QVERIFY(actions.at(0)->isChecked()); // system, as nothing was applied
        auto *dark = menu->findChild<QAction *>(u"actionColors_dark"_s);
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(dark->isChecked());
        QVERIFY(!actions.at(0)->isChecked());
        QCOMPARE(settings.store().value(ColorScheme::settingsKey()).toString(), u"dark"_s);
        QVERIFY(StatusColors::isDark(QApplication::palette()));
        QTRY_VERIFY(StatusColors::isDark(parent.palette())); // widgets hear of it by event
        QCOMPARE(ColorScheme::current(), ColorScheme::Scheme::Dark);

        menu->findChild<QAction *>(u"actionColors_system"_s)->trigger();
        QCOMPARE(settings.store().value(ColorScheme::settingsKey()).toString(), u"system"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        // No role set by hand: the platform's palette, which follows the desktop's changes.
        QCOMPARE(QApplication::palette().resolveMask(), QPalette::ResolveMask(0));
    }

    void darkPaletteReads()
    {
        const QPalette p = ColorScheme::darkPalette();
        QVERIFY(StatusColors::isDark(p));
        QVERIFY(StatusColors::isDarkBase(p));
        for (auto role : { QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button }) {
            const QColor back = p.color(role);
            const QColor fore = p.color(role == QPalette::Button ? QPalette::ButtonText : QPalette::Text);
            QVERIFY2(contrast(fore, back) >= 7.0, describe(fore, back));
            if (role != QPalette::Button) // placeholders are written in fields and labels
                QVERIFY2(contrast(p.color(QPalette::PlaceholderText), back) >= 4.5,
                    describe(p.color(QPalette::PlaceholderText), back));
        }
        QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Window)) >= 3.0);
        QVERIFY(contrast(p.color(QPalette::Link), p.color(QPalette::Base)) >= 4.5);
    }

    void statusColoursReadOnTheDarkPalette()
    {
        ColorScheme::apply(ColorScheme::Scheme::Dark);
        const QPalette p = QApplication::palette();
        using T = StatusColors::Tone;
        for (T tone : { T::Error, T::Warning, T::Ok, T::Urgent }) {
            const QColor text = StatusColors::text(tone, p);
            for (auto role : { QPalette::Window, QPalette::Base })
                QVERIFY2(contrast(text, p.color(role)) >= 4.5, describe(text, p.color(role)));
        }
        using S = StatusColors::Shade;
        for (S shade : { S::Up, S::UpBackup, S::Down, S::Drain, S::Busy, S::Maint, S::NoCheck, S::GoingUp,
                 S::GoingDown, S::Waiting }) {
            const QColor back = StatusColors::rowBackground(StatusColors::shade(shade), p);
            const QColor text = StatusColors::contrastingText(back);
            QVERIFY2(contrast(text, back) >= 4.5, describe(text, back));
            // The row is told from the empty table around it.
            QVERIFY2(contrast(back, p.color(QPalette::Base)) >= 1.3, describe(back, p.color(QPalette::Base)));
        }
    }

    void infoBarFollowsASwitchToDark()
    {
        ColorScheme::apply(ColorScheme::Scheme::Light);
        ProcessInfoBar bar;
        ColorScheme::apply(ColorScheme::Scheme::Dark);
        QTRY_VERIFY(StatusColors::isDarkBase(bar.palette()));
        const QColor back = bar.palette().color(bar.backgroundRole());
        const QList<QLabel *> labels = bar.findChildren<QLabel *>();
        QVERIFY(labels.size() > 4);
        for (const QLabel *label : labels) {
            const QColor text = label->palette().color(label->foregroundRole());
            QVERIFY2(contrast(text, back) >= 4.5, describe(text, back, label->text()));
        }
    }

    void toolbarIconsReadOnBothPalettes()
    {
        // Drawn in one mid blue: at least 3:1 (WCAG, graphics) on the light and the dark
        // window and button colours. The application icon is a tile of its own.
        const QDir icons(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../resources/icons"));
        const QStringList files = icons.entryList({ u"*.svg"_s }, QDir::Files);
        QVERIFY(files.size() >= 5);
        const QRegularExpression paint(QStringLiteral("(?:fill|stroke)=\"(#[0-9a-fA-F]{6})\""));
        for (const QString &file : files) {
            if (file == u"hadesk.svg"_s)
                continue;
            QFile svg(icons.filePath(file));
            QVERIFY(svg.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(svg.readAll());
            QVERIFY2(!text.contains(u"<image"_s), qPrintable(file)); // vector only: crisp at 2x
            auto matches = paint.globalMatch(text);
            QVERIFY2(matches.hasNext(), qPrintable(file));
            while (matches.hasNext()) {
                const QColor colour(matches.next().captured(1));
                for (const QPalette &p : { ColorScheme::lightPalette(), ColorScheme::darkPalette() }) {
                    for (auto role : { QPalette::Window, QPalette::Button })
                        QVERIFY2(
                            contrast(colour, p.color(role)) >= 3.0, describe(colour, p.color(role), file));
                }
            }
        }
    }

    // An unchecked radio button or check box must be seen on the dark palette: Fusion's own
    // outline (the window colour darkened) is all but invisible there.
    void uncheckedIndicatorsShowOnDark()
    {
        ColorScheme::apply(ColorScheme::Scheme::Dark);
        const QColor window = ColorScheme::darkPalette().color(QPalette::Window);
        QStyleOptionButton option;
        option.palette = ColorScheme::darkPalette();
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        for (QStyle::PrimitiveElement element :
            { QStyle::PE_IndicatorRadioButton, QStyle::PE_IndicatorCheckBox }) {
            option.rect = QRect(0, 0, 16, 16);
            QImage image(16, 16, QImage::Format_RGB32);
            image.fill(window);
            QPainter painter(&image);
            QApplication::style()->drawPrimitive(element, &option, &painter);
            painter.end();
            double best = 1.0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    best = std::max(best, contrast(image.pixelColor(x, y), window));
            }
            QVERIFY2(best >= 2.0, qPrintable(u"element %1: best contrast %2"_s.arg(int(element)).arg(best)));
        }
    }

    void textToneFollowsASwitchToDark()
    {
        ColorScheme::apply(ColorScheme::Scheme::Light);
        QWidget window;
        auto *label = new QLabel(u"refused"_s, &window);
        StatusColors::setTextTone(label, StatusColors::Tone::Error);
        ColorScheme::apply(ColorScheme::Scheme::Dark);
        const QPalette dark = ColorScheme::darkPalette();
        QTRY_COMPARE(label->palette().color(QPalette::WindowText),
            StatusColors::text(StatusColors::Tone::Error, dark));
        QVERIFY(
            contrast(label->palette().color(QPalette::WindowText), window.palette().color(QPalette::Window))
            >= 4.5);
        // Cleared, it stays cleared through the next switch.
        StatusColors::clearTextTone(label);
        ColorScheme::apply(ColorScheme::Scheme::Light);
        QTRY_COMPARE(label->palette().color(QPalette::WindowText),
            QApplication::palette().color(QPalette::WindowText));
    }

    void chartFollowsASwitchToDark()
    {
        ColorScheme::apply(ColorScheme::Scheme::Light);
        TrafficChartView view;
        view.setSeries({ { u"a"_s, u"be/a"_s, QColor(), {} } });
        QChart *chart = view.findChild<QChartView *>()->chart();
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);

        ColorScheme::apply(ColorScheme::Scheme::Dark);
        QTRY_COMPARE(chart->theme(), QChart::ChartThemeDark);
        QVERIFY(view.colors().dark);
        const QColor background = chart->backgroundBrush().color();
        const QColor plot = chart->plotAreaBackgroundBrush().color();
        QVERIFY(StatusColors::isDarkBase(view.palette()));
        QVERIFY2(luminance(background) < 0.1, qPrintable(background.name()));
        const QColor legend = chart->legend()->labelColor();
        QVERIFY2(contrast(legend, background) >= 4.5, describe(legend, background));
        const QList<QAbstractAxis *> axes = chart->axes();
        QVERIFY(axes.size() == 2);
        for (QAbstractAxis *axis : axes) {
            QVERIFY2(contrast(axis->labelsColor(), plot) >= 4.5, describe(axis->labelsColor(), plot));
            QVERIFY2(
                contrast(axis->labelsColor(), background) >= 4.5, describe(axis->labelsColor(), background));
            QVERIFY2(contrast(axis->gridLineColor(), plot) >= 1.3, describe(axis->gridLineColor(), plot));
        }
        // The series keeps its own colour through the theme change, readable on the plot.
        QVERIFY(contrast(TrafficChartView::colorFor(0), plot) >= 3.0);

        ColorScheme::apply(ColorScheme::Scheme::Light);
        QTRY_COMPARE(chart->theme(), QChart::ChartThemeLight);
        QVERIFY(contrast(chart->legend()->labelColor(), chart->backgroundBrush().color()) >= 4.5);
    }
};

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
