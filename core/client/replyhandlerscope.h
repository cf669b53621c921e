#pragma once

#include <QString>

#include <functional>

// Marks the time a RuntimeConnection reply handler or commandFinished() slot runs, and
// reports a nested event loop (QDialog::exec(), QEventLoop, waitFor*) started inside it: the
// bug that stalls the connection until the loop returns. A handler runs at the thread's
// current loop level; if the event dispatcher wakes or is about to block at a deeper level
// before the handler returns, the handler (or something it called) started a loop of its own.
// Reported once per outermost handler: to the handler set with setNestedLoopHandler(), else
// as a critical message on hadesk.connection, or fatally when HADESK_STRICT_HANDLERS is set.
class ReplyHandlerScope
{
public:
    using NestedLoopHandler = std::function<void(const QString &what)>;

    ReplyHandlerScope();
    ~ReplyHandlerScope();
    ReplyHandlerScope(const ReplyHandlerScope &) = delete;
    ReplyHandlerScope &operator=(const ReplyHandlerScope &) = delete;

    static void setNestedLoopHandler(NestedLoopHandler handler);
    // True while a scope is open on this thread.
    static bool active();

private:
    int m_savedLevel;
};
