#include "core/protocol/mapcommands.h"

#include "core/protocol/commandbuilder_p.h"

using namespace CommandBuilderPrivate;

namespace {

using Target = MapCommands::Target;
using Kind = MapCommands::Kind;
using Word = Result<QByteArray>;

constexpr qint64 MaxVersion = 0xffffffffll; // HAProxy keeps versions as unsigned int

QByteArray kindWord(Kind kind)
{
    return kind == Kind::Map ? QByteArrayLiteral("map") : QByteArrayLiteral("acl");
}

// What HAProxy would misread in a text that goes on a line. Empty when it is safe; spaces
// are the caller's question (a value in a payload may hold them).
QString textProblem(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return MapCommands::tr("the %1 is empty").arg(what);
    if (text.contains(u'\n') || text.contains(u'\r'))
        return MapCommands::tr("the %1 contains a line break").arg(what);
    if (text.contains(u';'))
        return MapCommands::tr("the %1 contains ';', which HAProxy reads as the end of a command").arg(what);
    if (text.contains(u'\\'))
        return MapCommands::tr("the %1 contains '\\', which HAProxy reads as an escape").arg(what);
    if (text.startsWith(QLatin1String("<<"))) {
        return MapCommands::tr("the %1 starts with '<<', which makes HAProxy read the following lines as a "
                               "payload")
            .arg(what);
    }
    for (const QChar c : text) {
        if (c != u' ' && (c.category() == QChar::Other_Control || c.isSurrogate()))
            return MapCommands::tr("the %1 contains a control character").arg(what);
    }
    return {};
}

// One word of a command line: no space either (HAProxy splits words on spaces).
// `spaceProblem` replaces the general message about a space when it says more.
Word word(const QString &text, const QString &what, const QString &spaceProblem = {})
{
    QString problem = textProblem(text, what);
    if (problem.isEmpty() && text.contains(u' ')) {
        problem = !spaceProblem.isEmpty()
            ? spaceProblem
            : MapCommands::tr("the %1 contains a space; HAProxy would split it into several words").arg(what);
    }
    if (!problem.isEmpty())
        return Word::failure(problem);
    return text.toUtf8();
}

Word reference(const Target &target)
{
    const QString what =
        target.kind == Kind::Map ? MapCommands::tr("map reference") : MapCommands::tr("ACL reference");
    const Word ref = word(target.reference, what);
    if (!ref)
        return ref;
    if (ref->startsWith('@'))
        return Word::failure(
            MapCommands::tr("the %1 starts with '@', which HAProxy reads as a version").arg(what));
    if (ref->startsWith('#')) {
        const QByteArray id = ref->sliced(1);
        bool ok = false;
        id.toUInt(&ok);
        if (!ok || id.startsWith('+') || id.startsWith('-'))
            return Word::failure(
                MapCommands::tr("the %1 '%2' is neither #<number> nor a file").arg(what, target.reference));
    }
    return ref;
}

Word version(qint64 ver)
{
    if (ver == MapCommands::NoVersion)
        return QByteArray();
    if (ver < 0 || ver > MaxVersion)
        return Word::failure(MapCommands::tr("version %1 is out of range (0-%2)").arg(ver).arg(MaxVersion));
    return QByteArray('@' + QByteArray::number(ver) + ' ');
}

// "<verb> map|acl [@<ver> ]<ref>": the start every command of the family shares.
Word subject(QByteArrayView verb, const Target &target, qint64 ver = MapCommands::NoVersion)
{
    const Word v = version(ver);
    if (!v)
        return v;
    const Word ref = reference(target);
    if (!ref)
        return ref;
    return QByteArray(verb.toByteArray() + ' ' + kindWord(target.kind) + ' ' + *v + *ref);
}

// A key of set/del: a leading '#' would make HAProxy read it as an entry's reference.
Word lookupKey(const QString &key)
{
    const Word k = word(key, MapCommands::tr("key"));
    if (k && k->startsWith('#'))
        return Word::failure(MapCommands::tr("the key '%1' starts with '#', which HAProxy reads as an entry "
                                             "reference; use the reference form")
                                 .arg(key));
    return k;
}

Word entryRef(const QString &ref)
{
    QString text = ref.startsWith(u'#') ? ref.mid(1) : ref;
    bool ok = false;
    if (text.startsWith(QLatin1String("0x")))
        text.mid(2).toULongLong(&ok, 16);
    if (!ok || text.contains(u'+') || text.contains(u'-') || text.contains(u' '))
        return Word::failure(MapCommands::tr("the entry reference '%1' is not of the form 0x<hex>").arg(ref));
    return QByteArray('#' + text.toLatin1());
}

Built write(const QByteArray &line, Rule rule = Rule::EmptyAnswer, const QByteArray &expected = {})
{
    return finish(line, Effect::Write, AccessLevel::User, rule, expected);
}

Built read(const QByteArray &line)
{
    Built built = finish(line, Effect::Read, AccessLevel::User);
    if (built)
        built.value().setMaxAnswerBytes(RuntimeCommand::DumpAnswerBytes);
    return built;
}

} // namespace

RuntimeCommand MapCommands::showList(Kind kind)
{
    return RuntimeCommand::make("show " + kindWord(kind), Effect::Read, AccessLevel::User)
        .setMaxAnswerBytes(RuntimeCommand::DumpAnswerBytes);
}

Result<RuntimeCommand> MapCommands::showEntries(const Target &target, qint64 ver)
{
    const Word line = subject("show", target, ver);
    if (!line)
        return Built::failure(line.error());
    return read(*line);
}

Result<RuntimeCommand> MapCommands::get(const Target &target, const QString &sample)
{
    const Word line = subject("get", target);
    if (!line)
        return Built::failure(line.error());
    const Word s = word(sample, tr("sample"));
    if (!s)
        return Built::failure(s.error());
    return finish(*line + ' ' + *s, Effect::Read, AccessLevel::User);
}

Result<RuntimeCommand> MapCommands::add(const Target &target, const Entry &entry, qint64 ver)
{
    const Word head = subject("add", target, ver);
    if (!head)
        return Built::failure(head.error());
    const Word key = word(entry.key, target.kind == Kind::Map ? tr("key") : tr("pattern"));
    if (!key)
        return Built::failure(key.error());
    QByteArray line = *head + ' ' + *key;
    if (target.kind == Kind::Map) {
        // HAProxy keeps the value's first word and drops the rest without a word.
        const Word value = word(entry.value, tr("value"),
            tr("the value contains a space; the one-line 'add map' would keep only its first word (use the "
               "form with many entries)"));
        if (!value)
            return Built::failure(value.error());
        line += ' ' + *value;
    } else if (!entry.value.isEmpty()) {
        return Built::failure(tr("an ACL entry has no value"));
    }
    return write(line);
}

qsizetype MapCommands::payloadBytes(const Entry &entry)
{
    return entry.key.toUtf8().size() + 1 + entry.value.toUtf8().size() + 1;
}

Result<RuntimeCommand> MapCommands::addMany(const Target &target, const QList<Entry> &entries, qint64 ver)
{
    if (target.kind != Kind::Map)
        return Built::failure(tr("HAProxy adds ACL patterns one per command (no payload form)"));
    if (entries.isEmpty())
        return Built::failure(tr("there are no entries to add"));
    const Word head = subject("add", target, ver);
    if (!head)
        return Built::failure(head.error());
    QByteArray payload;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        const Word key = word(e.key, tr("key"));
        QString problem = key ? textProblem(e.value, tr("value")) : key.error();
        if (problem.isEmpty() && (e.value.startsWith(u' ') || e.value.endsWith(u' ')))
            problem = tr("the value starts or ends with a space, which HAProxy would drop");
        if (!problem.isEmpty())
            return Built::failure(tr("entry %1: %2").arg(i + 1).arg(problem));
        if (!payload.isEmpty())
            payload += '\n';
        payload += *key + ' ' + e.value.toUtf8();
    }
    Built built =
        finish(*head + " <<", Effect::Write, AccessLevel::User, Rule::EmptyAnswer, {}, Payload::Allowed);
    if (!built)
        return built;
    // The command and its payload share HAProxy's line buffer.
    const qsizetype total = built->line().size() + 1 + payload.size() + 2;
    if (total > MaxPayloadBytes) {
        return Built::failure(
            tr("the entries take %1 bytes; HAProxy reads at most %2 bytes per command with its payload")
                .arg(total)
                .arg(MaxPayloadBytes));
    }
    built.value().setPayload(payload);
    if (!built->isValid())
        return Built::failure(tr("the payload could not be attached to the command"));
    return built;
}

static Built setLine(const Target &target, const Word &selector, const QString &value)
{
    if (!selector)
        return Built::failure(selector.error());
    if (target.kind != Kind::Map)
        return Built::failure(MapCommands::tr("an ACL entry has no value to set"));
    const Word head = subject("set", target);
    if (!head)
        return Built::failure(head.error());
    const Word v = word(value, MapCommands::tr("value"),
        MapCommands::tr("the value contains a space; 'set map' would keep only its first word"));
    if (!v)
        return Built::failure(v.error());
    return write(*head + ' ' + *selector + ' ' + *v);
}

static Built delLine(const Target &target, const Word &selector)
{
    if (!selector)
        return Built::failure(selector.error());
    const Word head = subject("del", target);
    if (!head)
        return Built::failure(head.error());
    return write(*head + ' ' + *selector);
}

Result<RuntimeCommand> MapCommands::setByKey(const Target &target, const QString &key, const QString &value)
{
    return setLine(target, lookupKey(key), value);
}

Result<RuntimeCommand> MapCommands::setByRef(const Target &target, const QString &ref, const QString &value)
{
    return setLine(target, entryRef(ref), value);
}

Result<RuntimeCommand> MapCommands::delByKey(const Target &target, const QString &key)
{
    return delLine(target, lookupKey(key));
}

Result<RuntimeCommand> MapCommands::delByRef(const Target &target, const QString &ref)
{
    return delLine(target, entryRef(ref));
}

Result<RuntimeCommand> MapCommands::clear(const Target &target, qint64 ver)
{
    const Word line = subject("clear", target, ver);
    if (!line)
        return Built::failure(line.error());
    return write(*line);
}

Result<RuntimeCommand> MapCommands::prepare(const Target &target)
{
    const Word line = subject("prepare", target);
    if (!line)
        return Built::failure(line.error());
    return write(*line, Rule::ExpectedMessage, "New version created: ");
}

Result<RuntimeCommand> MapCommands::commit(const Target &target, qint64 ver)
{
    if (ver == NoVersion)
        return Built::failure(tr("commit needs the version that prepare created"));
    const Word line = subject("commit", target, ver);
    if (!line)
        return Built::failure(line.error());
    return write(*line);
}

Result<qint64> MapCommands::preparedVersion(const QByteArray &answer)
{
    static const QByteArray prefix = "New version created: ";
    const QByteArray text = answer.trimmed();
    bool ok = false;
    const qint64 ver = text.startsWith(prefix) ? text.mid(prefix.size()).toLongLong(&ok) : -1;
    if (!ok || ver < 0 || ver > MaxVersion) {
        return Result<qint64>::failure(
            tr("HAProxy did not create a new version: \"%1\"").arg(QString::fromUtf8(text.left(200))));
    }
    return ver;
}
