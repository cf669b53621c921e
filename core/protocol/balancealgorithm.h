#pragma once

#include <QByteArrayView>

// What a backend's balance algorithm (the `algo` column of `show stat`) allows at runtime.
namespace BalanceAlgorithm {

// static-rr: no servers added at runtime, and weights only 0 % or 100 % of the initial one.
inline bool isStatic(QByteArrayView algo)
{
    return algo == "static-rr";
}

// Hashing whose hash-type `show stat` does not tell: map-based (the default) refuses dynamic
// servers and weights other than 0 %/100 %; consistent hashing takes both.
inline bool isHash(QByteArrayView algo)
{
    return algo == "source" || algo == "uri" || algo == "url_param" || algo.startsWith("hdr")
        || algo == "rdp-cookie" || algo.startsWith("hash");
}

} // namespace BalanceAlgorithm
