#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

// A recorded HAProxy answer from tests/data/ (QFINDTESTDATA looks in the test sources' folder,
// which every test names with QT_TESTCASE_SOURCEDIR). A missing file stops the test at once.
inline QByteArray readData(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}
