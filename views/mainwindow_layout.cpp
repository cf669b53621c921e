// MainWindow's layout and what it keeps across runs: the window geometry, toolbar, docks,
// splitter and table headers, the instances open at exit (reopened at the next start), and
// the first start's growing to show the whole servers table.

#include "core/client/poller.h"
#include "models/instancesession.h"
#include "models/settings.h"
#include "views/instanceview.h"
#include "views/mainwindow.h"

#include <QCloseEvent>
#include <QLayout>
#include <QScreen>

namespace {

InstanceView::LayoutKeys instanceLayoutKeys()
{
    return { MainWindow::SplitterKey, MainWindow::ServersHeaderKey, MainWindow::FrontendsHeaderKey,
        MainWindow::BackendsHeaderKey, MainWindow::TabKey };
}

} // namespace

void MainWindow::saveLayout()
{
    m_settings->setLayout(GeometryKey, saveGeometry());
    m_settings->setLayout(StateKey, saveState(Settings::LayoutVersion));
    m_instanceView->saveLayout(m_settings, instanceLayoutKeys());
}

void MainWindow::growToShowTable()
{
    if (!m_growToShowTable || isMaximized() || isFullScreen() || !screen())
        return;
    m_growToShowTable = false; // once, on a first start: after that the saved geometry wins
    const QRect available = screen()->availableGeometry();
    // A splitter squeezed below the side list's width gives it part of any growth first: a
    // few rounds, each measured after the layout has settled.
    for (int round = 0; round < 3; ++round) {
        layout()->activate();
        const QSize frame = frameGeometry().size() - size(); // the window manager's decorations
        const QSize wanted =
            (size() + m_instanceView->serversTableShortfall()).boundedTo(available.size() - frame);
        const QSize grown = wanted.expandedTo(size());
        if (grown == size())
            break;
        resize(grown);
        // Still on the screen it was on.
        QRect bounds(pos(), grown + frame);
        bounds.moveRight(qMin(bounds.right(), available.right()));
        bounds.moveBottom(qMin(bounds.bottom(), available.bottom()));
        move(qMax(bounds.left(), available.left()), qMax(bounds.top(), available.top()));
    }
}

bool MainWindow::restoreLayout()
{
    bool restored = false;
    if (const QByteArray geometry = m_settings->layout(GeometryKey); !geometry.isEmpty())
        restored = restoreGeometry(geometry) || restored;
    if (const QByteArray state = m_settings->layout(StateKey); !state.isEmpty())
        restored = restoreState(state, Settings::LayoutVersion) || restored;
    return m_instanceView->restoreLayout(m_settings, instanceLayoutKeys()) || restored;
}

void MainWindow::rememberOpenInstances()
{
    QList<ConnectionProfile> open;
    const QList<InstanceSession *> list = sessions();
    for (InstanceSession *session : list) {
        ConnectionProfile profile = session->profile();
        profile.pollIntervalMs = session->poller()->interval(); // as the toolbar left it
        open.append(profile);
    }
    m_settings->setOpenInstances(open, int(list.indexOf(m_current)));
}

int MainWindow::reopenInstances()
{
    const QList<ConnectionProfile> open = m_settings->openInstances();
    const int shown = m_settings->shownInstance();
    // Opened as any connect is: one that cannot reach its HAProxy says so in its tab; one
    // whose endpoint no longer parses (a hand-edited file) in the status bar, and is nullptr.
    QList<InstanceSession *> reopened;
    for (const ConnectionProfile &profile : open)
        reopened.append(connectTo(profile) ? m_current : nullptr);
    if (shown >= 0 && shown < reopened.size() && reopened.at(shown))
        setCurrentSession(reopened.at(shown));
    return int(reopened.size() - reopened.count(nullptr));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberOpenInstances();
    saveLayout();
    event->accept();
}
