#include "RowArchive.h"

#include "SchemaReferences.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QStringList>

#include <algorithm>

namespace careerdesk {

namespace {

using ForeignKey = SchemaReferences::ForeignKey;

constexpr int deepestReference = 8;

// Only tables the schema names in its references are read or deleted by name: no other text ever
// reaches the SQL.
bool isArchivable(const QList<ForeignKey>& keys, const QString& table)
{
    return std::any_of(keys.cbegin(), keys.cend(),
                       [&table](const ForeignKey& key) { return table == key.table || table == key.parent; });
}

} // namespace

qint64 RowArchive::Row::id() const
{
    return record.value(QStringLiteral("id")).toLongLong();
}

Result<RowArchive> RowArchive::collect(const Database& database, const QString& table, qint64 id)
{
    auto keys = database.foreignKeys();
    if (!keys)
        return keys.error();
    if (!isArchivable(*keys, table))
        return Error{tr("%1 is not a table whose rows can be archived").arg(table)};
    RowArchive archive;
    if (Status collected = archive.collectRow(database.connection(), *keys, table, id, 0); !collected)
        return collected.error();
    if (archive.m_rows.isEmpty())
        return Error{tr("Row %1 of %2 does not exist").arg(id).arg(table)};
    // Rows reached along two references (a person's application, and the same through the person's own
    // posting) come in reference order; the root stays first, as everything else depends on it.
    QHash<QString, int> depths;
    for (const Row& row : std::as_const(archive.m_rows)) {
        if (!depths.contains(row.table))
            depths.insert(row.table, SchemaReferences::depth(*keys, row.table));
    }
    std::stable_sort(archive.m_rows.begin() + 1, archive.m_rows.end(), [&depths](const Row& a, const Row& b) {
        return depths.value(a.table) < depths.value(b.table);
    });
    return archive;
}

Result<RowArchive> RowArchive::takeAway(const Database& database, const QString& table, qint64 id)
{
    auto archive = collect(database, table, id);
    if (!archive)
        return archive;
    // collect() accepted `table` as one of the schema's own; the id is bound.
    auto deleted =
        SqlQuery::run(database.connection(),
                      QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!deleted)
        return deleted.error();
    return archive;
}

Status RowArchive::collectRow(const QSqlDatabase& connection, const QList<SchemaReferences::ForeignKey>& keys,
                              const QString& table, qint64 id, int depth)
{
    if (depth > deepestReference)
        return Error{tr("The references of %1 %2 are nested too deeply").arg(table).arg(id)};
    // Table and column names come from the schema's own references, never from data.
    auto row = SqlQuery::run(
        connection, QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!row)
        return row.error();
    if (!row.value().next() || m_collected.contains({table, id}))
        return {};
    m_collected.insert({table, id});
    m_rows << Row{table, row.value().record()};

    for (const ForeignKey& key : keys) {
        if (table != key.parent)
            continue;
        const QString& child = key.table;
        const QString& column = key.column;
        auto children = SqlQuery::run(connection,
                                      QStringLiteral("SELECT id FROM ") + child + QStringLiteral(" WHERE ") +
                                          column + QStringLiteral(" = ?"),
                                      {id});
        if (!children)
            return children.error();
        QList<qint64> childIds;
        while (children.value().next())
            childIds << children.value().value(0).toLongLong();
        for (qint64 childId : childIds) {
            if (!key.cascade) {
                m_links << Link{child, column, childId, id};
            } else if (Status collected = collectRow(connection, keys, child, childId, depth + 1);
                       !collected) {
                return collected;
            }
        }
    }
    return {};
}

Status RowArchive::restore(const Database& database) const
{
    const QSqlDatabase connection = database.connection();
    Transaction transaction(connection);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    for (const Row& row : m_rows) {
        QStringList columns;
        QStringList marks;
        QVariantList values;
        for (int i = 0; i < row.record.count(); ++i) {
            if (SchemaReferences::isComputed(row.record.fieldName(i)))
                continue;
            columns << row.record.fieldName(i);
            marks << QStringLiteral("?");
            values << row.record.value(i);
        }
        const QString sql = QStringLiteral("INSERT INTO ") + row.table + QStringLiteral(" (") +
                            columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                            marks.join(QStringLiteral(", ")) + QStringLiteral(")");
        if (auto inserted = SqlQuery::run(connection, sql, values); !inserted)
            return Error{
                tr("Could not restore %1 %2: %3").arg(row.table).arg(row.id()).arg(inserted.errorMessage())};
    }
    for (const Link& link : m_links) {
        const QString sql = QStringLiteral("UPDATE ") + link.table + QStringLiteral(" SET ") + link.column +
                            QStringLiteral(" = ? WHERE id = ?");
        if (auto relinked = SqlQuery::run(connection, sql, {link.parentId, link.rowId}); !relinked)
            return relinked.error();
    }
    return transaction.commit();
}

} // namespace careerdesk
