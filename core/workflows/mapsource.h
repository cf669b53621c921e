#pragma once

#include "core/protocol/mapcommands.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

// The new contents of a map or an ACL as a user writes them, in HAProxy's file format, read
// into entries for MapReplace. Lines are read as HAProxy reads the file at start (MapFile);
// then every entry is checked with MapCommands and a key given twice is refused, so a text
// that parses without problems is one MapReplace accepts.
class MapSource
{
    Q_DECLARE_TR_FUNCTIONS(MapSource)

public:
    struct Problem
    {
        int line = 0; // 1-based
        QString message;
    };

    struct Parsed
    {
        QList<MapCommands::Entry> entries; // in the order of the text
        QList<int> lines; // the line of each entry
        QList<Problem> problems; // empty: every entry can be sent
        bool ok() const { return problems.isEmpty(); }
    };

    static Parsed parse(QStringView text, const MapCommands::Target &target);
};
