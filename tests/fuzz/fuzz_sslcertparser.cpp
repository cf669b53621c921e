// Fuzzes SslCertParser with arbitrary `show ssl cert [name]` answers and certificate dates.
#include "core/parsers/sslcertparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView answer(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto list = SslCertParser::parseList(answer);
    if (!list.ok() && list.error().isEmpty())
        std::abort();
    const auto cert = SslCertParser::parseCert(answer);
    if (!cert.ok()) {
        if (cert.error().isEmpty())
            std::abort();
    } else {
        // A parsed date is UTC or invalid, never local time.
        if (cert->notAfter.isValid() && cert->notAfter.timeSpec() != Qt::UTC)
            std::abort();
        cert->daysLeft(QDateTime(QDate(2026, 12, 5), QTime(0, 0), Qt::UTC));
    }
    SslCertParser::parseDate(answer);
    return 0;
}
