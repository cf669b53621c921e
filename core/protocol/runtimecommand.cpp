#include "core/protocol/runtimecommand.h"

#include "core/logging.h"

#include <QList>

RuntimeCommand RuntimeCommand::make(
    QByteArray line, Effect effect, AccessLevel requiredLevel, SuccessRule rule, QByteArray expectedMessage)
{
    // CommandBuilder validates before calling; this is the last line of defence, so a
    // bug there can never put a second command on the wire. A real check in every build
    // (not an assertion): the command comes back invalid, and nothing can send it.
    RuntimeCommand command;
    if (line.contains('\n') || line.contains('\r') || line.contains('\0') || line.size() > MaxLineBytes) {
        qCWarning(lcProtocol, "refused a command line of %lld bytes with a line break, NUL or too long",
            static_cast<long long>(line.size()));
        return command;
    }
    command.m_line = std::move(line);
    command.m_effect = effect;
    command.m_requiredLevel = requiredLevel;
    command.m_rule = rule;
    command.m_expected = std::move(expectedMessage);
    return command;
}

QByteArrayView RuntimeCommand::payloadMarker(QByteArrayView line)
{
    if (line.endsWith("<<"))
        return line.sliced(line.size() - 2);
    qsizetype start = line.size();
    while (start > 0 && line.at(start - 1) != ' ' && line.at(start - 1) != '\t')
        --start;
    const QByteArrayView last = line.sliced(start);
    return last.startsWith("<<") ? last : QByteArrayView();
}

QByteArray RuntimeCommand::payloadEnd() const
{
    const QByteArrayView marker = payloadMarker(m_line);
    return marker.size() > 2 ? marker.sliced(2).toByteArray() : QByteArray();
}

RuntimeCommand &RuntimeCommand::setPayload(QByteArray payload)
{
    // A line that ends the payload inside it would end it early and run what follows as
    // commands; CommandBuilder checks this, and this is the last line of defence.
    const QByteArray end = payloadEnd();
    const bool endsEarly = end.isEmpty()
        ? payload.contains("\n\n") || payload.startsWith('\n') || payload.endsWith('\n')
        : payload.split('\n').contains(end);
    const bool bad = payloadMarker(m_line).isEmpty() || payload.isEmpty() || endsEarly
        || payload.contains('\r') || payload.contains('\0');
    if (bad) {
        qCWarning(lcProtocol, "refused a payload that would end early or hold CR/NUL");
        *this = RuntimeCommand();
        return *this;
    }
    m_payload = std::move(payload);
    return *this;
}

QByteArray RuntimeCommand::masterPrefix() const
{
    switch (m_target) {
    case Target::CurrentWorker:
        return QByteArrayLiteral("@1 ");
    case Target::Master:
        return {};
    case Target::Worker:
        return "@!" + QByteArray::number(m_workerPid) + ' ';
    }
    return {};
}
