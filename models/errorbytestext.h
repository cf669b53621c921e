#pragma once

#include <QByteArray>
#include <QString>

// The bytes of a captured protocol error as text a person can read: printable ASCII as is,
// CR, LF and TAB as \r \n \t (LF also ends the line), a backslash doubled, every other byte
// as \xNN, so control bytes stay visible. Says where the offending byte landed in the text.
struct ErrorBytesText
{
    QString text;
    int markStart = -1; // first character of the offending byte's rendering; -1: none
    int markLength = 0;
    QString markedByte; // the offending byte as rendered ("\x01", "o"); empty when none

    // position: the offset of the first byte HAProxy refused (ErrorEvent::errorPosition).
    static ErrorBytesText render(const QByteArray &bytes, qint64 position);
    static QString renderByte(char byte);
};
