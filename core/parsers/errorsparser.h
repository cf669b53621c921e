#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>

#include <limits>

// One captured protocol error of `show errors`: who sent what, and the bytes as HAProxy kept
// them, so that a view can show the message with the offending byte marked.
struct ErrorEvent
{
    static constexpr qint64 NoValue = std::numeric_limits<qint64>::min();

    QByteArray date; // "05/Dec/2026:01:27:48.123", as printed
    QByteArray proxyKind; // "frontend" or "backend": the proxy that caught it
    QByteArray proxy;
    qint64 proxyId = NoValue;
    QByteArray kind; // "invalid request" or "invalid response"
    bool isRequest() const { return kind.endsWith("request"); }
    QByteArray otherProxyKind; // second line: the backend of a request, the frontend of a response
    QByteArray otherProxy; // "<NONE>" when there was none
    qint64 otherProxyId = NoValue;
    QByteArray server; // "<NONE>" when there was none
    qint64 serverId = NoValue;
    qint64 eventNumber = NoValue;
    QByteArray source; // "127.0.0.1:44446"
    qint64 length = NoValue; // "len N": bytes captured
    qint64 errorPosition = NoValue; // offset in bytes of the first byte HAProxy refused
    QList<QByteArray> details; // the lines between the source line and the dump, trimmed
    QByteArray bytes; // the dump turned back into bytes ("\x01", "\r", "\n"... decoded)
    int badDumpLines = 0; // dump lines whose offset did not follow the bytes read so far
};

// A parsed `show errors` answer.
struct ErrorsDump
{
    QByteArray capturedAt; // the date of "Total events captured on [<date>] : N"
    qint64 total = ErrorEvent::NoValue;
    QList<ErrorEvent> events;
};

class ErrorsParser
{
    Q_DECLARE_TR_FUNCTIONS(ErrorsParser)

public:
    // Fails on an answer that does not start with "Total events captured" ("No such proxy.").
    static Result<ErrorsDump> parse(QByteArrayView answer);
    // One dump line's text ("GET /\x01bad HTTP/1.1\r\n") back to bytes.
    static QByteArray unescape(QByteArrayView text);
};

Q_DECLARE_METATYPE(ErrorsDump)
