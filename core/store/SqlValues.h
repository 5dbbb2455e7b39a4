#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

namespace careerdesk::SqlValues {

// How domain values are stored: times as UTC ISO 8601 text with milliseconds (so that text order is
// time order), dates as ISO dates, absent ids and times as NULL, string lists as JSON arrays.
QVariant fromDateTime(const QDateTime& time);
QVariant fromDate(const QDate& date);
QVariant fromId(qint64 id);
QVariant fromText(const QString& text);
QVariant fromStringList(const QStringList& list);

QDateTime toDateTime(const QVariant& value);
QDate toDate(const QVariant& value);
qint64 toId(const QVariant& value);
QStringList toStringList(const QVariant& value);

} // namespace careerdesk::SqlValues
