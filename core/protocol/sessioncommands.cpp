#include "core/protocol/sessioncommands.h"

#include "core/protocol/argumentvalidator.h"
#include "core/protocol/commandbuilder_p.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommands)
};

using Effect = RuntimeCommand::Effect;
using Rule = RuntimeCommand::SuccessRule;
using Built = Result<RuntimeCommand>;
using CommandBuilderPrivate::finish;

// Free-form dumps (captured request bytes, stream flags) answered on a connection of their own,
// never framed on the shared session's prompt.
Built freeFormDump(const QByteArray &line)
{
    Built built = finish(line, Effect::Read, AccessLevel::Operator);
    if (built)
        built.value().setMaxAnswerBytes(RuntimeCommand::DumpAnswerBytes).setRunsAlone(true);
    return built;
}

} // namespace

Result<QByteArray> SessionCommands::pointer(const QString &text)
{
    const bool hex = text.size() > 2 && text.size() <= 18 && text.startsWith(QLatin1StringView("0x"))
        && std::all_of(text.cbegin() + 2, text.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
           });
    if (!hex)
        return Result<QByteArray>::failure(
            Tr::tr("session '%1' is not a stream pointer (0x and up to 16 hex digits)").arg(text.left(40)));
    return text.toLatin1();
}

RuntimeCommand SessionCommands::showSessions()
{
    return freeFormDump("show sess").value();
}

Result<RuntimeCommand> SessionCommands::showSession(const QString &text)
{
    const Result<QByteArray> p = pointer(text);
    if (!p)
        return Built::failure(p.error());
    return freeFormDump("show sess " + *p);
}

Result<RuntimeCommand> SessionCommands::shutdownSession(const QString &text)
{
    const Result<QByteArray> p = pointer(text);
    if (!p)
        return Built::failure(p.error());
    return finish("shutdown session " + *p, Effect::Write, AccessLevel::Admin, Rule::EmptyAnswer);
}

Result<RuntimeCommand> SessionCommands::showErrors(const QString &proxy, Direction direction)
{
    QByteArray line = "show errors";
    QByteArray name = "-1"; // HAProxy's "every proxy", needed before a direction
    if (!proxy.isEmpty()) {
        const Result<QByteArray> valid = ArgumentValidator::name(proxy, Tr::tr("proxy name"));
        if (!valid)
            return Built::failure(valid.error());
        name = *valid;
    }
    if (!proxy.isEmpty() || direction != Direction::Both)
        line += ' ' + name;
    if (direction == Direction::Request)
        line += " request";
    else if (direction == Direction::Response)
        line += " response";
    return freeFormDump(line);
}
