#include "views/chartpanel.h"

#include "models/weightshare.h"
#include "views/trafficchartview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QRadioButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace {

// A server takes new traffic when it is UP (also "UP 1/3") or runs without checks; DRAIN,
// NOLB, MAINT and DOWN take none (or only persistent sessions).
QString percent(double share)
{
    if (std::isnan(share))
        return ChartPanel::tr("–");
    return ChartPanel::tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
}

// Says so when the history's memory budget left some objects with fewer metrics or none, so
// an empty line is not taken for no traffic.
QString budgetNote(const InstanceHistory *history)
{
    if (!history || !history->isLimited())
        return {};
    return ChartPanel::tr(" · memory budget: %n object(s) with less history", nullptr,
        history->reducedCount() + history->unrecordedCount());
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    m_objectsButton = new QRadioButton(tr("Objects"), this);
    m_objectsButton->setObjectName(QStringLiteral("objectsMode"));
    m_objectsButton->setToolTip(tr("One metric of the rows selected in the table (Alt+O)"));
    m_objectsButton->setChecked(true);
    m_canaryButton = new QRadioButton(tr("Canary"), this);
    m_canaryButton->setObjectName(QStringLiteral("canaryMode"));
    m_canaryButton->setToolTip(
        tr("How a backend's traffic is shared between its servers, next to their weights (Alt+C)"));

    m_metricLabel = new QLabel(this);
    m_metricCombo = new QComboBox(this);
    m_metricCombo->setObjectName(QStringLiteral("metric"));
    m_metricCombo->setToolTip(tr("What to plot (Alt+M)"));
    // Narrow docks: the combo does not ask for its longest entry's width.
    m_metricCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metricCombo->setMinimumContentsLength(10);
    for (int i = 0; i < MetricCount; ++i)
        m_metricCombo->addItem(MetricInfo::name(Metric(i)), i);
    m_metricCombo->setCurrentIndex(m_metricCombo->findData(int(m_metric)));
    m_shareCombo = new QComboBox(this);
    m_shareCombo->setObjectName(QStringLiteral("shareMetric"));
    m_shareCombo->setToolTip(tr("Which rate to share out between the servers (Alt+M)"));
    m_shareCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_shareCombo->setMinimumContentsLength(10);
    for (Metric metric : { Metric::RequestRate, Metric::SessionRate, Metric::LbRate })
        m_shareCombo->addItem(MetricInfo::name(metric), int(metric));

    QHBoxLayout *rangeRow = createRangeButtons();

    createToolButtons();

    m_chart = new TrafficChartView(this);
    m_chart->setObjectName(QStringLiteral("chart"));
    m_chart->setMinimumSize(320, 200);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Two short rows rather than one long one: the panel lives in a dock, often a side one.
    auto *top = new QHBoxLayout;
    top->addWidget(m_objectsButton);
    top->addWidget(m_canaryButton);
    top->addStretch(1);
    top->addLayout(rangeRow);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_metricLabel);
    bottom->addWidget(m_metricCombo, 1);
    bottom->addWidget(m_shareCombo, 1);
    bottom->addWidget(m_pauseButton);
    bottom->addWidget(m_seriesButton);
    bottom->addWidget(m_resetZoomButton);
    bottom->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(bottom);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_status);

    connect(m_canaryButton, &QRadioButton::toggled, this,
        [this](bool canary) { setMode(canary ? Mode::Canary : Mode::Objects); });
    connect(m_metricCombo, &QComboBox::activated, this,
        [this] { setMetric(Metric(m_metricCombo->currentData().toInt())); });
    connect(m_shareCombo, &QComboBox::activated, this,
        [this] { setShareMetric(Metric(m_shareCombo->currentData().toInt())); });
    connect(m_rangeGroup, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });
    connect(m_resetZoomButton, &QToolButton::clicked, m_chart, &TrafficChartView::resetZoom);
    // A zoom or pan asks for the window's data at the plot's resolution.
    connect(m_chart, &TrafficChartView::visibleRangeChanged, this, &ChartPanel::redraw);

    addShortcuts();
    setTabOrderByRows();
    updateControls();
    redraw();
}

// The 5 min / 1 h / 24 h buttons, in one row without gaps.
QHBoxLayout *ChartPanel::createRangeButtons()
{
    m_rangeGroup = new QButtonGroup(this);
    const struct
    {
        Range range;
        QString text;
        QString tip;
    } ranges[] = {
        { Range::FiveMinutes, tr("5 min"), tr("The last 5 minutes (Alt+1)") },
        { Range::OneHour, tr("1 h"), tr("The last hour (Alt+2)") },
        { Range::OneDay, tr("24 h"), tr("The last 24 hours (Alt+3)") },
    };
    auto *rangeRow = new QHBoxLayout;
    rangeRow->setSpacing(0);
    for (const auto &r : ranges) {
        auto *button = new QToolButton(this);
        button->setText(r.text);
        button->setToolTip(r.tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::StrongFocus);
        m_rangeGroup->addButton(button, int(r.range));
        rangeRow->addWidget(button);
    }
    m_rangeGroup->button(int(m_range))->setChecked(true);
    return rangeRow;
}

// Pause, Series, Unzoom and Save (with their menus).
void ChartPanel::createToolButtons()
{
    const auto toolButton = [this](const QString &text, const QString &tip, const QString &name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setObjectName(name);
        button->setFocusPolicy(Qt::StrongFocus);
        return button;
    };
    m_pauseButton =
        toolButton(tr("Pause"), tr("Freeze the chart; polling goes on (Alt+P)"), QStringLiteral("pause"));
    m_pauseButton->setCheckable(true);
    m_seriesButton = toolButton(tr("Series"), tr("Show or hide lines (Alt+R)"), QStringLiteral("series"));
    m_seriesButton->setPopupMode(QToolButton::InstantPopup);
    auto *seriesMenu = new QMenu(m_seriesButton);
    m_seriesButton->setMenu(seriesMenu);
    m_resetZoomButton = toolButton(tr("Unzoom"),
        tr("Show the whole range again (Alt+Z). Drag across the chart to zoom in, Shift+drag to pan."),
        QStringLiteral("resetZoom"));
    m_saveButton =
        toolButton(tr("Save"), tr("Save the chart as an image or its data as CSV"), QStringLiteral("save"));
    m_saveButton->setPopupMode(QToolButton::InstantPopup);
    auto *saveMenu = new QMenu(m_saveButton);
    QAction *saveImageAction = saveMenu->addAction(tr("Image (PNG)…"));
    saveImageAction->setToolTip(tr("Save the chart as a PNG image (Alt+X)"));
    QAction *saveDataAction = saveMenu->addAction(tr("Data of the visible range (CSV)…"));
    saveDataAction->setToolTip(tr("One column per line (Alt+D)"));
    m_saveButton->setMenu(saveMenu);
    connect(m_pauseButton, &QToolButton::toggled, this, &ChartPanel::setPaused);
    connect(seriesMenu, &QMenu::aboutToShow, this, &ChartPanel::fillSeriesMenu);
    connect(saveImageAction, &QAction::triggered, this, &ChartPanel::saveImage);
    connect(saveDataAction, &QAction::triggered, this, &ChartPanel::saveData);
}

// Local to the panel: a dock must not steal the main window's Alt+letter mnemonics.
void ChartPanel::addShortcuts()
{
    // What each does, for Help › Keyboard Shortcuts.
    const auto shortcut = [this](QKeyCombination keys, const QString &what, auto slot) {
        auto *s = new QShortcut(QKeySequence(keys), this);
        s->setWhatsThis(what);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(Qt::ALT | Qt::Key_1, tr("Show the last 5 minutes"), [this] { setRange(Range::FiveMinutes); });
    shortcut(Qt::ALT | Qt::Key_2, tr("Show the last hour"), [this] { setRange(Range::OneHour); });
    shortcut(Qt::ALT | Qt::Key_3, tr("Show the last day"), [this] { setRange(Range::OneDay); });
    shortcut(
        Qt::ALT | Qt::Key_O, tr("Chart objects (servers, backends)"), [this] { setMode(Mode::Objects); });
    shortcut(Qt::ALT | Qt::Key_C, tr("Chart a canary's share against the others"),
        [this] { setMode(Mode::Canary); });
    shortcut(Qt::ALT | Qt::Key_P, tr("Pause or resume the chart"), [this] { setPaused(!m_paused); });
    shortcut(Qt::ALT | Qt::Key_Z, tr("Reset the zoom"), [this] { m_chart->resetZoom(); });
    shortcut(Qt::ALT | Qt::Key_G, tr("Move the focus to the chart"),
        [this] { m_chart->setFocus(Qt::ShortcutFocusReason); });
    shortcut(Qt::ALT | Qt::Key_R, tr("Choose the series shown"), [this] { m_seriesButton->showMenu(); });
    shortcut(Qt::ALT | Qt::Key_X, tr("Save the chart as a PNG image"), [this] { saveImage(); });
    shortcut(Qt::ALT | Qt::Key_D, tr("Save the visible range's data as CSV"), [this] { saveData(); });
    shortcut(Qt::ALT | Qt::Key_M, tr("Choose the metric or the share"), [this] {
        QComboBox *combo = m_mode == Mode::Canary ? m_shareCombo : m_metricCombo;
        combo->setFocus(Qt::ShortcutFocusReason);
        combo->showPopup();
    });
}

// Tab follows the rows as they are drawn, not the order the widgets were made in.
void ChartPanel::setTabOrderByRows()
{
    QList<QWidget *> order = { m_objectsButton, m_canaryButton };
    const QList<QAbstractButton *> rangeButtons = m_rangeGroup->buttons();
    for (QAbstractButton *button : rangeButtons)
        order.append(button);
    order << m_metricCombo << m_shareCombo << m_pauseButton << m_seriesButton << m_resetZoomButton
          << m_saveButton << m_chart;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setHistory(const InstanceHistory *history)
{
    // The window hands the history over with every snapshot: the same one costs nothing
    // (a redraw lays out both axes, hidden or not; refresh() redraws once it has recorded).
    if (history == m_history)
        return;
    m_history = history;
    // A metric the history does not record would only ever draw an empty chart.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_metricCombo->model())) {
        for (int row = 0; row < m_metricCombo->count(); ++row) {
            const auto metric = Metric(m_metricCombo->itemData(row).toInt());
            if (QStandardItem *item = model->item(row))
                item->setEnabled(!history || history->isRecorded(metric));
        }
    }
    redraw();
}

void ChartPanel::setObjects(const QList<ChartObject> &objects)
{
    bool same = objects.size() == m_objects.size();
    for (qsizetype i = 0; same && i < objects.size(); ++i)
        same = objects.at(i).key == m_objects.at(i).key && objects.at(i).label == m_objects.at(i).label;
    if (same)
        return;
    m_objects = objects;
    if (m_mode == Mode::Objects)
        redraw();
}

void ChartPanel::setCanaryBackend(const QString &backend)
{
    if (backend == m_canaryBackend)
        return;
    m_canaryBackend = backend;
    updateWeights();
    if (m_mode == Mode::Canary)
        redraw();
}

void ChartPanel::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    updateWeights();
}

void ChartPanel::refresh()
{
    // Hidden (a closed dock), the chart costs nothing; showEvent() catches up.
    if (!m_paused && isVisible())
        redraw();
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    redraw();
}

void ChartPanel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_chart->resetZoom();
    updateControls();
    redraw();
    emit modeChanged(mode);
}

qint64 ChartPanel::rangeMs(Range range)
{
    switch (range) {
    case Range::FiveMinutes:
        return 5 * 60'000;
    case Range::OneHour:
        return 3600'000;
    case Range::OneDay:
        return 24 * 3600'000;
    }
    return 5 * 60'000;
}

void ChartPanel::setRange(Range range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_chart->resetZoom();
    updateControls();
    redraw();
}

void ChartPanel::setMetric(Metric metric)
{
    if (metric == m_metric || int(metric) >= MetricCount)
        return;
    m_metric = metric;
    updateControls();
    if (m_mode == Mode::Objects)
        redraw();
}

void ChartPanel::setShareMetric(Metric metric)
{
    if (metric != Metric::RequestRate && metric != Metric::SessionRate && metric != Metric::LbRate)
        return;
    if (metric == m_shareMetric)
        return;
    m_shareMetric = metric;
    updateControls();
    if (m_mode == Mode::Canary)
        redraw();
}

void ChartPanel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pausedAtMs = QDateTime::currentMSecsSinceEpoch();
    updateControls();
    if (!paused)
        redraw();
    emit pausedChanged(paused);
}

int ChartPanel::seriesCount() const
{
    return m_chart->seriesCount();
}

QString ChartPanel::statusText() const
{
    return m_status->text();
}

void ChartPanel::updateControls()
{
    const bool canary = m_mode == Mode::Canary;
    {
        const QSignalBlocker blockCanary(m_canaryButton);
        const QSignalBlocker blockObjects(m_objectsButton);
        (canary ? m_canaryButton : m_objectsButton)->setChecked(true);
    }
    m_metricLabel->setText(canary ? tr("Share of:") : tr("Metric:"));
    m_metricLabel->setBuddy(canary ? m_shareCombo : m_metricCombo);
    m_metricCombo->setVisible(!canary);
    m_shareCombo->setVisible(canary);
    m_metricCombo->setCurrentIndex(m_metricCombo->findData(int(m_metric)));
    m_shareCombo->setCurrentIndex(m_shareCombo->findData(int(m_shareMetric)));
    m_rangeGroup->button(int(m_range))->setChecked(true);
    const QSignalBlocker blockPause(m_pauseButton);
    m_pauseButton->setChecked(m_paused);
    m_pauseButton->setText(m_paused ? tr("Resume") : tr("Pause"));
}

QString ChartPanel::canaryKey(const QString &server) const
{
    return QStringLiteral("s/%1/%2").arg(m_canaryBackend, server);
}

void ChartPanel::updateWeights()
{
    m_canaryServers.clear();
    m_weightShares.clear();
    if (!m_snapshot || m_canaryBackend.isEmpty())
        return;
    const QList<const StatRow *> rows = m_snapshot->stat.serversOf(m_canaryBackend.toUtf8());
    QList<WeightShare::Server> servers;
    for (const StatRow *row : rows) {
        servers.append(WeightShare::of(*row));
        m_canaryServers.append(QString::fromUtf8(row->svname));
    }
    const QList<double> shares = WeightShare::shares(servers);
    for (qsizetype i = 0; i < shares.size(); ++i)
        m_weightShares.insert(m_canaryServers.at(i), shares.at(i));
}

void ChartPanel::redraw()
{
    const qint64 span = rangeMs(m_range);
    qint64 end = m_paused ? m_pausedAtMs : QDateTime::currentMSecsSinceEpoch();
    // A history that stopped long ago (an instance no longer polled) shows its last range
    // rather than an empty chart.
    if (m_history && m_history->lastTimeMs() > 0 && m_history->lastTimeMs() < end - span)
        end = m_history->lastTimeMs();
    m_chart->setTimeWindow(end - span, end);
    const qint64 from = m_chart->visibleFromMs();
    const qint64 to = m_chart->visibleToMs();
    m_resetZoomButton->setEnabled(m_chart->isZoomed());
    if (m_mode == Mode::Canary)
        drawCanary(from, to);
    else
        drawObjects(from, to);
}

void ChartPanel::drawObjects(qint64 fromMs, qint64 toMs)
{
    m_canaryShares.clear();
    m_chart->setMode(TrafficChartView::Mode::Lines);
    m_chart->setValueAxisTitle(MetricInfo::unit(m_metric));
    const Metric metric = m_metric;
    m_chart->setValueFormatter([metric](double value) { return MetricInfo::format(metric, value); });
    const int maxPoints = m_chart->plotWidth();
    QList<ChartSeries> series;
    if (m_history) {
        for (const ChartObject &object : std::as_const(m_objects)) {
            series.append({ object.key, object.label, TrafficChartView::colorFor(int(series.size())),
                m_history->series(object.key, m_metric, fromMs, toMs, maxPoints) });
        }
    }
    m_chart->setSeries(series);
    if (!m_history)
        m_status->setText(tr("No traffic history: connect to an instance."));
    else if (m_objects.isEmpty())
        m_status->setText(tr("Select frontends, backends or servers in the table to chart them."));
    else
        m_status->setText(
            tr("%1 of %n object(s)", nullptr, int(m_objects.size())).arg(MetricInfo::name(m_metric))
            + budgetNote(m_history));
}

void ChartPanel::drawCanary(qint64 fromMs, qint64 toMs)
{
    m_canaryShares.clear();
    m_chart->setMode(TrafficChartView::Mode::Share);
    m_chart->setValueAxisTitle(MetricInfo::unit(m_shareMetric));
    const Metric metric = m_shareMetric;
    m_chart->setValueFormatter([metric](double value) { return MetricInfo::format(metric, value); });
    if (!m_history || m_canaryBackend.isEmpty()) {
        m_chart->setSeries({});
        m_status->setText(m_history ? tr("Select a backend or one of its servers in the table.")
                                    : tr("No traffic history: connect to an instance."));
        return;
    }

    QStringList servers = m_canaryServers;
    if (servers.isEmpty()) {
        // No poll seen yet: the history still knows the servers.
        const QString prefix = canaryKey(QString());
        const QStringList keys = m_history->keys();
        for (const QString &key : keys) {
            if (key.startsWith(prefix))
                servers.append(key.mid(prefix.size()));
        }
        servers.sort();
    }

    const int maxPoints = m_chart->plotWidth();
    QList<ChartSeries> series;
    QHash<QString, double> references;
    QList<double> sums;
    double total = 0;
    for (const QString &server : std::as_const(servers)) {
        const QString key = canaryKey(server);
        const auto weight = m_weightShares.constFind(server);
        const QString label =
            weight == m_weightShares.cend() ? server : tr("%1 (weight %2)").arg(server, percent(*weight));
        series.append({ key, label, TrafficChartView::colorFor(int(series.size())),
            m_history->series(key, m_shareMetric, fromMs, toMs, maxPoints) });
        if (weight != m_weightShares.cend())
            references.insert(key, *weight);
        double sum = 0;
        for (const HistoryPoint &point : std::as_const(series.last().points)) {
            if (!std::isnan(point.value))
                sum += point.value;
        }
        sums.append(sum);
        total += sum;
    }
    m_chart->setReferenceShares(references);
    m_chart->setSeries(series);

    QStringList parts;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        CanaryShare share;
        share.server = servers.at(i);
        share.actualShare = total > 0 ? sums.at(i) / total : std::nan("");
        share.weightShare = m_weightShares.value(share.server, std::nan(""));
        m_canaryShares.append(share);
        parts.append(tr("%1 %2 (weight %3)")
                         .arg(share.server, percent(share.actualShare), percent(share.weightShare)));
    }
    if (servers.isEmpty())
        m_status->setText(tr("Backend %1 has no servers.").arg(m_canaryBackend));
    else if (total <= 0)
        m_status->setText(
            tr("No %1 in backend %2 over this range.").arg(MetricInfo::name(m_shareMetric), m_canaryBackend));
    else
        m_status->setText(tr("%1 of %2 over the visible range: %3")
                              .arg(MetricInfo::name(m_shareMetric), m_canaryBackend, parts.join(tr(", ")))
            + budgetNote(m_history));
}

void ChartPanel::fillSeriesMenu()
{
    QMenu *menu = m_seriesButton->menu();
    menu->clear();
    QStringList keys;
    for (int i = 0; i < m_chart->seriesCount(); ++i) {
        const QString key = m_chart->seriesKey(i);
        keys.append(key);
        QAction *action = menu->addAction(m_chart->seriesLabel(i));
        action->setCheckable(true);
        action->setChecked(m_chart->isSeriesVisible(key));
        connect(
            action, &QAction::toggled, this, [this, key](bool on) { m_chart->setSeriesVisible(key, on); });
    }
    if (keys.isEmpty()) {
        menu->addAction(tr("No lines"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Show all")), &QAction::triggered, this, [this, keys] {
        for (const QString &key : keys)
            m_chart->setSeriesVisible(key, true);
    });
}

bool ChartPanel::exportPng(const QString &path, QString *error) const
{
    return m_chart->exportPng(path, error);
}

bool ChartPanel::exportCsv(const QString &path, QString *error) const
{
    return m_chart->exportCsv(path, error);
}

void ChartPanel::saveImage()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("hadesk-chart-%1.png").arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss")));
    askSavePath(tr("Save Chart Image"), suggested, tr("PNG images (*.png)"), [this](const QString &path) {
        QString error;
        if (!exportPng(path, &error))
            warn(tr("Save Chart Image"), error);
    });
}

void ChartPanel::saveData()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("hadesk-chart-%1.csv").arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss")));
    askSavePath(tr("Save Chart Data"), suggested, tr("CSV files (*.csv)"), [this](const QString &path) {
        QString error;
        if (!exportCsv(path, &error))
            warn(tr("Save Chart Data"), error);
    });
}

// Non-blocking, like every dialog here: the polls feeding the charts go on while it is open.
void ChartPanel::askSavePath(const QString &title, const QString &suggested, const QString &filter,
    const std::function<void(const QString &)> &save)
{
    auto *dialog = new QFileDialog(this, title, QString(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(suggested);
    connect(dialog, &QFileDialog::fileSelected, this, [save](const QString &path) {
        if (!path.isEmpty())
            save(path);
    });
    dialog->open();
}

void ChartPanel::warn(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
