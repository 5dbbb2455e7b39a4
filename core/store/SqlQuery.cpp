#include "SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace careerdesk::SqlQuery {

namespace {

// PostgreSQL reports a five-character SQLSTATE ("23505", "08006"); SQLite a number below 10000.
bool isSqlState(const QString& code)
{
    return code.size() == 5;
}

// The server's first line without its "ERROR:  " label; the rest repeats the statement.
QString serverDetail(const QSqlError& error)
{
    QString text = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const char* label : {"ERROR:", "FATAL:"}) {
        if (text.startsWith(QLatin1String(label)))
            text = text.mid(int(qstrlen(label))).trimmed();
    }
    return text.isEmpty() ? error.text() : text;
}

QString lostConnection()
{
    return QCoreApplication::translate("SqlQuery",
                                       "The connection to the database server was lost; nothing was "
                                       "changed. CareerDesk reconnects as soon as the server is back.");
}

QString serverFailure(const QSqlError& error, const char* otherwise)
{
    const QString state = error.nativeErrorCode();
    const QString detail = serverDetail(error);
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return lostConnection();
    if (state == QLatin1String("53100"))
        return QCoreApplication::translate(
            "SqlQuery",
            "The disk is full on the database server; nothing was changed. Ask its administrator to free "
            "some space.");
    if (state == QLatin1String("42501"))
        return QCoreApplication::translate("SqlQuery",
                                           "The database server does not allow this to your login (%1); "
                                           "nothing was changed.")
            .arg(detail);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return QCoreApplication::translate(
            "SqlQuery",
            "Another session changed the same data at the same moment; nothing was changed. Try again.");
    if (state == QLatin1String("25006"))
        return QCoreApplication::translate(
            "SqlQuery", "The database server is read-only at the moment; nothing was changed.");
    return QCoreApplication::translate("SqlQuery", otherwise).arg(detail);
}

// What went wrong in the user's terms where the database's words would only puzzle: SQLite's result
// codes (Qt reports them as the native error code) for a busy, damaged, full or read-only database,
// and PostgreSQL's SQLSTATEs for a lost connection, a full disk or a refused permission.
QString failure(const QSqlQuery& query, const char* otherwise)
{
    // A connection the server dropped: Qt refuses the statement with no error of the database's, or libpq
    // reports it with no SQLSTATE (the server never answered).
    if (query.driver() && !query.driver()->isOpen())
        return lostConnection();
    const QSqlError error = query.lastError();
    if (isSqlState(error.nativeErrorCode()))
        return serverFailure(error, otherwise);
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
    if (isSqlState(error.nativeErrorCode()))
        return false;
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 11 || primary == 26; // SQLITE_CORRUPT, SQLITE_NOTADB
}

namespace {

Status prepare(QSqlQuery& query, const QString& sql)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{
            failure(query, QT_TRANSLATE_NOOP("SqlQuery", "The database could not prepare a statement: %1"))};
    return {};
}

Status execute(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("SqlQuery", "The database refused a change: %1"))};
    return {};
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase& connection, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connection);
    if (values.isEmpty()) {
        // Nothing to bind: run as it is. PostgreSQL prepares queries and changes of rows only, not
        // BEGIN, SET or the DDL of a migration.
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return Error{failure(query, QT_TRANSLATE_NOOP("SqlQuery", "The database refused a change: %1"))};
        return query;
    }
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
