#include "core/client/replyhandlerscope.h"

#include "core/logging.h"

#include <QAbstractEventDispatcher>
#include <QObject>
#include <QThread>

namespace {

thread_local int t_handlerDepth = 0;
thread_local int t_loopLevelAtHandler = 0;
thread_local bool t_nestedLoopReported = false;
thread_local QAbstractEventDispatcher *t_watchedDispatcher = nullptr;

ReplyHandlerScope::NestedLoopHandler &nestedLoopHandler()
{
    static ReplyHandlerScope::NestedLoopHandler handler;
    return handler;
}

void checkForNestedLoop()
{
    if (t_handlerDepth == 0 || t_nestedLoopReported)
        return;
    if (QThread::currentThread()->loopLevel() <= t_loopLevelAtHandler)
        return;
    t_nestedLoopReported = true;
    const QString what = QStringLiteral(
        "a nested event loop (QDialog::exec(), QEventLoop, waitFor*) was started inside a "
        "RuntimeConnection reply handler; the connection stalls until it returns. Open dialogs "
        "with open() and continue on their signals.");
    if (const auto &handler = nestedLoopHandler()) {
        handler(what);
        return;
    }
    if (qEnvironmentVariableIsSet("HADESK_STRICT_HANDLERS"))
        qFatal("%s", qPrintable(what));
    qCCritical(lcConnection, "%s", qPrintable(what));
}

void watchEventLoop()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher || dispatcher == t_watchedDispatcher)
        return;
    t_watchedDispatcher = dispatcher;
    QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, dispatcher, &checkForNestedLoop);
    QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, dispatcher, &checkForNestedLoop);
}

} // namespace

ReplyHandlerScope::ReplyHandlerScope()
    : m_savedLevel(t_loopLevelAtHandler)
{
    watchEventLoop();
    if (t_handlerDepth++ == 0) {
        t_loopLevelAtHandler = QThread::currentThread()->loopLevel();
        t_nestedLoopReported = false;
    }
}

ReplyHandlerScope::~ReplyHandlerScope()
{
    --t_handlerDepth;
    t_loopLevelAtHandler = m_savedLevel;
}

void ReplyHandlerScope::setNestedLoopHandler(NestedLoopHandler handler)
{
    nestedLoopHandler() = std::move(handler);
}

bool ReplyHandlerScope::active()
{
    return t_handlerDepth > 0;
}
