#include "SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace careerdesk::SqlQuery {

Result<QSqlQuery> run(const QSqlDatabase& connection, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{QCoreApplication::translate("SqlQuery", "The database could not prepare a statement: %1")
                         .arg(query.lastError().text())};
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{QCoreApplication::translate("SqlQuery", "The database refused a change: %1")
                         .arg(query.lastError().text())};
    return query;
}

Result<QVariant> scalar(const QSqlDatabase& connection, const QString& sql, const QVariantList& values)
{
    auto ran = run(connection, sql, values);
    if (!ran)
        return ran.error();
    QSqlQuery query = std::move(ran).value();
    return query.next() ? query.value(0) : QVariant();
}

} // namespace careerdesk::SqlQuery
