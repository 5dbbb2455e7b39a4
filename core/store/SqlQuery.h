#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace careerdesk::SqlQuery {

// Prepares `sql`, binds `values` in order and runs it. Every statement of the store goes through
// here, so no value ever becomes part of SQL text.
Result<QSqlQuery> run(const QSqlDatabase& connection, const QString& sql, const QVariantList& values = {});

// One statement prepared once and run many times with new values: an import's inserts.
class Statement
{
public:
    Statement(const QSqlDatabase& connection, const QString& sql);
    // Binds `values` in order and runs the statement; the query is there to read what it returned.
    Result<QSqlQuery*> run(const QVariantList& values);

private:
    QSqlQuery m_query;
    Status m_prepared;
};

// Whether SQLite found the file damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
bool isDamage(const QSqlError& error);

// The first column of the first row (null when there is no row), for counts and single values.
Result<QVariant> scalar(const QSqlDatabase& connection, const QString& sql, const QVariantList& values = {});

} // namespace careerdesk::SqlQuery
