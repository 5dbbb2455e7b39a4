#include "SchemaReferences.h"

#include "SqlQuery.h"

#include <functional>

namespace careerdesk {

Result<QList<SchemaReferences::ForeignKey>> SchemaReferences::read(const QSqlDatabase& connection,
                                                                   SqlDialect dialect)
{
    // Single-column keys only: the schema has no other.
    const QString statement =
        dialect == SqlDialect::Sqlite
            ? QStringLiteral("SELECT m.name, f.\"from\", f.\"table\", f.on_delete = 'CASCADE' "
                             "FROM sqlite_master AS m JOIN pragma_foreign_key_list(m.name) AS f "
                             "WHERE m.type = 'table' ORDER BY m.name, f.id")
            : QStringLiteral("SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, "
                             "c.confdeltype = 'c' FROM pg_constraint AS c "
                             "JOIN pg_attribute AS a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                             "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace "
                             "ORDER BY 1, 2");
    auto rows = SqlQuery::run(connection, statement, {});
    if (!rows)
        return rows.error();
    QSqlQuery& query = rows.value();
    QList<ForeignKey> keys;
    while (query.next())
        keys << ForeignKey{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toBool()};
    return keys;
}

int SchemaReferences::depth(const QList<ForeignKey>& keys, const QString& table)
{
    constexpr int deepest = 16; // a guard: the schema has no cycle but a table's reference to itself
    std::function<int(const QString&, int)> from = [&](const QString& child, int guard) {
        int found = 0;
        for (const ForeignKey& key : keys) {
            if (key.table == child && key.parent != child && guard < deepest)
                found = qMax(found, 1 + from(key.parent, guard + 1));
        }
        return found;
    };
    return from(table, 0);
}

} // namespace careerdesk
