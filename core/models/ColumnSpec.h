#pragma once

#include "domain/EnumStrings.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

namespace careerdesk {

// How a column is edited; the window builds a form editor of that kind for it.
enum class EditorKind { Text, LongText, Choice, Date, DateTime, Bool, Salary, Lines, Tags };

// The roles every area model answers besides Qt's own.
enum ModelRole {
    IdRole = Qt::UserRole, // the row's store id
    SortRole,              // a value that sorts right (dates, numbers, enum order)
    AttentionRole,         // true for rows that need the user: overdue, due for reflection
    EditorKindRole,        // header: EditorKind of the column
    ChoicesRole,           // header: for Choice columns, a list of {key, label} maps
    ReadOnlyRole,          // header: true when the column is shown but not edited
    InTableRole,           // header: false for columns only the detail form shows
};

struct ColumnSpec
{
    QString title;
    EditorKind editor = EditorKind::Text;
    bool readOnly = false;
    bool inTable = true;  // shown as a column of the table (else only in the detail form)
    QVariantList choices; // {key, label} maps for Choice columns
};

enum ColumnFlag { Editable = 0, ReadOnly = 1, FormOnly = 2 };

inline ColumnSpec column(const QString& title, EditorKind editor, int flags = Editable,
                         QVariantList choices = {})
{
    return ColumnSpec{title, editor, (flags & ReadOnly) != 0, (flags & FormOnly) == 0, std::move(choices)};
}

template <typename E> QVariantList choicesOf()
{
    QVariantList choices;
    for (const auto& entry : EnumTraits<E>::entries)
        choices << QVariantMap{{QStringLiteral("key"), QString::fromLatin1(entry.key)},
                               {QStringLiteral("label"), enumLabel(entry.value)}};
    return choices;
}

} // namespace careerdesk

namespace careerdesk {

template <typename E> bool assignEnum(E& target, const QVariant& value)
{
    auto parsed = enumFromKey<E>(value.toString());
    if (!parsed)
        return false;
    target = *parsed;
    return true;
}

inline QStringList linesOf(const QVariant& value)
{
    QStringList lines;
    for (const QString& line : value.toString().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

inline QStringList tagsOf(const QVariant& value)
{
    QStringList tags;
    for (const QString& tag : value.toString().split(QLatin1Char(','))) {
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    }
    return tags;
}

} // namespace careerdesk
