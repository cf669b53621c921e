#include "models/metricinfo.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

QString MetricInfo::name(Metric metric)
{
    switch (metric) {
    case Metric::SessionRate:
        return QCoreApplication::translate("Metric", "Sessions/s");
    case Metric::RequestRate:
        return QCoreApplication::translate("Metric", "Requests/s");
    case Metric::LbRate:
        return QCoreApplication::translate("Metric", "Balancer picks/s");
    case Metric::BytesInRate:
        return QCoreApplication::translate("Metric", "Bytes in/s");
    case Metric::BytesOutRate:
        return QCoreApplication::translate("Metric", "Bytes out/s");
    case Metric::Http2xxRate:
        return QCoreApplication::translate("Metric", "2xx responses/s");
    case Metric::Http3xxRate:
        return QCoreApplication::translate("Metric", "3xx responses/s");
    case Metric::Http4xxRate:
        return QCoreApplication::translate("Metric", "4xx responses/s");
    case Metric::Http5xxRate:
        return QCoreApplication::translate("Metric", "5xx responses/s");
    case Metric::ConnectionErrorRate:
        return QCoreApplication::translate("Metric", "Connection errors/s");
    case Metric::ResponseErrorRate:
        return QCoreApplication::translate("Metric", "Response errors/s");
    case Metric::CurrentSessions:
        return QCoreApplication::translate("Metric", "Current sessions");
    case Metric::Queue:
        return QCoreApplication::translate("Metric", "Queued requests");
    case Metric::ResponseTime:
        return QCoreApplication::translate("Metric", "Response time");
    case Metric::TotalTime:
        return QCoreApplication::translate("Metric", "Total time");
    case Metric::Count:
        break;
    }
    return {};
}

QString MetricInfo::unit(Metric metric)
{
    switch (metric) {
    case Metric::SessionRate:
        return QCoreApplication::translate("Metric", "sess/s");
    case Metric::RequestRate:
        return QCoreApplication::translate("Metric", "req/s");
    case Metric::LbRate:
        return QCoreApplication::translate("Metric", "picks/s");
    case Metric::BytesInRate:
    case Metric::BytesOutRate:
        return QCoreApplication::translate("Metric", "B/s");
    case Metric::Http2xxRate:
    case Metric::Http3xxRate:
    case Metric::Http4xxRate:
    case Metric::Http5xxRate:
        return QCoreApplication::translate("Metric", "resp/s");
    case Metric::ConnectionErrorRate:
    case Metric::ResponseErrorRate:
        return QCoreApplication::translate("Metric", "err/s");
    case Metric::CurrentSessions:
        return QCoreApplication::translate("Metric", "sessions");
    case Metric::Queue:
        return QCoreApplication::translate("Metric", "requests");
    case Metric::ResponseTime:
    case Metric::TotalTime:
        return QCoreApplication::translate("Metric", "ms");
    case Metric::Count:
        break;
    }
    return {};
}

bool MetricInfo::isRate(Metric metric)
{
    return int(metric) < CounterMetricCount;
}

QString MetricInfo::format(Metric metric, double value)
{
    if (std::isnan(value))
        return QStringLiteral("\u2013");
    const bool bytes = metric == Metric::BytesInRate || metric == Metric::BytesOutRate;
    const bool milliseconds = metric == Metric::ResponseTime || metric == Metric::TotalTime;
    // SI prefixes (1 kB = 1,000 B), as network rates are usually given.
    static const char *const prefixes[] = { "", "k", "M", "G", "T" };
    int prefix = 0;
    double scaled = value;
    if (bytes || isRate(metric)) {
        while (std::abs(scaled) >= 999.95 && prefix < 4) {
            scaled /= 1000;
            ++prefix;
        }
    }
    // Three significant digits at most: "1.23", "12.5", "123"; whole numbers without ".0".
    const double magnitude = std::abs(scaled);
    int decimals = magnitude < 9.995 ? 2 : magnitude < 99.95 ? 1 : 0;
    if (milliseconds)
        decimals = std::min(decimals, 1);
    QString number = QLocale().toString(scaled, 'f', decimals);
    if (decimals > 0) {
        const QString zero = QLocale().zeroDigit();
        while (number.endsWith(zero))
            number.chop(zero.size());
        const QString point = QLocale().decimalPoint();
        if (number.endsWith(point))
            number.chop(point.size());
    }
    const QString unitText = unit(metric);
    if (bytes)
        return number + u' ' + QLatin1StringView(prefixes[prefix]) + unitText;
    return number + QLatin1StringView(prefixes[prefix]) + u' ' + unitText;
}
