#include "PersonExport.h"

#include "Database.h"
#include "Migrations.h"
#include "RowArchive.h"
#include "SchemaReferences.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlField>
#include <QSqlRecord>

#include <cmath>

namespace careerdesk {

namespace {

const QString formatName = QStringLiteral("CareerDesk person");

// How the rows of a person's tables point at each other, as the schema says.
class References
{
public:
    explicit References(QList<SchemaReferences::ForeignKey> keys)
        : m_keys(std::move(keys))
    {}

    // The reference a column of `table` is, or null.
    const SchemaReferences::ForeignKey* of(const QString& table, const QString& column) const
    {
        for (const SchemaReferences::ForeignKey& key : m_keys) {
            if (table == key.table && column == key.column)
                return &key;
        }
        return nullptr;
    }

    // The table a column of `table` refers to, or empty.
    QString parentOf(const QString& table, const QString& column) const
    {
        const SchemaReferences::ForeignKey* key = of(table, column);
        return key ? key->parent : QString();
    }

    // The tables of a person's data, parents before the rows that refer to them (the order of an
    // import): users, and every table whose rows go when the person goes — but the links between people
    // (a coach's clients), which a person file never carries.
    QStringList personTables() const
    {
        QStringList tables{QStringLiteral("users")};
        for (qsizetype i = 0; i < tables.size(); ++i) {
            for (const SchemaReferences::ForeignKey& key : m_keys) {
                if (key.cascade && key.parent == tables.at(i) && !tables.contains(key.table) &&
                    key.table != QLatin1String("coach_assignments"))
                    tables << key.table;
            }
        }
        QHash<QString, int> depths;
        for (const QString& table : std::as_const(tables))
            depths.insert(table, SchemaReferences::depth(m_keys, table));
        std::stable_sort(tables.begin(), tables.end(), [&depths](const QString& a, const QString& b) {
            return depths.value(a) != depths.value(b) ? depths.value(a) < depths.value(b) : a < b;
        });
        return tables;
    }

private:
    QList<SchemaReferences::ForeignKey> m_keys;
};

// What one database keeps about a row, not the person's data: the login its administrator gave the
// person on a server (carried to another server, it would make the file's person whoever has that login
// there), a row's version and who saved it last (concurrent edits in that database). A person file
// never holds them, and they are passed over in a file an earlier CareerDesk wrote.
bool isDatabaseBookkeeping(const QString& table, const QString& column)
{
    return (table == QLatin1String("users") && column == QLatin1String("login")) ||
           column == QLatin1String("row_version") || column == QLatin1String("changed_by");
}

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return double(value.toLongLong());
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::Bool:
        return value.toBool();
    default:
        return value.toString();
    }
}

using IdMap = QHash<QString, QHash<qint64, qint64>>; // table → old id → new id

} // namespace

Result<QJsonObject> PersonExport::write(const Database& database, qint64 userId)
{
    // One snapshot for all the reads below, so that a writer in between cannot take away a posting that
    // a row refers to. Nothing is written: it is rolled back as it ends.
    const Transaction snapshot(database.connection());
    if (Status begun = snapshot.begun(); !begun)
        return begun.error();
    auto archive = RowArchive::collect(database, QStringLiteral("users"), userId);
    if (!archive)
        return archive.error();
    auto keys = database.foreignKeys();
    if (!keys)
        return keys.error();
    const References references(keys.value());
    const QStringList tableOrder = references.personTables();
    QHash<QString, QList<QSqlRecord>> rows;
    QSet<qint64> postings;
    for (const RowArchive::Row& row : archive->rows()) {
        rows[row.table] << row.record;
        for (int i = 0; i < row.record.count(); ++i) {
            if (references.parentOf(row.table, row.record.fieldName(i)) == QLatin1String("opportunities") &&
                !row.record.isNull(i))
                postings.insert(row.record.value(i).toLongLong());
        }
    }
    for (const QSqlRecord& owned : std::as_const(rows[QStringLiteral("opportunities")]))
        postings.remove(owned.value(QStringLiteral("id")).toLongLong());
    for (qint64 id : std::as_const(postings)) {
        auto posting = SqlQuery::run(database.connection(),
                                     QStringLiteral("SELECT * FROM opportunities WHERE id = ?"), {id});
        if (!posting)
            return posting.error();
        if (posting.value().next())
            rows[QStringLiteral("opportunities")] << posting.value().record();
    }

    IdMap numbers;
    for (const QString& table : tableOrder) {
        QList<QSqlRecord>& list = rows[table];
        std::sort(list.begin(), list.end(), [](const QSqlRecord& a, const QSqlRecord& b) {
            return a.value(QStringLiteral("id")).toLongLong() < b.value(QStringLiteral("id")).toLongLong();
        });
        for (qsizetype i = 0; i < list.size(); ++i)
            numbers[table][list.at(i).value(QStringLiteral("id")).toLongLong()] = i + 1;
    }
    QJsonObject tables;
    for (const QString& table : tableOrder) {
        QJsonArray array;
        for (const QSqlRecord& record : std::as_const(rows[table])) {
            QJsonObject object;
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i);
                if (SchemaReferences::isComputed(column) || isDatabaseBookkeeping(table, column))
                    continue;
                const QString parent =
                    column == QLatin1String("id") ? table : references.parentOf(table, column);
                // A link the database would clear (ON DELETE SET NULL) to a row outside this person's data
                // (the coach who added an action item) is left out, as deleting that row would leave it.
                const SchemaReferences::ForeignKey* key = references.of(table, column);
                if (key && !key->cascade && !record.isNull(i) &&
                    !numbers[parent].contains(record.value(i).toLongLong())) {
                    object.insert(column, QJsonValue::Null);
                    continue;
                }
                if (!parent.isEmpty() && !record.isNull(i)) {
                    const qint64 number = numbers[parent].value(record.value(i).toLongLong());
                    if (number == 0)
                        return Error{
                            tr("%1 %2 refers to %3 %4, which is not there; the database needs a check")
                                .arg(table, record.value(QStringLiteral("id")).toString(), parent,
                                     record.value(i).toString())};
                    object.insert(column, double(number));
                } else {
                    object.insert(column, toJson(record.value(i)));
                }
            }
            array.append(object);
        }
        tables.insert(table, array);
    }
    return QJsonObject{{QStringLiteral("format"), formatName},
                       {QStringLiteral("formatVersion"), formatVersion},
                       {QStringLiteral("schemaVersion"), database.schemaVersion()},
                       {QStringLiteral("tables"), tables}};
}

namespace {

// A row of the document read into bound values, its columns checked against the table's own.
struct ImportRow
{
    QStringList columns;
    QVariantList values;
};

Result<QVariant> fromJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::Bool:
        return QVariant(value.toBool());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9e15)
            return QVariant(qlonglong(number));
        return QVariant(number);
    }
    case QJsonValue::String:
        return QVariant(value.toString());
    default:
        return Error{PersonExport::tr("a value is a list or an object where text or a number belongs")};
    }
}

Result<QStringList> columnsOf(const QSqlDatabase& connection, const QString& table)
{
    // `table` is one of the person's tables: never text from the document.
    auto empty =
        SqlQuery::run(connection, QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE 0 = 1"));
    if (!empty)
        return empty.error();
    QStringList columns;
    const QSqlRecord record = empty.value().record();
    for (int i = 0; i < record.count(); ++i) {
        if (!SchemaReferences::isComputed(record.fieldName(i)))
            columns << record.fieldName(i);
    }
    return columns;
}

Result<ImportRow> importRow(const References& references, const QString& table, const QJsonObject& object,
                            const QStringList& known, const IdMap& ids, int number)
{
    ImportRow row;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString column = it.key();
        if (column == QLatin1String("id") || isDatabaseBookkeeping(table, column))
            continue;
        if (!known.contains(column))
            return Error{
                PersonExport::tr("%1, row %2: there is no column \"%3\"").arg(table).arg(number).arg(column)};
        auto value = fromJson(it.value());
        if (!value)
            return Error{PersonExport::tr("%1, row %2, %3: %4")
                             .arg(table)
                             .arg(number)
                             .arg(column, value.errorMessage())};
        const QString parent = references.parentOf(table, column);
        if (!parent.isEmpty() && !value->isNull()) {
            const qint64 mapped = ids.value(parent).value(value->toLongLong());
            if (mapped == 0)
                return Error{PersonExport::tr("%1, row %2: %3 refers to %4 %5, which is not in the file")
                                 .arg(table)
                                 .arg(number)
                                 .arg(column, parent)
                                 .arg(value->toLongLong())};
            value = QVariant(mapped);
        }
        row.columns << column;
        row.values << value.value();
    }
    return row;
}

Result<qint64> insert(const QSqlDatabase& connection, const QString& table, const ImportRow& row)
{
    QStringList marks;
    for (qsizetype i = 0; i < row.columns.size(); ++i)
        marks << QStringLiteral("?");
    // Table and column names were checked against the schema's own; the values are bound.
    auto inserted = SqlQuery::run(connection,
                                  QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                                      row.columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                                      marks.join(QStringLiteral(", ")) + QStringLiteral(") RETURNING id"),
                                  row.values);
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error{PersonExport::tr("%1: the database did not return the new row's id").arg(table)};
    return inserted.value().value(0).toLongLong();
}

// A posting already stored with the same link stands for the document's copy of it.
Result<qint64> existingPosting(const QSqlDatabase& connection, const ImportRow& row)
{
    const QString link = row.values.value(row.columns.indexOf(QStringLiteral("source_url"))).toString();
    if (link.isEmpty())
        return 0;
    auto found = SqlQuery::scalar(connection,
                                  QStringLiteral("SELECT id FROM opportunities WHERE source_url = ? "
                                                 "ORDER BY id LIMIT 1"),
                                  {link});
    if (!found)
        return found.error();
    return found->isValid() ? found->toLongLong() : 0;
}

// The tables of a document written by an earlier schema, in the names of this one (schema 14 renamed
// user_opportunities to applications and application_events' link to application_id).
QJsonObject inCurrentNames(QJsonObject tables, int schemaVersion)
{
    if (schemaVersion >= 14 || !tables.contains(QStringLiteral("user_opportunities")))
        return tables;
    tables.insert(QStringLiteral("applications"), tables.take(QStringLiteral("user_opportunities")));
    QJsonArray events;
    for (const QJsonValue& value : tables.value(QStringLiteral("application_events")).toArray()) {
        QJsonObject event = value.toObject();
        if (event.contains(QStringLiteral("user_opportunity_id")))
            event.insert(QStringLiteral("application_id"), event.take(QStringLiteral("user_opportunity_id")));
        events.append(event);
    }
    if (tables.contains(QStringLiteral("application_events")))
        tables.insert(QStringLiteral("application_events"), events);
    return tables;
}

} // namespace

Result<qint64> PersonExport::read(const Database& database, const QJsonObject& document)
{
    if (document.value(QStringLiteral("format")).toString() != formatName)
        return Error{
            tr("this is not a CareerDesk person export (its \"format\" is not \"%1\")").arg(formatName)};
    if (document.value(QStringLiteral("formatVersion")).toInt() != formatVersion)
        return Error{tr("this export has format version %1; this CareerDesk reads version %2")
                         .arg(document.value(QStringLiteral("formatVersion")).toInt())
                         .arg(formatVersion)};
    if (document.value(QStringLiteral("schemaVersion")).toInt() > Migrations::latestVersion())
        return Error{tr("this export was written by a newer CareerDesk; open it with that one")};
    auto keys = database.foreignKeys();
    if (!keys)
        return keys.error();
    const References references(keys.value());
    const QStringList tableOrder = references.personTables();
    const QJsonObject tables = inCurrentNames(document.value(QStringLiteral("tables")).toObject(),
                                              document.value(QStringLiteral("schemaVersion")).toInt());
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!tableOrder.contains(it.key()))
            return Error{tr("the export has a table \"%1\" that CareerDesk does not know").arg(it.key())};
    }
    if (tables.value(QStringLiteral("users")).toArray().size() != 1)
        return Error{tr("the export must hold exactly one person")};

    const QSqlDatabase connection = database.connection();
    Transaction transaction(connection);
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    const QString email = tables.value(QStringLiteral("users"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("email"))
                              .toString();
    auto taken =
        SqlQuery::scalar(connection, QStringLiteral("SELECT count(*) FROM users WHERE email = ?"), {email});
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0)
        return Error{tr("%1 is already in this database; nothing was imported").arg(email)};

    IdMap ids;
    for (const QString& table : tableOrder) {
        auto known = columnsOf(connection, table);
        if (!known)
            return known.error();
        const QJsonArray rows = tables.value(table).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!rows.at(i).isObject())
                return Error{tr("%1, row %2 is not an object").arg(table).arg(i + 1)};
            const QJsonObject object = rows.at(i).toObject();
            auto row = importRow(references, table, object, known.value(), ids, int(i + 1));
            if (!row)
                return row.error();
            qint64 id = 0;
            if (table == QLatin1String("opportunities")) {
                auto existing = existingPosting(connection, row.value());
                if (!existing)
                    return existing.error();
                id = existing.value();
            }
            if (id == 0) {
                auto inserted = insert(connection, table, row.value());
                if (!inserted)
                    return Error{tr("%1, row %2: %3").arg(table).arg(i + 1).arg(inserted.errorMessage())};
                id = inserted.value();
            }
            ids[table][object.value(QStringLiteral("id")).toInteger()] = id;
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return ids.value(QStringLiteral("users")).constBegin().value();
}

} // namespace careerdesk
