#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace ioc {

// Enumerations written as keys in files and JSON ("bn_vnd", "ytd", "bars"): one table of
// (key, value) pairs read both ways.
template <typename E, size_t N> using KeyTable = std::array<std::pair<const char *, E>, N>;

template <typename E, size_t N>
std::optional<E> lookupKey(const KeyTable<E, N> &table, const QString &key)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.first))
            return entry.second;
    }
    return std::nullopt;
}

template <typename E, size_t N> QString keyOf(const KeyTable<E, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.second == value)
            return QString::fromLatin1(entry.first);
    }
    return {};
}

} // namespace ioc
