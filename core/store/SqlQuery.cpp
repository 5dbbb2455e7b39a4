#include "SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace careerdesk::SqlQuery {

namespace {

// What went wrong in the user's terms where SQLite's words would only puzzle: SQLite's result codes
// (Qt reports them as the native error code) for a busy, damaged, full or read-only database.
QString failure(const QSqlError& error, const char* otherwise)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // Qt turns on SQLite's extended result codes: the primary code is the low byte.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY, after the busy handler gave up
        return QCoreApplication::translate(
            "SqlQuery",
            "The database stayed busy with another write (an import, or another program) for over a "
            "minute, so nothing was changed. Try again once it has finished.");
    case 6: // SQLITE_LOCKED: a conflict inside this program, not a wait
        return QCoreApplication::translate(
            "SqlQuery", "The database is busy with another operation of CareerDesk; nothing was changed. "
                        "Try again.");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate(
                   "SqlQuery",
                   "The database file is damaged (%1). CareerDesk will not write to it; restore a backup "
                   "(File › Restore from Backup…).")
            .arg(detail);
    case 13: // SQLITE_FULL
        return QCoreApplication::translate(
            "SqlQuery",
            "The disk is full, so the database could not grow; nothing was changed. Free some space "
            "and try again.");
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate(
            "SqlQuery",
            "The database is open read-only (it is damaged, or the file cannot be written); nothing "
            "was changed.");
    case 10: // SQLITE_IOERR
        return QCoreApplication::translate(
                   "SqlQuery", "The disk could not read or write the database (%1); nothing was changed.")
            .arg(detail);
    default:
        return QCoreApplication::translate("SqlQuery", otherwise).arg(detail);
    }
}

} // namespace

bool isDamage(const QSqlError& error)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 11 || primary == 26; // SQLITE_CORRUPT, SQLITE_NOTADB
}

namespace {

Status prepare(QSqlQuery& query, const QString& sql)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{
            failure(query.lastError(),
                    QT_TRANSLATE_NOOP("SqlQuery", "The database could not prepare a statement: %1"))};
    return {};
}

Status execute(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return Error{
            failure(query.lastError(), QT_TRANSLATE_NOOP("SqlQuery", "The database refused a change: %1"))};
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
