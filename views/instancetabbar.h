#pragma once

#include <QTabBar>

class InstanceSession;
class SessionManager;

// One tab per open instance, in SessionManager's order, each saying its connection's state
// in words (not colour alone). Choosing or closing a tab is only asked for: the window
// decides what is shown, and the manager closes.
class InstanceTabBar : public QTabBar
{
    Q_OBJECT
public:
    // sessions must outlive the bar.
    explicit InstanceTabBar(SessionManager *sessions, QWidget *parent = nullptr);

    void showSession(InstanceSession *session); // its tab current, without sessionChosen()
    void showNext(); // wraps around; each emits sessionChosen()
    void showPrevious();

signals:
    void sessionChosen(InstanceSession *session);
    void closeRequested(InstanceSession *session);

private:
    void addSession(InstanceSession *session);
    void removeSession(InstanceSession *session, int tab);
    void updateTab(InstanceSession *session);

    SessionManager *m_sessions;
};
