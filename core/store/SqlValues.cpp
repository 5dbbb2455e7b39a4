#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace careerdesk::SqlValues {

QVariant fromDateTime(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant fromDate(const QDate& date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QVariant fromId(qint64 id)
{
    if (id <= 0)
        return QVariant(QMetaType::fromType<qlonglong>());
    return id;
}

QVariant fromText(const QString& text)
{
    // A null QString would bind as SQL NULL; stored text columns are NOT NULL.
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant fromStringList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QDateTime toDateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return value.toDateTime().toUTC();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

QDate toDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDate>())
        return value.toDate();
    return QDate::fromString(value.toString(), Qt::ISODate);
}

qint64 toId(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QStringList toStringList(const QVariant& value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const auto& item : array)
        list << item.toString();
    return list;
}

} // namespace careerdesk::SqlValues
