#include "core/protocol/replyclassifier.h"

#include <algorithm>

namespace {

// Splits "[N]: " (set severity-output number) off the front of a body.
ReplySeverity takeSeverity(QByteArrayView &body)
{
    if (body.size() < 5 || body[0] != '[' || body[2] != ']' || body[3] != ':' || body[4] != ' ')
        return ReplySeverity::None;
    const char level = body[1];
    if (level < '0' || level > '7')
        return ReplySeverity::None;
    body = body.sliced(5);
    // syslog levels: 0-3 emerg..err, 4 warning, 5-7 notice..debug
    if (level <= '3')
        return ReplySeverity::Error;
    if (level == '4')
        return ReplySeverity::Warning;
    return ReplySeverity::Info;
}

QString firstLine(QByteArrayView body)
{
    const qsizetype end = body.indexOf('\n');
    return QString::fromUtf8(end < 0 ? body : body.first(end)).trimmed();
}

QString messageOf(QByteArrayView body)
{
    while (body.endsWith('\n'))
        body.chop(1);
    return QString::fromUtf8(body).trimmed();
}

// `set server ... addr` answers in words even on success, tagged [4] both when it
// changed something and when the address was invalid. Same address and port: 2.6 says
// "no need to change the addr, no need to change the port", 3.0+ says "nothing changed".
// 3.0+ refuses other families with "Update to families other than AF_INET...".
bool addressChangeSucceeded(QByteArrayView body)
{
    if (body.startsWith("Invalid") || body.startsWith("Update ") || body.contains("problem converting")
        || body.contains("requires an address") || body.contains("failed") || body.contains("not supported")
        || body.contains("No such"))
        return false;
    return body.contains("no need to change") || body.contains("changed from")
        || body.startsWith("nothing changed");
}

// Without `set severity-output` (one-shot use, master CLI) errors of dump commands are
// only recognisable by their words.
bool looksLikeError(QByteArrayView body)
{
    static constexpr QByteArrayView starts[] = {
        "No such ",
        "Can't find ",
        "Require ",
        "Invalid ",
        "Missing ",
        "Unknown ",
        "unknown ",
        "Unable to ",
        "Empty ",
        "Trailing garbage",
        "Absolute weight",
        "'set server",
        "usage:",
    };
    for (QByteArrayView start : starts) {
        if (body.startsWith(start))
            return true;
    }
    return false;
}

} // namespace

RuntimeReply ReplyClassifier::classify(const RuntimeCommand &command, QByteArray rawBody)
{
    RuntimeReply reply;
    QByteArrayView prefixed = rawBody;
    reply.severity = takeSeverity(prefixed);
    // Removing from the front of an unshared QByteArray moves no bytes.
    rawBody.remove(0, rawBody.size() - prefixed.size());
    reply.body = std::move(rawBody);
    const QByteArrayView body = reply.body;

    if (body.startsWith("Permission denied")) {
        reply.error = RuntimeError::PermissionDenied;
        reply.errorMessage =
            tr("Permission denied: this socket's level does not allow '%1'").arg(command.text());
        return reply;
    }
    if (body.startsWith("Unknown command")) {
        reply.error = RuntimeError::UnknownCommand;
        reply.errorMessage =
            tr("HAProxy does not know the command '%1' (%2)").arg(command.text(), firstLine(body));
        return reply;
    }

    const bool blank = body.trimmed().isEmpty();
    bool success = false;
    switch (command.successRule()) {
    case RuntimeCommand::SuccessRule::AnyAnswer:
        success = reply.severity == ReplySeverity::None ? !looksLikeError(body)
                                                        : reply.severity != ReplySeverity::Error;
        break;
    case RuntimeCommand::SuccessRule::EmptyAnswer:
        // [4] is not a success here: `set server ... check-port` on a server without
        // checks is refused with a [4]-tagged message.
        success = blank || reply.severity == ReplySeverity::Info;
        break;
    case RuntimeCommand::SuccessRule::ExpectedMessage:
        success = reply.severity != ReplySeverity::Error && body.startsWith(command.expectedMessage());
        break;
    case RuntimeCommand::SuccessRule::AddressChange:
        success = reply.severity != ReplySeverity::Error && addressChangeSucceeded(body);
        break;
    case RuntimeCommand::SuccessRule::CommitMessage:
        // "Committing <name>." comes first either way; a failure ends in "Failed!" instead.
        success = reply.severity != ReplySeverity::Error && body.startsWith(command.expectedMessage())
            && body.trimmed().endsWith("Success!");
        break;
    }
    if (!success) {
        reply.error = RuntimeError::HaproxyError;
        reply.errorMessage = blank ? tr("HAProxy gave no answer where one was expected") : messageOf(body);
    }
    return reply;
}

qint64 ReplyClassifier::answerCap(const RuntimeCommand &command, qint64 ceiling)
{
    return command.maxAnswerBytes() > 0 ? std::min(command.maxAnswerBytes(), ceiling) : ceiling;
}

RuntimeReply ReplyClassifier::classifyPromptAnswer(
    const RuntimeCommand &command, QByteArray body, qint64 ceiling)
{
    const qint64 cap = answerCap(command, ceiling);
    if (body.size() > cap) {
        RuntimeReply reply;
        reply.error = RuntimeError::AnswerTooLarge;
        reply.errorMessage = tr("the answer to '%1' is %2 bytes, larger than %3 bytes, the limit for "
                                "this command")
                                 .arg(command.text())
                                 .arg(body.size())
                                 .arg(cap);
        return reply;
    }
    // Removing from the front moves no bytes.
    qsizetype skip = 0;
    for (int i = 0; i < command.payloadPromptCount() && QByteArrayView(body).sliced(skip).startsWith("+ ");
         ++i)
        skip += 2;
    body.remove(0, skip);
    return classify(command, std::move(body));
}
