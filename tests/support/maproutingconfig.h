#pragma once

#include "core/protocol/mapcommands.h"
#include "tests/support/haproxyfixture.h"

#include <QFile>
#include <QTemporaryDir>

// A haproxy whose frontend chooses the backend by a host map (a.example → be_a, b.example →
// be_b) and denies the addresses of an ACL file (10.0.0.0/8), both files in a test's folder:
// what the map and ACL tests edit and read back.
struct MapRoutingConfig
{
    MapCommands::Target map;
    MapCommands::Target acl;

    // Writes the two files into dir; false when it cannot.
    bool writeFiles(const QTemporaryDir &dir)
    {
        map = { MapCommands::Kind::Map, dir.filePath(QStringLiteral("hosts.map")) };
        acl = { MapCommands::Kind::Acl, dir.filePath(QStringLiteral("block.acl")) };
        return write(map.reference, "a.example be_a\nb.example be_b\n")
            && write(acl.reference, "10.0.0.0/8\n");
    }

    HaproxyFixture::Options options() const
    {
        HaproxyFixture::Options options;
        options.body = QStringLiteral("frontend fe\n"
                                      "    bind 127.0.0.1:${PORT:fe}\n"
                                      "    acl blocked src -f %1\n"
                                      "    http-request deny if blocked\n"
                                      "    use_backend %[req.hdr(host),lower,map(%2,be_a)]\n"
                                      "backend be_a\n"
                                      "    server s1 ${BACKEND:s1}\n"
                                      "backend be_b\n"
                                      "    server s2 ${BACKEND:s2}\n")
                           .arg(acl.reference, map.reference);
        return options;
    }

private:
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
};
