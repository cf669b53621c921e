#include "views/chartexport.h"

#include "core/storage/atomicfile.h"
#include "core/storage/csvwriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QImage>
#include <QMap>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <cmath>

QImage ChartExport::grab(QChartView *view)
{
    // Qt Charts lays out axes, labels and legend on a posted event: without this, an export
    // right after a data change shows the previous tick's labels.
    if (QGraphicsLayout *layout = view->chart() ? view->chart()->layout() : nullptr)
        layout->activate();
    return view->grab().toImage();
}

QByteArray ChartExport::png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

QByteArray ChartExport::csv(const QList<Column> &columns, qint64 fromMs, qint64 toMs)
{
    CsvWriter csv(CsvWriter::LineEnd::Lf);
    QStringList header { QStringLiteral("time") };
    for (const Column &column : columns)
        header.append(column.label);
    csv.addRow(header);
    QMap<qint64, QList<double>> rows;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        for (const HistoryPoint &point : columns.at(c).points) {
            if (point.timeMs < fromMs || point.timeMs > toMs)
                continue;
            QList<double> &row = rows[point.timeMs];
            if (row.isEmpty())
                row.fill(std::nan(""), columns.size());
            row[c] = point.value;
        }
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList fields { QDateTime::fromMSecsSinceEpoch(it.key()).toUTC().toString(Qt::ISODateWithMs) };
        for (double value : it.value())
            fields.append(std::isnan(value) ? QString() : QString::number(value, 'g', 12));
        csv.addRow(fields);
    }
    return csv.toUtf8();
}

bool ChartExport::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString problem = AtomicFile::write(path, bytes, AtomicFile::Folders::MustExist);
    if (error)
        *error = problem;
    return problem.isEmpty();
}
