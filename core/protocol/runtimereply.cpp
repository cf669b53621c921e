#include "core/protocol/runtimereply.h"

bool RuntimeReply::wasSent() const
{
    switch (error) {
    case RuntimeError::Invalid:
    case RuntimeError::NotConnected:
    case RuntimeError::Cancelled:
    case RuntimeError::LevelTooLow:
        return false;
    default:
        return true;
    }
}

QString RuntimeReply::message() const
{
    QByteArrayView text = body;
    while (text.endsWith('\n'))
        text.chop(1);
    return QString::fromUtf8(text);
}

QString RuntimeReply::text() const
{
    return errorMessage.isEmpty() ? message() : errorMessage;
}

bool RuntimeReply::isTransient() const
{
    switch (error) {
    case RuntimeError::NotConnected:
    case RuntimeError::Cancelled:
    case RuntimeError::Timeout:
    case RuntimeError::Disconnected:
        return true;
    default:
        return false;
    }
}

QString runtimeErrorName(RuntimeError error)
{
    switch (error) {
    case RuntimeError::None:
        return QStringLiteral("ok");
    case RuntimeError::Invalid:
        return QStringLiteral("invalid");
    case RuntimeError::NotConnected:
        return QStringLiteral("not-connected");
    case RuntimeError::Cancelled:
        return QStringLiteral("cancelled");
    case RuntimeError::LevelTooLow:
        return QStringLiteral("level-too-low");
    case RuntimeError::Timeout:
        return QStringLiteral("timeout");
    case RuntimeError::Disconnected:
        return QStringLiteral("disconnected");
    case RuntimeError::OutcomeUnknown:
        return QStringLiteral("outcome-unknown");
    case RuntimeError::AnswerTooLarge:
        return QStringLiteral("answer-too-large");
    case RuntimeError::PermissionDenied:
        return QStringLiteral("permission-denied");
    case RuntimeError::UnknownCommand:
        return QStringLiteral("unknown-command");
    case RuntimeError::HaproxyError:
        return QStringLiteral("haproxy-error");
    }
    return QStringLiteral("unknown");
}
