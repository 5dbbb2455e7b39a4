// Search speed, run on demand (not a test). Fills a database with N synthetic postings (once; the
// file is kept for later runs), then times searchOpportunities for a mix of query shapes beside two
// baselines on the same file through the SQLite C API: a naive LIKE scan with the same filters, and
// an FTS5 query that ranks every match with bm25. Also times the Opportunities tab's model from a
// new search to its first rows, and the process's peak memory. Goals are in the search issue.
#include "PeakMemory.h"
#include "SyntheticPostings.h"
#include "models/OpportunityModel.h"
#include "services/Workspace.h"
#include "store/OpportunityRepository.h"
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

using namespace careerdesk;

namespace {

QTextStream out(stdout);

struct Shape
{
    QString name;
    OpportunitySearchCriteria criteria;
};

double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(share * values.size())));
}

int generate(const QString& path, int postings)
{
    auto opened = Workspace::open(path);
    if (!opened) {
        out << opened.errorMessage() << Qt::endl;
        return 1;
    }
    auto workspace = std::move(opened).value();
    const OpportunityRepository repository(workspace->database());
    SyntheticPostings generator;
    QElapsedTimer timer;
    timer.start();
    constexpr int batch = 10000;
    for (int done = 0; done < postings;) {
        Transaction transaction(workspace->database().connection());
        for (int i = 0; i < batch && done < postings; ++i, ++done) {
            auto inserted = repository.insert(generator.next());
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
            out << "  " << done << " postings, " << qRound(done / (timer.elapsed() / 1000.0)) << " a second"
                << Qt::endl;
    }
    return 0;
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

QString ms(double value)
{
    return value < 0 ? QStringLiteral("—") : QString::number(value, 'f', value < 10 ? 2 : 1);
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
    if (parser.isSet(QStringLiteral("generate-only")))
        return generate(path, postings);

    if (!QFile::exists(path)) {
        // In a child process, so that this one's peak memory is the search's alone.
        out << "Generating " << postings << " postings into " << path << Qt::endl;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--generate-only"), QStringLiteral("--postings"),
                     QString::number(postings), QStringLiteral("--database"), path});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
    }

    auto opened = Workspace::open(path);
    if (!opened) {
        out << opened.errorMessage() << Qt::endl;
        return 1;
    }
    auto workspace = std::move(opened).value();
    const QDateTime now = workspace->clock().now();
    if (parser.isSet(QStringLiteral("check")))
        return timeChecks(workspace->database());

    // The Opportunities tab's model: a new search to its first rows, and memory with the whole index.
    {
        OpportunityModel model(*workspace);
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
        out << "Opportunities model, new search to first rows: " << ms(firstRows.value(0)) << " / "
            << ms(firstRows.value(1)) << " / " << ms(firstRows.value(2))
            << " ms (experience, engineer, no words); count (in the background) " << model.resultCount()
            << (model.resultCountCapped() ? "+" : "") << " after " << ms(counting.nsecsElapsed() / 1e6)
            << " ms more; peak memory " << ms(peakMemoryMiB()) << " MiB" << Qt::endl
            << Qt::endl;
    }

    const Baseline baseline(path);
    const qint64 total = baseline.count(QStringLiteral("SELECT count(*) FROM opportunities"), {});
    out << "| query (" << total << " postings) | match | searchOpportunities median / p95 ms"
        << " | naive LIKE median / p95 ms | full bm25 median / p95 ms |" << Qt::endl
        << "|---|---:|---:|---:|---:|" << Qt::endl;
    QList<double> all;
    double worstShape = 0;
    for (const Shape& shape : shapes(SyntheticPostings())) {
        const QString match = OpportunityRepository::ftsQuery(shape.criteria.keywords);
        const double share =
            match.isEmpty()
                ? 1.0
                : baseline.count(
                      QStringLiteral(
                          "SELECT count(*) FROM opportunities_fts WHERE opportunities_fts MATCH ?"),
                      {match}) /
                      double(total);
        const auto ours = timeRuns(rounds, [&] {
            if (!workspace->opportunities().searchOpportunities(shape.criteria))
                out << "search failed: " << shape.name << Qt::endl;
        });
        const auto naive = timeRuns(rounds, [&] { naiveScan(baseline, shape.criteria, now); });
        const auto ranked = match.isEmpty()
                                ? QList<double>{-1}
                                : timeRuns(rounds, [&] { fullBm25(baseline, shape.criteria, now); });
        all << ours;
        worstShape = qMax(worstShape, percentile(ours, 0.95));
        out << "| " << shape.name << " `" << shape.criteria.keywords << "` | "
            << QString::number(share * 100, 'f', 2) << "% | " << ms(percentile(ours, 0.5)) << " / "
            << ms(percentile(ours, 0.95)) << " | " << ms(percentile(naive, 0.5)) << " / "
            << ms(percentile(naive, 0.95)) << " | " << ms(percentile(ranked, 0.5)) << " / "
            << ms(percentile(ranked, 0.95)) << " | (naive "
            << QString::number(percentile(naive, 0.5) / percentile(ours, 0.5), 'f', 0) << "×, bm25 "
            << (match.isEmpty() ? QStringLiteral("—")
                                : QString::number(percentile(ranked, 0.5) / percentile(ours, 0.5), 'f', 0) +
                                      QStringLiteral("×"))
            << ")" << Qt::endl;
    }
    out << Qt::endl
        << "searchOpportunities over the whole mix: p95 " << ms(percentile(all, 0.95))
        << " ms; slowest shape p95 " << ms(worstShape) << " ms; peak memory " << ms(peakMemoryMiB()) << " MiB"
        << Qt::endl;
    return 0;
}
