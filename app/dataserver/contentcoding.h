#pragma once

#include <QByteArray>
#include <QString>

namespace ioc {

// Compression on the wire (RFC 9110 content codings): zstd where the client takes it, gzip
// otherwise, nothing for a client that asks for neither. Qt's network client, the console's,
// sends "Accept-Encoding: zstd, br, gzip, deflate" and inflates what it gets by itself.
namespace contentcoding {

constexpr qsizetype kMinBytes = 1024; // smaller bodies are sent as they are

// "zstd", "gzip" or empty (identity), from a request's Accept-Encoding header; a coding given
// q=0 is refused
QByteArray choose(const QByteArray &acceptEncoding);
// The body in that coding (zstd level 1, gzip level 6); empty on a failure or for identity.
QByteArray encode(const QByteArray &body, const QByteArray &coding);
// The file `from` in that coding, written to `to` a megabyte at a time (never held whole) by
// way of "to.part", renamed when complete; empty when done, else what went wrong.
QString encodeFile(const QString &from, const QString &to, const QByteArray &coding);

} // namespace contentcoding
} // namespace ioc
