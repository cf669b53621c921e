#pragma once

#include <QPoint>
#include <QtCharts/QChartView>

class QRubberBand;
class TrafficChartView;

// The chart itself: Qt Charts' view with hadesk's own zoom and pan, because the built-in
// rubber band zooms both axes and forgets it on the next data update; here the zoom is a
// time window the owner keeps and re-applies on every tick. Mouse, wheel and keys become
// calls on the owning TrafficChartView.
class ChartCanvas : public QChartView
{
public:
    ChartCanvas(QChart *chart, TrafficChartView *owner);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag { None, Zoom, Pan };

    void zoomToBand(const QPoint &end);
    QPoint ownerPos(const QPoint &viewportPos) const;
    QRect bandRect(int x) const;

    TrafficChartView *m_owner;
    QRubberBand *m_band;
    QPoint m_pressPos;
    int m_lastPanX = 0;
    Drag m_drag = Drag::None;
};
