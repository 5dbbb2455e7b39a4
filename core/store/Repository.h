#pragma once

#include "Database.h"
#include "SqlQuery.h"
#include "SqlValues.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlRecord>
#include <QVariant>

#include <optional>

namespace careerdesk {

using SqlRow = QList<QPair<QString, QVariant>>; // column name → bound value, id excluded

// The generic half of every repository: insert, update, delete and reads of one table, with bound
// values only. `Derived` names the table and maps its entity to and from a row:
//   static QString table();  static QString entityName(qint64 id);  static QString orderBy();
//   static SqlRow toRow(const Entity&);  static Result<Entity> fromRecord(const QSqlRecord&);
// Table and column names are the fixed identifiers the derived class spells; values never enter SQL text.
// A table with columns that are not the entity's (search vectors) names what to read:
//   static QString columns(); // "id, title, …"
template <typename Derived, typename Entity> class Repository
{
public:
    explicit Repository(const Database& database)
        : m_database(database)
    {}

    // Keeps entity.id when it is set (an undone delete comes back with its id).
    Result<Entity> insert(Entity entity) const
    {
        SqlRow row = Derived::toRow(entity);
        if (entity.id > 0)
            row.prepend({QStringLiteral("id"), entity.id});
        auto query = SqlQuery::run(connection(), insertSql(row), valuesOf(row));
        if (!query)
            return query.error();
        auto id = returnedId(query.value());
        if (!id)
            return id.error();
        entity.id = id.value();
        return entity;
    }

    // Many new rows in a row (an import): one statement, prepared on the first row, run for each.
    class Inserter
    {
    public:
        explicit Inserter(const Repository& repository)
            : m_connection(repository.connection())
            , m_returning(repository.m_database.dialect() != SqlDialect::Sqlite)
        {}

        Result<qint64> insert(const Entity& entity)
        {
            const SqlRow row = Derived::toRow(entity);
            if (!m_statement)
                m_statement.emplace(m_connection, insertSql(row, m_returning));
            auto query = m_statement->run(valuesOf(row));
            if (!query)
                return query.error();
            if (m_returning)
                return returnedId(*query.value());
            // SQLite knows the id it just gave; reading it back as a result row costs more per row.
            return query.value()->lastInsertId().toLongLong();
        }

    private:
        QSqlDatabase m_connection;
        bool m_returning;
        std::optional<SqlQuery::Statement> m_statement;
    };

    // An entity with a version (read from row_version) is saved only over that version of its row: a
    // row changed since (by another window, person or program) is left as it is, and the error says who
    // changed it. Version 0 saves whatever the row holds. A saved entity gets the row's new version.
    Status update(Entity& entity) const
    {
        constexpr bool versioned = requires
        {
            entity.version;
        };
        QStringList assignments;
        QVariantList values;
        for (const auto& [column, value] : Derived::toRow(entity)) {
            assignments << column + QStringLiteral(" = ?");
            values << value;
        }
        QString where = QStringLiteral(" WHERE id = ?");
        if constexpr (versioned) {
            assignments << QStringLiteral("changed_by = ?")
                        << QStringLiteral("row_version = row_version + 1");
            values << SqlValues::fromText(m_database.sessionName()) << entity.id;
            if (entity.version > 0) {
                where += QStringLiteral(" AND row_version = ?");
                values << entity.version;
            }
            where += QStringLiteral(" RETURNING row_version");
        } else {
            values << entity.id;
        }
        const QString sql = QStringLiteral("UPDATE ") + Derived::table() + QStringLiteral(" SET ") +
                            assignments.join(QStringLiteral(", ")) + where;
        auto query = SqlQuery::run(connection(), sql, values);
        if (!query)
            return query.error();
        if constexpr (versioned) {
            if (!query.value().next())
                return changedSince(entity.id);
            entity.version = query.value().value(0).toInt();
        } else if (query.value().numRowsAffected() == 0) {
            return notFound(entity.id);
        }
        return {};
    }

    Status remove(qint64 id) const
    {
        auto query = SqlQuery::run(
            connection(), QStringLiteral("DELETE FROM ") + Derived::table() + QStringLiteral(" WHERE id = ?"),
            {id});
        if (!query)
            return query.error();
        if (query.value().numRowsAffected() == 0)
            return notFound(id);
        return {};
    }

    Result<std::optional<Entity>> findById(qint64 id) const
    {
        auto rows = selectWhere(QStringLiteral("id = ?"), {id});
        if (!rows)
            return rows.error();
        if (rows.value().isEmpty())
            return std::optional<Entity>();
        return std::optional<Entity>(rows.value().constFirst());
    }

    // The rows with these ids, by id (ids not there are left out), a few hundred ids per statement.
    Result<QHash<qint64, Entity>> findByIds(const QList<qint64>& ids) const
    {
        constexpr qsizetype idsPerStatement = 500;
        QHash<qint64, Entity> found;
        for (qsizetype start = 0; start < ids.size(); start += idsPerStatement) {
            const QList<qint64> some = ids.mid(start, idsPerStatement);
            QStringList marks(some.size(), QStringLiteral("?"));
            QVariantList values;
            for (qint64 id : some)
                values << id;
            auto rows = selectWhere(
                QStringLiteral("id IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')'), values);
            if (!rows)
                return rows.error();
            for (const Entity& row : rows.value())
                found.insert(row.id, row);
        }
        return found;
    }

    // The row, or an error that names it; a row of another user counts as not there.
    Result<Entity> get(qint64 id, std::optional<qint64> ownerId = std::nullopt) const
    {
        auto found = findById(id);
        if (!found)
            return found.error();
        if (!found.value().has_value())
            return notFound(id);
        if constexpr (requires(Entity e) { e.userId; }) {
            if (ownerId && found.value()->userId != *ownerId)
                return notFound(id);
        }
        return *found.value();
    }

    Status exists(qint64 id) const
    {
        auto found = findById(id);
        if (!found)
            return found.error();
        return found.value().has_value() ? Status() : Status(notFound(id));
    }

    Result<QList<Entity>> findByUser(qint64 userId) const
    {
        return selectWhere(QStringLiteral("user_id = ?"), {userId});
    }

    // Why an update found no row to change: gone, or (with a version) changed by someone since.
    Error changedSince(qint64 id) const
    {
        constexpr bool versioned = requires(Entity e)
        {
            e.version;
        };
        if constexpr (versioned) {
            auto who = SqlQuery::run(connection(),
                                     QStringLiteral("SELECT changed_by FROM ") + Derived::table() +
                                         QStringLiteral(" WHERE id = ?"),
                                     {id});
            if (who && who.value().next()) {
                const QString name = who.value().value(0).toString();
                return Error{
                    QCoreApplication::translate("Repository",
                                                "%1 was changed by %2 after you opened it, so your change "
                                                "was not saved; what is stored now is shown.")
                        .arg(Derived::entityName(id),
                             name.isEmpty()
                                 ? QCoreApplication::translate("Repository", "another window or program")
                                 : name)};
            }
        }
        return notFound(id);
    }

    static Error notFound(qint64 id)
    {
        return Error{
            QCoreApplication::translate("Repository", "%1 does not exist").arg(Derived::entityName(id))};
    }

protected:
    QSqlDatabase connection() const { return m_database.connection(); }

    // Only the column names the derived class spells enter the text; every value is a bound mark.
    static QString insertSql(const SqlRow& row, bool returningId = true)
    {
        QStringList columns;
        QStringList marks;
        for (const auto& [column, value] : row) {
            columns << column;
            marks << QStringLiteral("?");
        }
        return QStringLiteral("INSERT INTO ") + Derived::table() + QStringLiteral(" (") +
               columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
               marks.join(QStringLiteral(", ")) + QLatin1Char(')') +
               (returningId ? QStringLiteral(" RETURNING id") : QString());
    }

    static QVariantList valuesOf(const SqlRow& row)
    {
        QVariantList values;
        values.reserve(row.size());
        for (const auto& [column, value] : row)
            values << value;
        return values;
    }

    static Result<qint64> returnedId(QSqlQuery& query)
    {
        if (!query.next())
            return Error{
                QCoreApplication::translate("Repository", "The database did not return the new row's id")};
        const qint64 id = query.value(0).toLongLong();
        query.finish(); // the statement runs again for the next row
        return id;
    }

    Result<QList<Entity>> selectWhere(const QString& condition, const QVariantList& values,
                                      const QString& orderBy = Derived::orderBy()) const
    {
        const QString sql = QStringLiteral("SELECT ") + selected() + QStringLiteral(" FROM ") +
                            Derived::table() + QStringLiteral(" WHERE ") + condition +
                            QStringLiteral(" ORDER BY ") + orderBy;
        return fetch(SqlQuery::run(connection(), sql, values));
    }

    static QString selected()
    {
        if constexpr (requires { Derived::columns(); })
            return Derived::columns();
        else
            return QStringLiteral("*");
    }

    static Result<QList<Entity>> fetch(Result<QSqlQuery> query)
    {
        if (!query)
            return query.error();
        QList<Entity> entities;
        while (query.value().next()) {
            const QSqlRecord record = query.value().record();
            auto entity = Derived::fromRecord(record);
            if (!entity)
                return entity.error();
            if constexpr (requires(Entity e) { e.version; })
                entity.value().version = record.value(QStringLiteral("row_version")).toInt();
            entities << std::move(entity).value();
        }
        return entities;
    }

    const Database& m_database;
};

} // namespace careerdesk
