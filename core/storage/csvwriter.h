#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Builds CSV text as spreadsheets and RFC 4180 read it: a field holding a quote, a comma, a
// carriage return or a line feed is quoted, its quotes doubled. The audit log's export and
// the chart's both write through it.
class CsvWriter
{
public:
    enum class LineEnd { CrLf, Lf };

    explicit CsvWriter(LineEnd lineEnd = LineEnd::CrLf);

    // One field as it goes in a line.
    static QString field(const QString &text);
    // One line of fields (quoted as needed), then the line end.
    void addRow(const QStringList &fields);
    QString text() const { return m_text; }
    QByteArray toUtf8() const { return m_text.toUtf8(); }

private:
    QString m_text;
    LineEnd m_lineEnd;
};
