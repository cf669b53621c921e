#pragma once

// Shared by the files of CommandBuilder (commandbuilder.cpp: built commands;
// commandbuilder_typed.cpp: lines typed in the console); not part of its interface.

#include "core/protocol/runtimecommand.h"
#include "core/result.h"

#include <QCoreApplication>

namespace CommandBuilderPrivate {

// Messages of these files are translated in the "CommandBuilder" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandBuilder)
};

using Effect = RuntimeCommand::Effect;
using Rule = RuntimeCommand::SuccessRule;
using Built = Result<RuntimeCommand>;

// `wait` covers the time HAProxy waits plus the round trip; the connection must not
// give up first.
constexpr int WaitMarginMs = 5000;

enum class Payload { Refused, Allowed };

// The last gate before a command exists: every line, built or typed, passes here.
Built finish(QByteArray line, Effect effect, AccessLevel level, Rule rule = Rule::AnyAnswer,
    QByteArray expected = {}, Payload payload = Payload::Refused);

} // namespace CommandBuilderPrivate
