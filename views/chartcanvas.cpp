#include "views/chartcanvas.h"

#include "views/trafficchartview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace {

// A press and release closer than this is a click, not a zoom: it would zoom to the
// minimum span.
constexpr int MinBandWidthPx = 4;

} // namespace

ChartCanvas::ChartCanvas(QChart *chart, TrafficChartView *owner)
    : QChartView(chart, owner)
    , m_owner(owner)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
}

void ChartCanvas::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = ownerPos(event->position().toPoint());
    if (!m_owner->plotRect().contains(pos) || m_owner->timeAt(pos) < 0) {
        QChartView::mousePressEvent(event); // the legend's markers
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))) {
        m_drag = Drag::Pan;
        m_lastPanX = m_pressPos.x();
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Zoom;
        m_band->setGeometry(bandRect(m_pressPos.x()));
        m_band->show();
    } else {
        QChartView::mousePressEvent(event);
    }
    event->accept();
}

void ChartCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Zoom) {
        m_band->setGeometry(bandRect(pos.x()));
        return;
    }
    if (m_drag == Drag::Pan) {
        const int width = std::max(1, m_owner->plotRect().width());
        m_owner->panBy(-double(pos.x() - m_lastPanX) / width);
        m_lastPanX = pos.x();
        return;
    }
    const QString text = m_owner->describeAt(ownerPos(pos));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    QChartView::mouseMoveEvent(event);
}

void ChartCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (drag == Drag::Zoom) {
        m_band->hide();
        zoomToBand(event->position().toPoint());
        return;
    }
    if (drag == Drag::Pan) {
        unsetCursor();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartCanvas::zoomToBand(const QPoint &end)
{
    if (std::abs(end.x() - m_pressPos.x()) < MinBandWidthPx)
        return;
    const QRect plot = m_owner->plotRect();
    const auto clampX = [&](int x) { return std::clamp(x, plot.left(), plot.right()); };
    const int y = plot.center().y();
    const qint64 a = m_owner->timeAt(QPoint(clampX(ownerPos(m_pressPos).x()), y));
    const qint64 b = m_owner->timeAt(QPoint(clampX(ownerPos(end).x()), y));
    if (a >= 0 && b >= 0)
        m_owner->zoomToRange(std::min(a, b), std::max(a, b));
}

void ChartCanvas::wheelEvent(QWheelEvent *event)
{
    const qint64 center = m_owner->timeAt(ownerPos(event->position().toPoint()));
    if (event->angleDelta().y() == 0 || center < 0) {
        QChartView::wheelEvent(event);
        return;
    }
    m_owner->zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8, center);
    event->accept();
}

void ChartCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        m_owner->panBy(-0.1);
        break;
    case Qt::Key_Right:
        m_owner->panBy(0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_owner->zoomBy(2.0);
        break;
    case Qt::Key_Minus:
        m_owner->zoomBy(0.5);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        m_owner->resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartCanvas::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

QPoint ChartCanvas::ownerPos(const QPoint &viewportPos) const
{
    return viewport()->mapTo(m_owner, viewportPos);
}

QRect ChartCanvas::bandRect(int x) const
{
    const QRect plot = m_owner->plotRect().translated(-viewport()->mapTo(m_owner, QPoint(0, 0)));
    const int left = std::clamp(std::min(x, m_pressPos.x()), plot.left(), plot.right());
    const int right = std::clamp(std::max(x, m_pressPos.x()), plot.left(), plot.right());
    return QRect(QPoint(left, plot.top()), QPoint(right, plot.bottom()));
}
