// Import benchmark (not a test): N realistic JobPosting records in one JSON file imported end to end
// (read, check, find duplicates, write with FTS indexing), against a straightforward loop of one
// prepared insert per posting doing the same database work (same schema, triggers and indexes).
// With --server, both again into fresh databases on a PostgreSQL server, as a person of them, and the
// two backends' rates side by side.
//   BenchmarkImport [--postings N] [--folder DIR] [--server ADDRESS]
//   (databases of an earlier run in DIR, or on the server, are replaced)
#include "BenchmarkServer.h"
#include "JobPostingFile.h"
#include "PeakMemory.h"
#include "import/FileImporter.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "store/OpportunityRepository.h"
#include "store/Transaction.h"
#include "workflows/ImportService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <memory>
#include <optional>

using namespace careerdesk;

namespace {

QTextStream out(stdout);

double seconds(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e9;
}

// As in the window, each step of the import runs on a worker thread (with its own connection).
template <typename Work> auto onWorkerThread(Work work)
{
    std::optional<decltype(work())> result;
    std::unique_ptr<QThread> thread(QThread::create([&] { result.emplace(work()); }));
    thread->start();
    thread->wait();
    return std::move(*result);
}

// A fresh database each run: one left by an earlier run in --folder is replaced.
std::unique_ptr<Workspace> open(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto opened = Workspace::open(path);
    if (!opened) {
        out << opened.errorMessage() << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
}

// A fresh database on the server (one of an earlier run is dropped), set up by its administrator, and
// opened through the login of its one person, who imports as people do in the window.
struct ServerDatabase
{
    std::optional<BenchmarkServer> server;
    std::unique_ptr<Workspace> person;
};

std::optional<ServerDatabase> openOnServer(const QString& address, const QString& name)
{
    auto made = BenchmarkServer::freshDatabase(address, name);
    if (!made) {
        out << made.errorMessage() << Qt::endl;
        return std::nullopt;
    }
    auto administered = BenchmarkServer::administer(*made);
    if (!administered) {
        out << administered.errorMessage() << Qt::endl;
        return std::nullopt;
    }
    ServerDatabase database;
    database.server.emplace(std::move(administered).value());
    auto opened = Workspace::open(database.server->personAddress());
    if (!opened) {
        out << opened.errorMessage() << Qt::endl;
        return std::nullopt;
    }
    database.person = std::move(opened).value();
    return database;
}

// The straightforward loop: one statement prepared once, one row bound and run per posting, one
// transaction; the FTS triggers and indexes of the schema do their work per row. On a server the
// postings are the person's (ownerId), as the policies require of what a person adds.
double straightforwardLoop(Workspace& workspace, const QList<Opportunity>& all, qint64 ownerId = 0)
{
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase connection = workspace.database().connection();
    Transaction transaction(connection);
    QStringList columns;
    QStringList marks;
    for (const auto& [column, value] : OpportunityRepository::toRow(all.constFirst())) {
        columns << column;
        marks << QStringLiteral("?");
    }
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral("INSERT INTO opportunities (") + columns.join(QStringLiteral(", ")) +
                   QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
    for (Opportunity posting : all) {
        posting.ownerId = ownerId;
        int i = 0;
        for (const auto& [column, value] : OpportunityRepository::toRow(posting))
            insert.bindValue(i++, value);
        if (!insert.exec()) {
            out << "loop: " << insert.lastError().text() << Qt::endl;
            return -1;
        }
    }
    if (!transaction.commit())
        return -1;
    return seconds(timer);
}

struct ImportRun
{
    double readSeconds = 0;
    double planSeconds = 0;
    double storeSeconds = 0;
    double commitSeconds = 0;
    double importSeconds = 0;
    qint64 written = 0;
    qsizetype duplicates = 0;
};

// The import as the window runs it, for the person `userId`: the file read and parsed, checked and
// its duplicates found, then written; each phase timed.
std::optional<ImportRun> import(Workspace& workspace, qint64 userId, const QString& file, int count)
{
    ImportRun run;
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    auto batch =
        onWorkerThread([&] { return FileImporter::readFile(file, workspace.clock().now(), 1LL << 31); });
    if (!batch) {
        out << batch.errorMessage() << Qt::endl;
        return std::nullopt;
    }
    run.readSeconds = seconds(step);
    step.restart();
    auto plan = onWorkerThread([&] { return ImportService::plan(workspace, userId, {batch.value()}); });
    if (!plan) {
        out << plan.errorMessage() << Qt::endl;
        return std::nullopt;
    }
    run.planSeconds = seconds(step);
    step.restart();
    // The rows are stored first, then indexed for search: the last progress report within the rows
    // (reported every 64) marks the boundary. (PostgreSQL indexes each row as it stores it.)
    const qint64 rowWork = plan->work() - ImportService::indexingWeight * plan->newPostings();
    auto summary = onWorkerThread([&] {
        return ImportService::commit(workspace, userId, plan.value(), ImportService::DocumentsAs::Resumes,
                                     [&](qint64 done, qint64) {
                                         if (done <= rowWork)
                                             run.storeSeconds = seconds(step);
                                         return true;
                                     });
    });
    // Synthetic postings may repeat a title, company and city: those are left out as duplicates.
    if (!summary || summary->postings != count - plan->skipped.size()) {
        out << (summary ? QStringLiteral("only %1 postings written").arg(summary->postings)
                        : summary.errorMessage())
            << Qt::endl;
        return std::nullopt;
    }
    run.commitSeconds = seconds(step);
    run.importSeconds = seconds(total);
    run.written = summary->postings;
    run.duplicates = plan->skipped.size();
    return run;
}

void report(const QString& backend, const ImportRun& run, int count, bool onServer = false)
{
    out << backend << "import end to end: " << qRound(run.importSeconds * 1000) << " ms, "
        << qRound(count / run.importSeconds) << " postings/s (read and parse "
        << qRound(run.readSeconds * 1000) << " ms, check and find duplicates "
        << qRound(run.planSeconds * 1000) << " ms, write " << qRound(run.commitSeconds * 1000)
        << " ms = " << qRound(count / run.commitSeconds) << " postings/s, of which storing rows "
        << qRound(run.storeSeconds * 1000) << " ms and indexing them about "
        << qRound((run.commitSeconds - run.storeSeconds) * 1000)
        << (onServer ? " ms: the server indexes each row as it stores it); " : " ms); ") << run.written
        << " written, " << run.duplicates << " left out as duplicates" << Qt::endl;
}

// PostgreSQL's rate as a share of SQLite's, from the seconds each took for the same postings.
QString rateRatio(double sqliteSeconds, double postgresqlSeconds)
{
    return QString::number(sqliteSeconds / postgresqlSeconds, 'f', 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("postings"), QStringLiteral("Postings in the file (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("folder"),
                      QStringLiteral("Where the file and databases go (default: a temporary folder)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Also import into fresh databases careerdesk_bench_import and "
                                     "careerdesk_bench_loop on this PostgreSQL server (replaced), given as "
                                     "postgresql://USER@HOST:PORT/DATABASE of a login that may create "
                                     "databases and roles."),
                      QStringLiteral("ADDRESS")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("postings")).toInt();
    QTemporaryDir temporary;
    const QString folder =
        parser.isSet(QStringLiteral("folder")) ? parser.value(QStringLiteral("folder")) : temporary.path();
    const QString address = parser.value(QStringLiteral("server"));

    const QList<Opportunity> all = JobPostingFile::postings(count);
    const QString file = folder + QStringLiteral("/postings.json");
    if (Status written = JobPostingFile::write(file, all); !written) {
        out << written.errorMessage() << Qt::endl;
        return 1;
    }
    out << count << " postings, " << QFileInfo(file).size() / (1024 * 1024) << " MiB of JSON" << Qt::endl;

    const QString sqliteLabel = address.isEmpty() ? QString() : QStringLiteral("SQLite ");
    auto workspace = open(folder + QStringLiteral("/import.sqlite"));
    if (!workspace)
        return 1;
    User user;
    user.email = QStringLiteral("bench@example.org");
    auto created = workspace->users().createUser(user);
    if (!created) {
        out << created.errorMessage() << Qt::endl;
        return 1;
    }
    const auto onFile = import(*workspace, created->id, file, count);
    if (!onFile)
        return 1;
    report(sqliteLabel, *onFile, count);
    workspace.reset();

    auto loopFile = open(folder + QStringLiteral("/loop.sqlite"));
    const double loopSeconds = loopFile ? straightforwardLoop(*loopFile, all) : -1;
    if (loopSeconds < 0)
        return 1;
    loopFile.reset();
    out << sqliteLabel << "straightforward loop of prepared inserts: " << qRound(loopSeconds * 1000)
        << " ms, " << qRound(count / loopSeconds) << " postings/s" << Qt::endl;

    if (!address.isEmpty()) {
        std::optional<ImportRun> onServer;
        if (auto database = openOnServer(address, QStringLiteral("careerdesk_bench_import")))
            onServer = import(*database->person, database->server->personId(), file, count);
        if (!onServer)
            return 1;
        report(QStringLiteral("PostgreSQL "), *onServer, count, true);
        double serverLoopSeconds = -1;
        if (auto database = openOnServer(address, QStringLiteral("careerdesk_bench_loop")))
            serverLoopSeconds = straightforwardLoop(*database->person, all, database->server->personId());
        if (serverLoopSeconds < 0)
            return 1;
        out << "PostgreSQL straightforward loop of prepared inserts: " << qRound(serverLoopSeconds * 1000)
            << " ms, " << qRound(count / serverLoopSeconds) << " postings/s" << Qt::endl;
        const bool met = onFile->importSeconds / onServer->importSeconds >= 0.5;
        out << "PostgreSQL ÷ SQLite rate: import end to end "
            << rateRatio(onFile->importSeconds, onServer->importSeconds)
            << (met ? " (goal met: " : " (goal missed: ") << "at least 0.5), write "
            << rateRatio(onFile->commitSeconds, onServer->commitSeconds) << ", straightforward loop "
            << rateRatio(loopSeconds, serverLoopSeconds) << Qt::endl;
    }
    out << "peak memory: " << qRound(peakMemoryMiB()) << " MiB" << Qt::endl;
    return 0;
}
