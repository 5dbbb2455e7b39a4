#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

#include <functional>

namespace careerdesk {

class Database;

// Full-text indexing of many new postings at once, for imports. SQLite's FTS5 flushes its pending
// terms at the end of every statement that writes through a trigger, so indexing row by row writes
// a small index segment per posting and merges them again and again. Between begin() and finish(),
// both inside the caller's transaction, the insert triggers stand aside and finish() indexes every
// posting added since begin() in one statement per index, with segment merging held back until the
// end. Other connections never see the difference: the switch lives and dies in the transaction.
// PostgreSQL computes its search column itself; there both calls do nothing.
class BulkSearchIndexing
{
    Q_DECLARE_TR_FUNCTIONS(BulkSearchIndexing)

public:
    explicit BulkSearchIndexing(const Database& database);

    // Called after each part of the work with the number of postings indexed so far; false cancels
    // (finish() then fails and the caller rolls back).
    using Progress = std::function<bool(qint64 indexed)>;

    Status begin();
    Status finish(const Progress& progress = {});

private:
    Status run(const QString& sql, const QVariantList& values = {}) const;
    Status index(qint64 afterId, qint64 lastId) const;

    const Database& m_database;
    qint64 m_sinceId = -1; // the largest posting id before begin(); -1 when not begun
};

} // namespace careerdesk
