#include "core/protocol/sslcertcommands.h"

#include "core/protocol/commandbuilder_p.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SslCertCommands)
};

using Effect = RuntimeCommand::Effect;
using Rule = RuntimeCommand::SuccessRule;
using Built = Result<RuntimeCommand>;
using Bytes = Result<QByteArray>;
using CommandBuilderPrivate::finish;

constexpr qsizetype MaxNameBytes = 1024;

bool isBase64Line(const QString &line)
{
    return !line.isEmpty() && std::all_of(line.cbegin(), line.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+'
            || c == u'/' || c == u'=';
    });
}

// "-----BEGIN CERTIFICATE-----" -> "CERTIFICATE"; empty when line is not that form.
QString pemLabel(const QString &line, QLatin1StringView word)
{
    const QString head = QStringLiteral("-----") + word + u' ';
    if (!line.startsWith(head) || !line.endsWith(QLatin1StringView("-----"))
        || line.size() <= head.size() + 5)
        return {};
    return line.mid(head.size(), line.size() - head.size() - 5);
}

// Every line of pem is inside a BEGIN/END pair; a message for the first that is not.
QString pemProblem(const QStringList &lines, bool *hasCertificate)
{
    QString open;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int n = int(i + 1);
        if (line.isEmpty())
            return Tr::tr("line %1 is empty; HAProxy would end the payload there").arg(n);
        if (open.isEmpty()) {
            open = pemLabel(line, QLatin1StringView("BEGIN"));
            if (open.isEmpty())
                return Tr::tr("line %1 is outside a PEM block (expected -----BEGIN ...-----)").arg(n);
            if (open == QLatin1StringView("CERTIFICATE"))
                *hasCertificate = true;
        } else if (const QString end = pemLabel(line, QLatin1StringView("END")); !end.isEmpty()) {
            if (end != open)
                return Tr::tr("line %1 ends a %2 block inside a %3 block").arg(n).arg(end, open);
            open.clear();
        } else if (!isBase64Line(line)) {
            return Tr::tr("line %1 of the %2 block is not base64 (an encrypted key cannot be loaded)")
                .arg(n)
                .arg(open);
        }
    }
    if (!open.isEmpty())
        return Tr::tr("the %1 block has no END line").arg(open);
    return {};
}

Built certCommand(const QByteArray &verb, const QString &name, Effect effect, AccessLevel level, Rule rule,
    const QByteArray &expected = {})
{
    const Bytes file = SslCertCommands::fileName(name, Tr::tr("certificate name"));
    if (!file)
        return Built::failure(file.error());
    return finish(verb + ' ' + *file, effect, level, rule, expected);
}

} // namespace

Result<QByteArray> SslCertCommands::fileName(const QString &name, const QString &what)
{
    if (name.isEmpty())
        return Bytes::failure(Tr::tr("%1 is empty").arg(what));
    for (const QChar c : name) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c == u';' || c == u'\\' || c == u'#')
            return Bytes::failure(Tr::tr("%1 '%2' holds a space, a control character, ';', '\\' or '#', "
                                         "which cannot be sent safely")
                                      .arg(what, name.left(64)));
    }
    const QByteArray bytes = name.toUtf8();
    if (bytes.size() > MaxNameBytes)
        return Bytes::failure(Tr::tr("%1 is %2 bytes long; the limit is %3 bytes")
                                  .arg(what)
                                  .arg(bytes.size())
                                  .arg(MaxNameBytes));
    if (bytes.startsWith("<<") || bytes.startsWith('*'))
        return Bytes::failure(Tr::tr("%1 '%2' cannot start with '<<' or '*'").arg(what, name.left(64)));
    return bytes;
}

Result<QByteArray> SslCertCommands::pemPayload(const QString &pem)
{
    QString text = pem;
    text.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text.isEmpty())
        return Bytes::failure(Tr::tr("the certificate is empty"));
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\n') || c.unicode() >= 0x7f)
            return Bytes::failure(
                Tr::tr("the certificate holds a control or non-ASCII character; PEM is ASCII"));
    }
    bool hasCertificate = false;
    const QString problem = pemProblem(text.split(u'\n'), &hasCertificate);
    if (!problem.isEmpty())
        return Bytes::failure(problem);
    if (!hasCertificate)
        return Bytes::failure(Tr::tr("the PEM holds no CERTIFICATE block"));
    return text.toLatin1();
}

RuntimeCommand SslCertCommands::showCerts()
{
    return finish("show ssl cert", Effect::Read, AccessLevel::Operator)
        .value()
        .setMaxAnswerBytes(RuntimeCommand::DumpAnswerBytes);
}

Result<RuntimeCommand> SslCertCommands::showCert(const QString &name)
{
    const bool transaction = name.startsWith(u'*');
    const Bytes file = fileName(transaction ? name.mid(1) : name, Tr::tr("certificate name"));
    if (!file)
        return Built::failure(file.error());
    return finish(
        "show ssl cert " + QByteArray(transaction ? "*" : "") + *file, Effect::Read, AccessLevel::Operator);
}

RuntimeCommand SslCertCommands::showCrtLists()
{
    return finish("show ssl crt-list", Effect::Read, AccessLevel::Operator)
        .value()
        .setMaxAnswerBytes(RuntimeCommand::DumpAnswerBytes);
}

Result<RuntimeCommand> SslCertCommands::showCrtList(const QString &list, bool lineNumbers)
{
    const Bytes file = fileName(list, Tr::tr("crt-list name"));
    if (!file)
        return Built::failure(file.error());
    Built built = finish(QByteArray("show ssl crt-list ") + (lineNumbers ? "-n " : "") + *file, Effect::Read,
        AccessLevel::Operator);
    if (built)
        built.value().setMaxAnswerBytes(RuntimeCommand::DumpAnswerBytes);
    return built;
}

Result<RuntimeCommand> SslCertCommands::setCert(const QString &name, const QString &pem)
{
    const Bytes payload = pemPayload(pem);
    if (!payload)
        return Built::failure(payload.error());
    const Bytes file = fileName(name, Tr::tr("certificate name"));
    if (!file)
        return Built::failure(file.error());
    Built built = finish("set ssl cert " + *file + " <<", Effect::Write, AccessLevel::Admin,
        Rule::ExpectedMessage, "Transaction ", CommandBuilderPrivate::Payload::Allowed);
    if (!built)
        return built;
    // HAProxy collects the command and its payload in one buffer of the size of a line.
    const qsizetype total = built->line().size() + 1 + payload->size() + 2;
    if (total > RuntimeCommand::MaxLineBytes)
        return Built::failure(Tr::tr("the command and its certificate are %1 bytes long; HAProxy reads at "
                                     "most %2 bytes")
                                  .arg(total)
                                  .arg(RuntimeCommand::MaxLineBytes));
    RuntimeCommand command = *built;
    command.setPayload(*payload);
    if (!command.isValid())
        return Built::failure(Tr::tr("the certificate could not be attached to the command"));
    return command;
}

Result<RuntimeCommand> SslCertCommands::commitCert(const QString &name)
{
    return certCommand(
        "commit ssl cert", name, Effect::Write, AccessLevel::Admin, Rule::CommitMessage, "Committing ");
}

Result<RuntimeCommand> SslCertCommands::abortCert(const QString &name)
{
    return certCommand("abort ssl cert", name, Effect::Write, AccessLevel::Admin, Rule::ExpectedMessage,
        "Transaction aborted");
}
