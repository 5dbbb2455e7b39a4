#include "BulkSearchIndexing.h"

#include "Database.h"
#include "SqlQuery.h"

namespace careerdesk {

namespace {

const QString fullIndexColumns = QStringLiteral("title, company, description, requirements, location");

// FTS5's documented default for automerge, and the default size of its pending-terms buffer.
constexpr int defaultAutomerge = 4;
constexpr int defaultHashSize = 1024 * 1024;
// A larger buffer for the bulk statement: fewer, larger segments to write and merge (64 MiB at most
// held in memory while indexing).
constexpr int bulkHashSize = 64 * 1024 * 1024;

} // namespace

BulkSearchIndexing::BulkSearchIndexing(const Database& database)
    : m_database(database)
{}

Status BulkSearchIndexing::run(const QString& sql, const QVariantList& values) const
{
    auto query = SqlQuery::run(m_database.connection(), sql, values);
    if (!query)
        return query.error();
    return {};
}

Status BulkSearchIndexing::begin()
{
    if (m_database.dialect() != SqlDialect::Sqlite)
        return {};
    auto largest =
        SqlQuery::scalar(m_database.connection(), QStringLiteral("SELECT max(id) FROM opportunities"));
    if (!largest)
        return largest.error();
    m_sinceId = largest->isNull() ? 0 : largest->toLongLong();
    return run(QStringLiteral("INSERT INTO search_index_deferred (since_id) VALUES (?)"), {m_sinceId});
}

Status BulkSearchIndexing::index(qint64 afterId, qint64 lastId) const
{
    Status done = run(QStringLiteral("INSERT INTO opportunities_fts(rowid, ") + fullIndexColumns +
                          QStringLiteral(") SELECT id, ") + fullIndexColumns +
                          QStringLiteral(" FROM opportunities WHERE id > ? AND id <= ? ORDER BY id"),
                      {afterId, lastId});
    if (done)
        done =
            run(QStringLiteral("INSERT INTO opportunities_title_fts(rowid, title)"
                               " SELECT id, title FROM opportunities WHERE id > ? AND id <= ? ORDER BY id"),
                {afterId, lastId});
    return done;
}

Status BulkSearchIndexing::finish(const Progress& progress)
{
    if (m_database.dialect() != SqlDialect::Sqlite)
        return {};
    if (m_sinceId < 0)
        return Error{tr("Bulk search indexing was finished without being begun")};
    auto largest =
        SqlQuery::scalar(m_database.connection(), QStringLiteral("SELECT max(id) FROM opportunities"));
    if (!largest)
        return largest.error();
    const qint64 lastId = largest->isNull() ? 0 : largest->toLongLong();
    const QString setting =
        QStringLiteral("INSERT INTO opportunities_fts(opportunities_fts, rank) VALUES (?, ?)");
    // "hashsize" is read by FTS5 since its first release but not documented; an SQLite without it
    // refuses the setting, and the index is built with the default buffer.
    const bool largerBuffer = run(setting, {QStringLiteral("hashsize"), bulkHashSize}).ok();
    Status done = run(setting, {QStringLiteral("automerge"), 0});
    // In parts, so that a long import shows progress and can be cancelled: each part ends in one
    // index segment, few enough that merging them later costs little.
    constexpr qint64 part = 10'000;
    for (qint64 after = m_sinceId; done && after < lastId; after += part) {
        done = index(after, qMin(after + part, lastId));
        if (done && progress && !progress(qMin(after + part, lastId) - m_sinceId))
            done = Error{tr("Indexing was cancelled")};
    }
    if (done)
        done = run(setting, {QStringLiteral("automerge"), defaultAutomerge});
    if (done && largerBuffer)
        done = run(setting, {QStringLiteral("hashsize"), defaultHashSize});
    if (done)
        done = run(QStringLiteral("DELETE FROM search_index_deferred"));
    if (!done)
        return done.error();
    m_sinceId = -1;
    return {};
}

} // namespace careerdesk
