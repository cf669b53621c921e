#pragma once

#include "core/protocol/runtimecommand.h"
#include "core/protocol/runtimereply.h"

#include <QCoreApplication>

// Turns the raw body of an answer (prompt already removed) into a RuntimeReply: strips the
// severity prefix, recognises HAProxy's refusals and applies the command's success rule.
// Severity alone is not enough: HAProxy 2.6 tags "Unknown command" as [6] and
// "Invalid addr" as [4].
class ReplyClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ReplyClassifier)

public:
    // Takes the bytes over: the body is handed on without a copy, however large.
    static RuntimeReply classify(const RuntimeCommand &command, QByteArray rawBody);
    // An answer framed on the prompt of a prompt-mode session: the "+ " prompts HAProxy puts
    // ahead of it for each payload line but the last are taken off, then it is classified;
    // one larger than answerCap() fails as AnswerTooLarge (complete, so only this command fails).
    static RuntimeReply classifyPromptAnswer(const RuntimeCommand &command, QByteArray body, qint64 ceiling);
    // The command's own answer cap (RuntimeCommand::maxAnswerBytes()), never above ceiling.
    static qint64 answerCap(const RuntimeCommand &command, qint64 ceiling);
};
