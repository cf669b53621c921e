#pragma once

#include "core/parsers/mapparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// One entry of a map or ACL file, with the line it was read from (1-based).
struct MapFileEntry
{
    QByteArray key; // the map key, or the whole ACL pattern
    QByteArray value; // maps only: the rest of the line after the blanks that follow the key
    int line = 0;
    bool operator==(const MapFileEntry &) const = default;
};

// How one live entry stands against the file HAProxy loaded it from.
enum class MapFileState {
    Unknown, // not compared
    Same, // the file has this key with this value
    Differs, // the file has this key with another value (maps)
    NotInFile, // added at runtime: a reload would lose it
    OnlyInFile, // in the file, no longer live: a reload would bring it back
};

// What comparing live entries with a file found: one state per live entry, in their order,
// and the file's entries that no live entry accounts for.
struct MapFileComparison
{
    QList<MapFileState> liveStates;
    QList<QByteArray> fileValues; // per live entry: the file's value where it Differs, else empty
    QList<MapFileEntry> onlyInFile;
    int same = 0;
    int differs = 0;
    int notInFile = 0;
    int differences() const { return differs + notInFile + int(onlyInFile.size()); }
};

// A file's text as HAProxy writes it out by export.
struct MapFileText
{
    QByteArray text;
    // Entries that the file format cannot hold as they are (a map key with blanks, a key
    // starting with '#', a line break): loading the text again would not give them back.
    QStringList problems;
};

// HAProxy's map and ACL file format (pattern.c, pat_ref_read_from_file[_smp]): one entry per
// line; a line whose first character is '#' is a comment (" #k" is the key "#k"); leading
// blanks (spaces, tabs) are skipped and blank lines ignored; a line ends at LF, CR or NUL. A map
// line is a key up to the first blank, then, after the blanks that follow, the value: the rest
// of the line, blanks inside kept and blanks at its end dropped. An ACL line is one pattern,
// the rest of the line after the leading blanks, blanks at its end kept. (Seen on 2.6 and 3.0.)
class MapFile
{
    Q_DECLARE_TR_FUNCTIONS(MapFile)

public:
    using Kind = MapParser::Kind;

    static QList<MapFileEntry> parse(QByteArrayView text, Kind kind);

    // Live entries (`show map|acl <m>`) against a file's entries. A key listed several times is
    // matched occurrence by occurrence, in order (HAProxy keeps duplicates and matches the first).
    static MapFileComparison compare(
        const QList<PatternEntry> &live, const QList<MapFileEntry> &file, Kind kind);

    // The live entries as a file that parse() reads back to the same entries, in the same order.
    static MapFileText format(const QList<PatternEntry> &live, Kind kind);
};
