#pragma once

#include "Database.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlRecord>
#include <QVariant>

namespace careerdesk {

// Everything a delete takes away: the row, the rows deleted with it (ON DELETE CASCADE) and the
// links cleared by it (ON DELETE SET NULL). Restoring puts all of it back with the same ids, which
// is what undoing a delete means.
class RowArchive
{
    Q_DECLARE_TR_FUNCTIONS(RowArchive)

public:
    using RowRefs = QList<QPair<QString, qint64>>; // (table, id), in the order they were added

    struct Row
    {
        QString table;
        QSqlRecord record;
        qint64 id() const;
    };
    struct Link
    {
        QString table;
        QString column;
        qint64 rowId;
        qint64 parentId;
    };

    static Result<RowArchive> collect(const Database& database, const QString& table, qint64 id);
    // Collects the row, then deletes it (what cascades from it goes too): restore() undoes this.
    static Result<RowArchive> takeAway(const Database& database, const QString& table, qint64 id);
    Status restore(const Database& database) const;

    const QList<Row>& rows() const { return m_rows; } // parents before children
    QVariant rootValue(const QString& column) const { return m_rows.value(0).record.value(column); }
    void setRootValue(const QString& column, const QVariant& value)
    {
        m_rows[0].record.setValue(column, value);
    }
    const QList<Link>& links() const { return m_links; }

private:
    Status collectRow(const QSqlDatabase& connection, const QList<SchemaReferences::ForeignKey>& keys,
                      const QString& table, qint64 id, int depth);

    QList<Row> m_rows;
    QList<Link> m_links;
    QSet<QPair<QString, qint64>> m_collected; // a row reached along two references is kept once
};

} // namespace careerdesk
