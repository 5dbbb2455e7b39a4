// Search speed, run on demand (not a test). Fills a database with N synthetic postings (once; the
// file is kept for later runs), then times searchOpportunities for a mix of query shapes beside two
// baselines on the same file through the SQLite C API: a naive LIKE scan with the same filters, and
// an FTS5 query that ranks every match with bm25. Also times the Opportunities tab's model from a
// new search to its first rows, and the process's peak memory. Goals are in the search issue.
// With --server, the same N postings go into a PostgreSQL database too (once, kept), and each shape
// is timed on both, side by side, as a person of that database would search it.
#include "BenchmarkServer.h"
#include "PeakMemory.h"
#include "SyntheticPostings.h"
#include "models/OpportunityModel.h"
#include "services/Workspace.h"
#include "store/OpportunityRepository.h"
#include "store/SqlQuery.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <optional>

using namespace careerdesk;

namespace {

QTextStream out(stdout);

struct Shape
{
    QString name;
    OpportunitySearchCriteria criteria;
};

QString ms(double value)
{
    return value < 0 ? QStringLiteral("—") : QString::number(value, 'f', value < 10 ? 2 : 1);
}

double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(share * values.size())));
}

// Adds the postings `from` up to `postings` of the fixed seed, in transactions of 10,000: the first
// `from` are there already, so that a fill stopped half way goes on with the same postings.
int fill(const Database& database, int from, int postings)
{
    SyntheticPostings generator;
    for (int i = 0; i < from; ++i)
        generator.next();
    OpportunityRepository::Inserter inserter{OpportunityRepository(database)};
    QElapsedTimer timer;
    timer.start();
    constexpr int batch = 10000;
    for (int done = from; done < postings;) {
        Transaction transaction(database.connection());
        for (int i = 0; i < batch && done < postings; ++i, ++done) {
            auto inserted = inserter.insert(generator.next());
            if (!inserted) {
                out << inserted.errorMessage() << Qt::endl;
                return 1;
            }
        }
        if (auto committed = transaction.commit(); !committed) {
            out << committed.errorMessage() << Qt::endl;
            return 1;
        }
        if (done % 100000 == 0 || done == postings)
            out << "  " << done << " postings, "
                << qRound((done - from) / qMax(0.001, timer.elapsed() / 1000.0)) << " a second" << Qt::endl;
    }
    return 0;
}

int generate(const QString& path, int postings)
{
    auto opened = Workspace::open(path);
    if (!opened) {
        out << opened.errorMessage() << Qt::endl;
        return 1;
    }
    return fill(opened.value()->database(), 0, postings);
}

Result<qint64> postingsOn(const Database& database)
{
    auto counted =
        SqlQuery::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM opportunities"));
    if (!counted)
        return counted.error();
    return counted->toLongLong();
}

// As the administrator, who publishes the postings (no owner: everyone sees them). VACUUM after the
// fill, as autovacuum would soon do: the planner's statistics, and the GIN indexes' pending entries
// merged into the index proper rather than scanned by every search.
int generateOnServer(const QString& address, int postings)
{
    auto server = BenchmarkServer::administer(address);
    if (!server) {
        out << server.errorMessage() << Qt::endl;
        return 1;
    }
    const Database& database = server.value().administrator().database();
    auto stored = postingsOn(database);
    if (!stored) {
        out << stored.errorMessage() << Qt::endl;
        return 1;
    }
    if (int filled = fill(database, int(*stored), postings); filled != 0)
        return filled;
    QElapsedTimer timer;
    timer.start();
    if (auto vacuumed =
            SqlQuery::run(database.connection(), QStringLiteral("VACUUM (ANALYZE) opportunities"));
        !vacuumed) {
        out << vacuumed.errorMessage() << Qt::endl;
        return 1;
    }
    out << "  VACUUM (ANALYZE): " << ms(timer.nsecsElapsed() / 1e6) << " ms" << Qt::endl;
    return 0;
}

// In a child process, so that this one's peak memory is the search's alone.
bool generateInChild(const QStringList& arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--generate-only")} + arguments);
    return child.waitForFinished(-1) && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}

// What checking a file for damage costs: at open (quick_check) and from Help › Check Database
// (integrity_check). Run on a file the page cache holds, and on one it does not, for both figures.
int timeChecks(Database& database)
{
    const double megabytes = QFileInfo(database.location()).size() / (1024.0 * 1024.0);
    for (const auto& [name, check] : {std::pair{"quick_check", Database::Check::Quick},
                                      std::pair{"integrity_check", Database::Check::Full}}) {
        QElapsedTimer timer;
        timer.start();
        auto problems = database.checkIntegrity(check);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!problems) {
            out << name << " failed: " << problems.errorMessage() << Qt::endl;
            return 1;
        }
        out << name << ": " << QString::number(seconds, 'f', 2) << " s for " << qRound(megabytes) << " MiB ("
            << qRound(megabytes / seconds) << " MiB/s), " << problems->size() << " problems" << Qt::endl;
    }
    return 0;
}

// The baselines, straight on the file through SQLite's C API.
class Baseline
{
public:
    explicit Baseline(const QString& path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~Baseline() { sqlite3_close(m_db); }

    // Rows stepped through and read; -1 when SQLite refused the statement.
    int run(const QString& sql, const QVariantList& values) const
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
            out << "baseline: " << sqlite3_errmsg(m_db) << Qt::endl;
            return -1;
        }
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i).typeId() == QMetaType::QString)
                sqlite3_bind_text(statement, i + 1, values.at(i).toString().toUtf8().constData(), -1,
                                  SQLITE_TRANSIENT);
            else
                sqlite3_bind_int64(statement, i + 1, values.at(i).toLongLong());
        }
        int rows = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(statement); ++column)
                sqlite3_column_text(statement, column);
            ++rows;
        }
        sqlite3_finalize(statement);
        return rows;
    }

    qint64 count(const QString& sql, const QVariantList& values) const
    {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr);
        for (int i = 0; i < values.size(); ++i)
            sqlite3_bind_text(statement, i + 1, values.at(i).toString().toUtf8().constData(), -1,
                              SQLITE_TRANSIENT);
        const qint64 result = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
        sqlite3_finalize(statement);
        return result;
    }

private:
    sqlite3* m_db = nullptr;
};

// The filters of a shape as plain SQL over `o`, for both baselines.
QString filterSql(const OpportunitySearchCriteria& criteria, const QDateTime& now, QVariantList& values)
{
    QString sql = QStringLiteral(" AND o.status = 'ACTIVE' AND (o.expires_at IS NULL OR o.expires_at > ?)");
    values << SqlValues::fromDateTime(now);
    if (!criteria.location.isEmpty()) {
        sql += QStringLiteral(" AND o.location LIKE ?");
        values << QString(QLatin1Char('%') + criteria.location + QLatin1Char('%'));
    }
    if (criteria.type) {
        sql += QStringLiteral(" AND o.type = ?");
        values << enumKey(*criteria.type);
    }
    if (criteria.isRemote) {
        sql += QStringLiteral(" AND o.is_remote = ?");
        values << qint64(*criteria.isRemote);
    }
    if (criteria.salaryMinCents) {
        sql += QStringLiteral(" AND o.salary_max_yearly_cents >= ? AND o.salary_currency = ?");
        values << *criteria.salaryMinCents << criteria.salaryCurrency;
    }
    return sql;
}

QStringList wordsOf(const QString& keywords)
{
    QStringList words;
    QString word;
    for (QChar c : QString(keywords + QLatin1Char(' '))) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    return words;
}

int naiveScan(const Baseline& baseline, const OpportunitySearchCriteria& criteria, const QDateTime& now)
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT o.* FROM opportunities o WHERE 1");
    for (const QString& word : wordsOf(criteria.keywords)) {
        sql += QStringLiteral(" AND (o.title LIKE ?1 OR o.company LIKE ?1 OR o.description LIKE ?1"
                              " OR o.requirements LIKE ?1 OR o.location LIKE ?1)")
                   .replace(QStringLiteral("?1"), QStringLiteral("?%1").arg(values.size() + 1));
        values << QString(QLatin1Char('%') + word + QLatin1Char('%'));
    }
    QVariantList filters;
    QString filter = filterSql(criteria, now, filters);
    for (int i = 0; i < filters.size(); ++i)
        filter.replace(filter.indexOf(QLatin1Char('?')), 1, QStringLiteral("?%1").arg(values.size() + i + 1));
    values << filters;
    sql += filter;
    if (criteria.keywords.isEmpty())
        sql += QStringLiteral(" ORDER BY o.posted_at DESC");
    return baseline.run(sql + QStringLiteral(" LIMIT 50"), values);
}

int fullBm25(const Baseline& baseline, const OpportunitySearchCriteria& criteria, const QDateTime& now)
{
    const QString match = OpportunityRepository::ftsQuery(criteria.keywords);
    if (match.isEmpty())
        return -1;
    QVariantList values{match};
    const QString sql =
        QStringLiteral(
            "SELECT o.* FROM opportunities_fts JOIN opportunities o ON o.id = opportunities_fts.rowid"
            " WHERE opportunities_fts MATCH ?") +
        filterSql(criteria, now, values) +
        QStringLiteral(" ORDER BY bm25(opportunities_fts, 10.0, 4.0, 1.0, 3.0, 2.0) LIMIT 50");
    return baseline.run(sql, values);
}

QList<double> timeRuns(int rounds, const std::function<void()>& work)
{
    work(); // warm the page cache
    QList<double> runs;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        runs << timer.nsecsElapsed() / 1e6;
    }
    return runs;
}

QList<Shape> shapes(const SyntheticPostings& vocabulary)
{
    auto keywords = [](const QString& words) {
        OpportunitySearchCriteria criteria;
        criteria.keywords = words;
        return criteria;
    };
    OpportunitySearchCriteria located;
    located.location = QStringLiteral("Lisbon");
    located.isRemote = true;
    located.salaryMinCents = 5000000;
    located.salaryCurrency = QStringLiteral("EUR");
    OpportunitySearchCriteria commonFiltered = keywords(QStringLiteral("team"));
    commonFiltered.type = OpportunityType::Contract;
    commonFiltered.isRemote = true;
    return {
        {QStringLiteral("rare word"), keywords(vocabulary.wordAtRank(49000))},
        {QStringLiteral("uncommon word"), keywords(vocabulary.wordAtRank(4800))},
        {QStringLiteral("mid-frequency word"), keywords(vocabulary.wordAtRank(400))},
        {QStringLiteral("word in most postings"), keywords(QStringLiteral("experience"))},
        {QStringLiteral("common word + type + remote"), commonFiltered},
        {QStringLiteral("two words"), keywords(QStringLiteral("senior python"))},
        {QStringLiteral("prefix"), keywords(QStringLiteral("engin"))},
        {QStringLiteral("location + remote + salary"), located},
        {QStringLiteral("newest first, no criteria"), OpportunitySearchCriteria()},
        {QStringLiteral("hostile string"), keywords(QStringLiteral("\"NEAR(data -team) title:* ("))},
    };
}

// The Opportunities tab's model: a new search to its first rows, and memory with the whole index.
void timeModel(Workspace& workspace, qint64 viewerId, const QString& backend)
{
    OpportunityModel model(workspace);
    model.setUserId(viewerId);
    QList<double> firstRows;
    for (const QString& words : {QStringLiteral("experience"), QStringLiteral("engineer"), QString()}) {
        OpportunitySearchCriteria criteria;
        criteria.keywords = words;
        QElapsedTimer timer;
        timer.start();
        model.setCriteria(criteria);
        if (model.rowCount() == 0)
            out << "model: no rows for " << words << Qt::endl;
        firstRows << timer.nsecsElapsed() / 1e6;
    }
    QElapsedTimer counting;
    counting.start();
    while (model.resultCount() < 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    out << backend << "Opportunities model, new search to first rows: " << ms(firstRows.value(0)) << " / "
        << ms(firstRows.value(1)) << " / " << ms(firstRows.value(2))
        << " ms (experience, engineer, no words); count (in the background) " << model.resultCount()
        << (model.resultCountCapped() ? "+" : "") << " after " << ms(counting.nsecsElapsed() / 1e6)
        << " ms more; peak memory " << ms(peakMemoryMiB()) << " MiB" << Qt::endl;
}

// The share of postings a shape's words match (all of them for a shape without words).
double matchShare(const Baseline& baseline, const Shape& shape, qint64 total)
{
    const QString match = OpportunityRepository::ftsQuery(shape.criteria.keywords);
    if (match.isEmpty())
        return 1.0;
    return baseline.count(
               QStringLiteral("SELECT count(*) FROM opportunities_fts WHERE opportunities_fts MATCH ?"),
               {match}) /
           double(total);
}

// As the window searches: for the person it shows (their own postings and the published ones).
QList<double> timeSearch(Workspace& workspace, qint64 viewerId, const Shape& shape, int rounds)
{
    OpportunitySearchCriteria criteria = shape.criteria;
    criteria.viewerId = viewerId;
    return timeRuns(rounds, [&] {
        if (!workspace.opportunities().searchOpportunities(criteria))
            out << "search failed: " << shape.name << Qt::endl;
    });
}

QString medianAndP95(const QList<double>& runs)
{
    return ms(percentile(runs, 0.5)) + QStringLiteral(" / ") + ms(percentile(runs, 0.95));
}

// What a mix of timed searches came to: p95 over every run, and the slowest shape's p95.
struct Mix
{
    QList<double> all;
    double worstShape = 0;

    void add(const QList<double>& runs)
    {
        all << runs;
        worstShape = qMax(worstShape, percentile(runs, 0.95));
    }
    QString summary() const
    {
        return QStringLiteral("p95 %1 ms; slowest shape p95 %2 ms")
            .arg(ms(percentile(all, 0.95)), ms(worstShape));
    }
};

// searchOpportunities on the file beside the two baselines on the same file.
void sqliteTable(Workspace& workspace, qint64 viewerId, const Baseline& baseline, qint64 total, int rounds,
                 const QDateTime& now)
{
    out << "| query (" << total << " postings) | match | searchOpportunities median / p95 ms"
        << " | naive LIKE median / p95 ms | full bm25 median / p95 ms |" << Qt::endl
        << "|---|---:|---:|---:|---:|" << Qt::endl;
    Mix ours;
    for (const Shape& shape : shapes(SyntheticPostings())) {
        const QString match = OpportunityRepository::ftsQuery(shape.criteria.keywords);
        const double share = matchShare(baseline, shape, total);
        const auto searched = timeSearch(workspace, viewerId, shape, rounds);
        const auto naive = timeRuns(rounds, [&] { naiveScan(baseline, shape.criteria, now); });
        const auto ranked = match.isEmpty()
                                ? QList<double>{-1}
                                : timeRuns(rounds, [&] { fullBm25(baseline, shape.criteria, now); });
        ours.add(searched);
        out << "| " << shape.name << " `" << shape.criteria.keywords << "` | "
            << QString::number(share * 100, 'f', 2) << "% | " << medianAndP95(searched) << " | "
            << medianAndP95(naive) << " | " << medianAndP95(ranked) << " | (naive "
            << QString::number(percentile(naive, 0.5) / percentile(searched, 0.5), 'f', 0) << "×, bm25 "
            << (match.isEmpty()
                    ? QStringLiteral("—")
                    : QString::number(percentile(ranked, 0.5) / percentile(searched, 0.5), 'f', 0) +
                          QStringLiteral("×"))
            << ")" << Qt::endl;
    }
    out << Qt::endl
        << "searchOpportunities over the whole mix: " << ours.summary() << "; peak memory "
        << ms(peakMemoryMiB()) << " MiB" << Qt::endl;
}

QString ratio(double postgresql, double sqlite)
{
    return QString::number(postgresql / sqlite, 'f', postgresql / sqlite < 10 ? 1 : 0) + QStringLiteral("×");
}

// searchOpportunities on the file and on the server, shape by shape. On the server as the person (what
// the window does), and as the administrator, whom row-level security does not hold: the difference
// is what the policies cost.
void sideBySideTable(Workspace& sqlite, qint64 fileViewerId, Workspace& person, qint64 personId,
                     Workspace& administrator, const Baseline& baseline, qint64 total, int rounds)
{
    out << "| query (" << total << " postings) | match | SQLite median / p95 ms"
        << " | PostgreSQL median / p95 ms | PostgreSQL ÷ SQLite median / p95"
        << " | PostgreSQL as the administrator median / p95 ms |" << Qt::endl
        << "|---|---:|---:|---:|---:|---:|" << Qt::endl;
    Mix onFile;
    Mix onServer;
    Mix unguarded;
    for (const Shape& shape : shapes(SyntheticPostings())) {
        const auto file = timeSearch(sqlite, fileViewerId, shape, rounds);
        const auto server = timeSearch(person, personId, shape, rounds);
        const auto owner = timeSearch(administrator, 0, shape, rounds);
        onFile.add(file);
        onServer.add(server);
        unguarded.add(owner);
        out << "| " << shape.name << " `" << shape.criteria.keywords << "` | "
            << QString::number(matchShare(baseline, shape, total) * 100, 'f', 2) << "% | "
            << medianAndP95(file) << " | " << medianAndP95(server) << " | "
            << ratio(percentile(server, 0.5), percentile(file, 0.5)) << " / "
            << ratio(percentile(server, 0.95), percentile(file, 0.95)) << " | " << medianAndP95(owner) << " |"
            << Qt::endl;
    }
    const bool met = percentile(onServer.all, 0.95) <= 50 && onServer.worstShape <= 150;
    out << Qt::endl
        << "searchOpportunities over the whole mix, SQLite: " << onFile.summary() << Qt::endl
        << "searchOpportunities over the whole mix, PostgreSQL: " << onServer.summary()
        << (met ? " (goal met: " : " (goal missed: ") << "p95 ≤ 50 ms, no shape above 150 ms)" << Qt::endl
        << "searchOpportunities over the whole mix, PostgreSQL as the administrator: " << unguarded.summary()
        << Qt::endl
        << "peak memory " << ms(peakMemoryMiB()) << " MiB" << Qt::endl;
}

std::unique_ptr<Workspace> openWorkspace(const QString& location)
{
    auto opened = Workspace::open(location);
    if (!opened) {
        out << opened.errorMessage() << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("postings"), QStringLiteral("Postings in the database."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("Database file (kept)."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("server"),
         QStringLiteral("Also a PostgreSQL database to fill (kept) and time side by side with the "
                        "file, as postgresql://USER@HOST:PORT/DATABASE: its owner's login, which "
                        "may create roles."),
         QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Timed runs per query."), QStringLiteral("R"),
                      QStringLiteral("21")});
    parser.addOption({QStringLiteral("generate-only"), QStringLiteral("Only fill the database.")});
    parser.addOption(
        {QStringLiteral("check"),
         QStringLiteral("Only time the integrity checks (quick_check, integrity_check) of the file.")});
    parser.process(app);
    const int postings = parser.value(QStringLiteral("postings")).toInt();
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const QString path =
        parser.isSet(QStringLiteral("database"))
            ? parser.value(QStringLiteral("database"))
            : QDir::temp().filePath(QStringLiteral("careerdesk-search-%1.sqlite").arg(postings));
    const QString address = parser.value(QStringLiteral("server"));
    if (parser.isSet(QStringLiteral("generate-only")))
        return address.isEmpty() ? generate(path, postings) : generateOnServer(address, postings);

    if (!QFile::exists(path)) {
        out << "Generating " << postings << " postings into " << path << Qt::endl;
        if (!generateInChild({QStringLiteral("--postings"), QString::number(postings),
                              QStringLiteral("--database"), path}))
            return 1;
    }

    std::optional<BenchmarkServer> server;
    if (!address.isEmpty() && !parser.isSet(QStringLiteral("check"))) {
        auto administered = BenchmarkServer::administer(address);
        if (!administered) {
            out << administered.errorMessage() << Qt::endl;
            return 1;
        }
        server.emplace(std::move(administered).value());
        auto stored = postingsOn(server->administrator().database());
        if (!stored) {
            out << stored.errorMessage() << Qt::endl;
            return 1;
        }
        if (*stored > postings) {
            out << server->administrator().database().location() << " holds " << *stored
                << " postings, more than " << postings << ": give --postings " << *stored
                << " or another database" << Qt::endl;
            return 1;
        }
        if (*stored < postings) {
            out << "Generating " << (*stored > 0 ? "the last " : "") << postings - *stored << " of "
                << postings << " postings into " << server->administrator().database().location() << Qt::endl;
            if (!generateInChild({QStringLiteral("--postings"), QString::number(postings),
                                  QStringLiteral("--server"), address}))
                return 1;
        }
    }

    auto workspace = openWorkspace(path);
    if (!workspace)
        return 1;
    const QDateTime now = workspace->clock().now();
    if (parser.isSet(QStringLiteral("check")))
        return timeChecks(workspace->database());

    // The person the window shows on the file.
    auto viewer = workspace->users().resolveUser(QStringLiteral("benchmark@example.org"), true);
    if (!viewer) {
        out << viewer.errorMessage() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Workspace> person;
    if (server) {
        person = openWorkspace(server->personAddress());
        if (!person)
            return 1;
    }
    timeModel(*workspace, viewer->id, server ? QStringLiteral("SQLite: ") : QString());
    if (person)
        timeModel(*person, server->personId(), QStringLiteral("PostgreSQL: "));
    out << Qt::endl;

    const Baseline baseline(path);
    const qint64 total = baseline.count(QStringLiteral("SELECT count(*) FROM opportunities"), {});
    if (server)
        sideBySideTable(*workspace, viewer->id, *person, server->personId(), server->administrator(),
                        baseline, total, rounds);
    else
        sqliteTable(*workspace, viewer->id, baseline, total, rounds, now);
    return 0;
}
