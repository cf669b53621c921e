#include "core/storage/csvwriter.h"

CsvWriter::CsvWriter(LineEnd lineEnd)
    : m_lineEnd(lineEnd)
{ }

QString CsvWriter::field(const QString &text)
{
    if (!text.contains(u'"') && !text.contains(u',') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void CsvWriter::addRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += u',';
        m_text += field(fields.at(i));
    }
    m_text += m_lineEnd == LineEnd::CrLf ? QStringLiteral("\r\n") : QStringLiteral("\n");
}
