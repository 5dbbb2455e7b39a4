#pragma once

#include "domain/EnumStrings.h"
#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlRecord>
#include <QStringList>

namespace careerdesk {

// Reads the columns of one stored row by name. Contents that do not make sense (an enum value this
// program does not know, a malformed time) are collected as an error naming the table, row and
// column, so that damaged data is reported instead of shown as something it is not.
class RecordReader
{
public:
    RecordReader(const QSqlRecord& record, const QString& table);

    qint64 id(const char* column = "id");
    QString text(const char* column);
    bool boolean(const char* column);
    qint64 integer(const char* column);
    bool isNull(const char* column) const;
    QDateTime time(const char* column);
    QDate date(const char* column);
    QStringList list(const char* column);

    template <typename E> E enumValue(const char* column)
    {
        auto parsed = enumFromKey<E>(text(column));
        if (!parsed) {
            fail(column, parsed.errorMessage());
            return EnumTraits<E>::entries[0].value;
        }
        return *parsed;
    }

    template <typename T> Result<T> finish(T value) const
    {
        if (!m_error.isEmpty())
            return Error{m_error};
        return value;
    }

private:
    QVariant value(const char* column);
    void fail(const char* column, const QString& why);

    const QSqlRecord& m_record;
    QString m_table;
    QString m_error;
};

} // namespace careerdesk
