#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace careerdesk {

class Database;

// One person's data as one JSON document, and back: every row of theirs and the postings their rows
// refer to. Ids are numbered from 1 per table in the order they were stored, so the same data always
// gives the same document; importing gives every row a new id and points the references at them, so a
// document moves between databases (and, once it exists, between SQLite and PostgreSQL). What a
// database keeps about the rows (a server login, row versions, who saved last) stays with it.
class PersonExport
{
    Q_DECLARE_TR_FUNCTIONS(PersonExport)

public:
    static constexpr int formatVersion = 1;

    static Result<QJsonObject> write(const Database& database, qint64 userId);
    // All or nothing, in one transaction; the new person's id. A posting already stored with the same
    // link is used instead of a copy. A person with the same email already in the database is refused.
    static Result<qint64> read(const Database& database, const QJsonObject& document);
};

} // namespace careerdesk
