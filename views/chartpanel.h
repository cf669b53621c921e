#pragma once

#include "core/client/snapshot.h"
#include "models/historystore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QRadioButton;
class QToolButton;
class TrafficChartView;

// An object to chart: a StatTableModel key ("s/be/s1", "b/be/BACKEND", "f/fe/FRONTEND") and
// what the legend calls it.
struct ChartObject
{
    QString key;
    QString label;
};

// A canary view's figures for one server of the backend.
struct CanaryShare
{
    QString server;
    double actualShare = 0; // its rate summed over the visible range / all servers'; NaN: no traffic
    double weightShare = 0; // its effective weight / the weights of the servers taking traffic
};

// What the traffic dock holds: the chart and its controls. "Objects" plots one metric of
// the objects selected in the table; "Canary" stacks the shares of a backend's servers
// (request, session or load-balancer pick rate) next to the shares their weights promise.
// Reads an InstanceHistory once per tick (refresh()); keeps no data of its own.
//
// Keyboard (while the focus is in the panel): Alt+M metric, Alt+1/2/3 range 5 min/1 h/24 h,
// Alt+O objects, Alt+C canary, Alt+P pause, Alt+R series shown, Alt+Z reset zoom, Alt+G the
// chart (then arrows pan, +/- zoom, 0 resets), Alt+X save image, Alt+D save data.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Objects, Canary };
    enum class Range { FiveMinutes, OneHour, OneDay };

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Not owned; must outlive the panel or be replaced first (nullptr: nothing to draw).
    void setHistory(const InstanceHistory *history);
    void setObjects(const QList<ChartObject> &objects);
    QList<ChartObject> objects() const { return m_objects; }
    void setCanaryBackend(const QString &backend);
    QString canaryBackend() const { return m_canaryBackend; }
    // The latest poll: the canary's servers and their weights.
    void setSnapshot(const SnapshotPtr &snapshot);
    // Redraws from the history; once per tick. Does nothing while paused or hidden.
    void refresh();

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setRange(Range range);
    Range range() const { return m_range; }
    static qint64 rangeMs(Range range);
    void setMetric(Metric metric); // objects mode
    Metric metric() const { return m_metric; }
    // Canary mode: RequestRate, SessionRate or LbRate; anything else is ignored.
    void setShareMetric(Metric metric);
    Metric shareMetric() const { return m_shareMetric; }
    Metric currentMetric() const { return m_mode == Mode::Canary ? m_shareMetric : m_metric; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Canary mode: per server of the backend, in `show stat` order (empty in objects mode).
    QList<CanaryShare> canaryShares() const { return m_canaryShares; }
    int seriesCount() const;
    TrafficChartView *chartView() const { return m_chart; }
    QString statusText() const;

    bool exportPng(const QString &path, QString *error = nullptr) const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;

signals:
    void modeChanged(ChartPanel::Mode mode);
    void pausedChanged(bool paused);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QHBoxLayout *createRangeButtons();
    void createToolButtons();
    void addShortcuts();
    void setTabOrderByRows();
    void redraw();
    void drawObjects(qint64 fromMs, qint64 toMs);
    void drawCanary(qint64 fromMs, qint64 toMs);
    void updateWeights();
    void updateControls();
    void fillSeriesMenu();
    void saveImage();
    void saveData();
    // Asks for a file to write with a save dialog opened with open(); save() runs on OK.
    void askSavePath(const QString &title, const QString &suggested, const QString &filter,
        const std::function<void(const QString &)> &save);
    void warn(const QString &title, const QString &text);
    QString canaryKey(const QString &server) const;

    const InstanceHistory *m_history = nullptr;
    SnapshotPtr m_snapshot;
    QList<ChartObject> m_objects;
    QString m_canaryBackend;
    QStringList m_canaryServers; // `show stat` order
    QHash<QString, double> m_weightShares; // server name -> 0..1
    QList<CanaryShare> m_canaryShares;
    Mode m_mode = Mode::Objects;
    Range m_range = Range::FiveMinutes;
    Metric m_metric = Metric::RequestRate;
    Metric m_shareMetric = Metric::RequestRate;
    bool m_paused = false;
    qint64 m_pausedAtMs = 0;

    QRadioButton *m_objectsButton = nullptr;
    QRadioButton *m_canaryButton = nullptr;
    QLabel *m_metricLabel = nullptr;
    QComboBox *m_metricCombo = nullptr;
    QComboBox *m_shareCombo = nullptr;
    QButtonGroup *m_rangeGroup = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_seriesButton = nullptr;
    QToolButton *m_resetZoomButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    TrafficChartView *m_chart = nullptr;
    QLabel *m_status = nullptr;
};
