#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <utility>

namespace careerdesk {

// Each enum of the domain has one table that pairs its values with the seed's strings
// (stored in the database and files) and a human label (shown in the UI, translated).
template <typename E> struct EnumEntry
{
    E value;
    const char* key;   // the seed spelling, e.g. "IN_PROGRESS"
    const char* label; // source text for tr(), e.g. "In progress"
};

template <typename E> struct EnumTraits; // specialised beside each enum: static constexpr name and entries

template <typename E> QString enumKey(E value)
{
    for (const auto& entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E> QString enumLabel(E value)
{
    for (const auto& entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("EnumLabels", entry.label);
    }
    return {};
}

template <typename E> Result<E> enumFromKey(const QString& key)
{
    for (const auto& entry : EnumTraits<E>::entries) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return Error{QCoreApplication::translate("EnumStrings", "\"%1\" is not a valid %2")
                     .arg(key, QLatin1String(EnumTraits<E>::name))};
}

template <typename E> constexpr auto enumValues()
{
    std::array<E, std::tuple_size_v<decltype(EnumTraits<E>::entries)>> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = EnumTraits<E>::entries[i].value;
    return values;
}

} // namespace careerdesk
