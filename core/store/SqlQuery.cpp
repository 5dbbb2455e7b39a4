#include "SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace careerdesk::SqlQuery {

namespace {

Status prepare(QSqlQuery& query, const QString& sql)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{QCoreApplication::translate("SqlQuery", "The database could not prepare a statement: %1")
                         .arg(query.lastError().text())};
    return {};
}

Status execute(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return Error{QCoreApplication::translate("SqlQuery", "The database refused a change: %1")
                         .arg(query.lastError().text())};
    return {};
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase& connection, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connection);
    if (Status prepared = prepare(query, sql); !prepared)
        return prepared.error();
    if (Status ran = execute(query, values); !ran)
        return ran.error();
    return query;
}

Statement::Statement(const QSqlDatabase& connection, const QString& sql)
    : m_query(connection)
    , m_prepared(prepare(m_query, sql))
{}

Result<QSqlQuery*> Statement::run(const QVariantList& values)
{
    if (!m_prepared)
        return m_prepared.error();
    if (Status ran = execute(m_query, values); !ran)
        return ran.error();
    return &m_query;
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
