#pragma once

#include "SqlDialect.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

namespace careerdesk {

// The references between tables as the database itself declares them: the migrations
// (core/store/Migrations.cpp) are their one spelling. What a delete takes with it (RowArchive) and
// how a person's rows point at each other (PersonExport) are read from here.
class SchemaReferences
{
public:
    struct ForeignKey
    {
        QString table;
        QString column;
        QString parent;
        bool cascade = false; // otherwise SET NULL
    };

    static Result<QList<ForeignKey>> read(const QSqlDatabase& connection, SqlDialect dialect);
    // How far `table` is from the tables that refer to none: a row's parents have a lower depth, so rows
    // in this order can be inserted one after another.
    static int depth(const QList<ForeignKey>& keys, const QString& table);

    // Columns the database computes itself (PostgreSQL's search vectors of opportunities): a copy of a
    // row leaves them out, and the database makes them again.
    static bool isComputed(QStringView column) { return column == u"search" || column == u"title_search"; }
};

} // namespace careerdesk
