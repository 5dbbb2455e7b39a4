// Import benchmark (not a test): N realistic JobPosting records in one JSON file imported end to end
// (read, check, find duplicates, write with FTS indexing), against a straightforward loop of one
// prepared insert per posting doing the same database work (same schema, triggers and indexes).
//   BenchmarkImport [--postings N] [--folder DIR]   (databases of an earlier run in DIR are replaced)
#include "PeakMemory.h"
#include "SyntheticPostings.h"
#include "import/FileImporter.h"
#include "services/ImportService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "store/OpportunityRepository.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QString employmentType(OpportunityType type)
{
    switch (type) {
    case OpportunityType::FullTime:
        return QStringLiteral("FULL_TIME");
    case OpportunityType::PartTime:
        return QStringLiteral("PART_TIME");
    case OpportunityType::Contract:
        return QStringLiteral("CONTRACTOR");
    case OpportunityType::Temporary:
        return QStringLiteral("TEMPORARY");
    case OpportunityType::Internship:
        return QStringLiteral("INTERN");
    case OpportunityType::Freelance:
        return QStringLiteral("OTHER");
    }
    return {};
}

QString unitText(SalaryPeriod period)
{
    switch (period) {
    case SalaryPeriod::Hourly:
        return QStringLiteral("HOUR");
    case SalaryPeriod::Daily:
        return QStringLiteral("DAY");
    case SalaryPeriod::Weekly:
        return QStringLiteral("WEEK");
    case SalaryPeriod::Monthly:
        return QStringLiteral("MONTH");
    case SalaryPeriod::Yearly:
        return QStringLiteral("YEAR");
    }
    return {};
}

QJsonObject jobPosting(const Opportunity& posting)
{
    QJsonObject json{
        {QStringLiteral("@type"), QStringLiteral("JobPosting")},
        {QStringLiteral("title"), posting.title},
        {QStringLiteral("hiringOrganization"), QJsonObject{{QStringLiteral("name"), posting.company}}},
        {QStringLiteral("description"), posting.description},
        {QStringLiteral("employmentType"), employmentType(posting.type)},
        {QStringLiteral("datePosted"), posting.postedAt.toString(Qt::ISODate)},
        {QStringLiteral("url"), posting.sourceUrl},
        {QStringLiteral("qualifications"), QJsonArray::fromStringList(posting.requirements)}};
    json.insert(QStringLiteral("jobLocation"),
                QJsonObject{{QStringLiteral("address"),
                             QJsonObject{{QStringLiteral("addressLocality"), posting.location}}}});
    if (posting.isRemote)
        json.insert(QStringLiteral("jobLocationType"), QStringLiteral("TELECOMMUTE"));
    if (posting.expiresAt.isValid())
        json.insert(QStringLiteral("validThrough"), posting.expiresAt.toString(Qt::ISODate));
    if (const auto& salary = posting.salaryRange) {
        json.insert(QStringLiteral("baseSalary"),
                    QJsonObject{{QStringLiteral("currency"), salary->currency},
                                {QStringLiteral("value"),
                                 QJsonObject{{QStringLiteral("minValue"), salary->minCents / 100.0},
                                             {QStringLiteral("maxValue"), salary->maxCents / 100.0},
                                             {QStringLiteral("unitText"), unitText(salary->period)}}}});
    }
    return json;
}

// Every synthetic posting gets its own link, as postings on a job board have.
QList<Opportunity> postings(int count)
{
    SyntheticPostings generator;
    QList<Opportunity> all;
    all.reserve(count);
    for (int i = 0; i < count; ++i) {
        Opportunity posting = generator.next();
        posting.sourceUrl = QStringLiteral("https://jobs.example.org/view/%1").arg(i + 1);
        all << posting;
    }
    return all;
}

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

// The straightforward loop: one statement prepared once, one row bound and run per posting, one
// transaction; the FTS triggers and indexes of the schema do their work per row.
double straightforwardLoop(const QString& path, const QList<Opportunity>& all)
{
    auto workspace = open(path);
    if (!workspace)
        return -1;
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase connection = workspace->database().connection();
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
    for (const Opportunity& posting : all) {
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
    parser.process(app);
    const int count = parser.value(QStringLiteral("postings")).toInt();
    QTemporaryDir temporary;
    const QString folder =
        parser.isSet(QStringLiteral("folder")) ? parser.value(QStringLiteral("folder")) : temporary.path();

    const QList<Opportunity> all = postings(count);
    QJsonArray array;
    for (const Opportunity& posting : all)
        array.append(jobPosting(posting));
    const QString file = folder + QStringLiteral("/postings.json");
    {
        QFile json(file);
        if (!json.open(QIODevice::WriteOnly) ||
            json.write(QJsonDocument(array).toJson(QJsonDocument::Compact)) < 0) {
            out << "cannot write " << file << Qt::endl;
            return 1;
        }
        out << count << " postings, " << json.size() / (1024 * 1024) << " MiB of JSON" << Qt::endl;
    }
    array = {};

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
    const qint64 userId = created->id;

    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    auto batch =
        onWorkerThread([&] { return FileImporter::readFile(file, workspace->clock().now(), 1LL << 31); });
    if (!batch) {
        out << batch.errorMessage() << Qt::endl;
        return 1;
    }
    const double readSeconds = seconds(step);
    step.restart();
    auto plan = onWorkerThread([&] { return ImportService::plan(*workspace, userId, {batch.value()}); });
    if (!plan) {
        out << plan.errorMessage() << Qt::endl;
        return 1;
    }
    const double planSeconds = seconds(step);
    step.restart();
    // The rows are stored first, then indexed for search: the last progress report within the rows
    // (reported every 64) marks the boundary.
    double storeSeconds = 0;
    const qint64 rowWork = plan->work() - ImportService::indexingWeight * plan->newPostings();
    auto summary = onWorkerThread([&] {
        return ImportService::commit(*workspace, userId, plan.value(), ImportService::DocumentsAs::Resumes,
                                     [&](qint64 done, qint64) {
                                         if (done <= rowWork)
                                             storeSeconds = seconds(step);
                                         return true;
                                     });
    });
    // Synthetic postings may repeat a title, company and city: those are left out as duplicates.
    if (!summary || summary->postings != count - plan->skipped.size()) {
        out << (summary ? QStringLiteral("only %1 postings written").arg(summary->postings)
                        : summary.errorMessage())
            << Qt::endl;
        return 1;
    }
    const double commitSeconds = seconds(step);
    const double importSeconds = seconds(total);
    out << "import end to end: " << qRound(importSeconds * 1000) << " ms, " << qRound(count / importSeconds)
        << " postings/s (read and parse " << qRound(readSeconds * 1000) << " ms, check and find duplicates "
        << qRound(planSeconds * 1000) << " ms, write " << qRound(commitSeconds * 1000)
        << " ms = " << qRound(count / commitSeconds) << " postings/s, of which storing rows "
        << qRound(storeSeconds * 1000) << " ms and indexing them about "
        << qRound((commitSeconds - storeSeconds) * 1000) << " ms); " << summary->postings << " written, "
        << plan->skipped.size() << " left out as duplicates" << Qt::endl;

    const double loopSeconds = straightforwardLoop(folder + QStringLiteral("/loop.sqlite"), all);
    if (loopSeconds < 0)
        return 1;
    out << "straightforward loop of prepared inserts: " << qRound(loopSeconds * 1000) << " ms, "
        << qRound(count / loopSeconds) << " postings/s" << Qt::endl;
    out << "peak memory: " << qRound(peakMemoryMiB()) << " MiB" << Qt::endl;
    return 0;
}
