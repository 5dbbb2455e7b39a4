#include "RecordReader.h"

#include "SqlValues.h"

#include <QCoreApplication>

namespace careerdesk {

RecordReader::RecordReader(const QSqlRecord& record, const QString& table)
    : m_record(record)
    , m_table(table)
{}

QVariant RecordReader::value(const char* column)
{
    const int index = m_record.indexOf(QLatin1String(column));
    if (index < 0) {
        fail(column, QCoreApplication::translate("RecordReader", "the column is missing"));
        return {};
    }
    return m_record.value(index);
}

void RecordReader::fail(const char* column, const QString& why)
{
    if (!m_error.isEmpty())
        return;
    m_error = QCoreApplication::translate("RecordReader", "The database holds a value CareerDesk cannot read "
                                                          "(table %1, row %2, column %3): %4")
                  .arg(m_table, m_record.value(QStringLiteral("id")).toString(), QLatin1String(column), why);
}

qint64 RecordReader::id(const char* column)
{
    return SqlValues::toId(value(column));
}

QString RecordReader::text(const char* column)
{
    return value(column).toString();
}

bool RecordReader::boolean(const char* column)
{
    return value(column).toBool();
}

qint64 RecordReader::integer(const char* column)
{
    return value(column).toLongLong();
}

bool RecordReader::isNull(const char* column) const
{
    return m_record.isNull(QLatin1String(column));
}

QDateTime RecordReader::time(const char* column)
{
    const QVariant raw = value(column);
    const QDateTime parsed = SqlValues::toDateTime(raw);
    if (!raw.isNull() && !parsed.isValid())
        fail(column, QCoreApplication::translate("RecordReader", "\"%1\" is not a time").arg(raw.toString()));
    return parsed;
}

QDate RecordReader::date(const char* column)
{
    const QVariant raw = value(column);
    const QDate parsed = SqlValues::toDate(raw);
    if (!raw.isNull() && !parsed.isValid())
        fail(column, QCoreApplication::translate("RecordReader", "\"%1\" is not a date").arg(raw.toString()));
    return parsed;
}

QStringList RecordReader::list(const char* column)
{
    return SqlValues::toStringList(value(column));
}

} // namespace careerdesk
