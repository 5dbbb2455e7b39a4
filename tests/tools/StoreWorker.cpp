// A second process on a test's database: what TestDurability kills and runs side by side with itself.
//   StoreWorker import DATABASE FILE       import a file (all or nothing), printing progress
//   StoreWorker edits DATABASE N           N action items, one transaction each, "committed ID" after each
//   StoreWorker mixed DATABASE N TAG       N writes of three kinds: one-posting imports, action item edits
//                                          and application status moves
//   StoreWorker hold DATABASE MS           hold the write lock for MS milliseconds
// Works as worker@example.org, who must exist. Prints failures on stderr and exits 1 at the first.
#include "services/Workspace.h"
#include "store/SqlQuery.h"
#include "workflows/ImportService.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using namespace careerdesk;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString& what, const QString& why)
{
    QTextStream(stderr) << what << ": " << why << Qt::endl;
    return 1;
}

int import(Workspace& workspace, qint64 userId, const QString& file)
{
    auto plan = ImportService::planFiles(workspace, userId, {file});
    if (!plan)
        return fail(QStringLiteral("plan"), plan.errorMessage());
    out() << "writing" << Qt::endl;
    qint64 reported = 0;
    auto summary = ImportService::commit(workspace, userId, plan.value(), ImportService::DocumentsAs::Resumes,
                                         [&](qint64 done, qint64 total) {
                                             if (done - reported >= 1000 || done == total) {
                                                 out() << "progress " << done << '/' << total << Qt::endl;
                                                 reported = done;
                                             }
                                             return true;
                                         });
    if (!summary)
        return fail(QStringLiteral("commit"), summary.errorMessage());
    out() << "committed " << summary->postings << Qt::endl;
    return 0;
}

int edits(Workspace& workspace, qint64 userId, int count)
{
    for (int i = 0; i < count; ++i) {
        ActionItem item;
        item.title = QStringLiteral("Edit %1").arg(i);
        auto created = workspace.actionItems().createActionItem(userId, item);
        if (!created)
            return fail(QStringLiteral("edit %1").arg(i), created.errorMessage());
        out() << "committed " << created->id << Qt::endl;
    }
    return 0;
}

Status importOne(Workspace& workspace, qint64 userId, const QString& tag, int i)
{
    Opportunity posting;
    posting.title = QStringLiteral("Posting %1 of %2").arg(i).arg(tag);
    posting.company = tag;
    posting.sourceUrl = QStringLiteral("https://jobs.example.org/%1/%2").arg(tag).arg(i);
    posting.postedAt = workspace.clock().now();
    ImportBatch batch;
    batch.fileName = QStringLiteral("%1-%2.json").arg(tag).arg(i);
    batch.opportunities << posting;
    auto plan = ImportService::plan(workspace, userId, {batch});
    if (!plan)
        return plan.error();
    auto summary =
        ImportService::commit(workspace, userId, plan.value(), ImportService::DocumentsAs::Resumes);
    if (!summary)
        return summary.error();
    if (summary->postings != 1)
        return Error{QStringLiteral("the posting was not added")};
    return {};
}

Status editItem(Workspace& workspace, qint64 userId, const QString& tag, int i, qint64& itemId)
{
    ActionItem item;
    if (itemId != 0) {
        auto existing = workspace.actionItems().getActionItem(userId, itemId);
        if (!existing)
            return existing.error();
        item = existing.value();
    }
    item.title = QStringLiteral("%1 edit %2").arg(tag).arg(i);
    auto saved = itemId == 0 ? workspace.actionItems().createActionItem(userId, item)
                             : workspace.actionItems().updateActionItem(userId, item);
    if (!saved)
        return saved.error();
    itemId = saved->id;
    return {};
}

Status moveApplication(Workspace& workspace, qint64 userId, const QString& tag, int i, qint64& applicationId)
{
    if (applicationId == 0) {
        Opportunity posting;
        posting.title = QStringLiteral("Moved posting of %1").arg(tag);
        posting.company = tag;
        posting.postedAt = workspace.clock().now();
        auto created = workspace.opportunities().createOpportunity(posting);
        if (!created)
            return created.error();
        auto saved = workspace.applications().saveOpportunity(userId, created->id);
        if (!saved)
            return saved.error();
        applicationId = saved->id;
    }
    const ApplicationStatus status = i % 2 == 0 ? ApplicationStatus::Applied : ApplicationStatus::Screening;
    auto moved = workspace.applications().updateApplicationStatus(userId, applicationId, status);
    return moved ? Status() : Status(moved.error());
}

int mixed(Workspace& workspace, qint64 userId, int count, const QString& tag)
{
    out() << "started " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
    qint64 itemId = 0;
    qint64 applicationId = 0;
    for (int i = 0; i < count; ++i) {
        Status done;
        switch (i % 3) {
        case 0:
            done = importOne(workspace, userId, tag, i);
            break;
        case 1:
            done = editItem(workspace, userId, tag, i, itemId);
            break;
        default:
            done = moveApplication(workspace, userId, tag, i, applicationId);
        }
        if (!done)
            return fail(QStringLiteral("write %1").arg(i), done.errorMessage());
    }
    out() << "done " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
    return 0;
}

int hold(Workspace& workspace, int milliseconds)
{
    const QSqlDatabase connection = workspace.database().connection();
    if (auto begun = SqlQuery::run(connection, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return fail(QStringLiteral("begin"), begun.errorMessage());
    if (auto written = SqlQuery::run(connection, QStringLiteral("UPDATE users SET updated_at = updated_at"));
        !written)
        return fail(QStringLiteral("write"), written.errorMessage());
    out() << "holding" << Qt::endl;
    QThread::msleep(ulong(milliseconds));
    if (auto committed = SqlQuery::run(connection, QStringLiteral("COMMIT")); !committed)
        return fail(QStringLiteral("commit"), committed.errorMessage());
    out() << "released" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4)
        return fail(QStringLiteral("usage"), QStringLiteral("StoreWorker MODE DATABASE ARGUMENT [TAG]"));
    const QString mode = arguments.at(1);
    auto workspace = Workspace::open(arguments.at(2), {}, Database::OpenMode::MustExist);
    if (!workspace)
        return fail(QStringLiteral("open"), workspace.errorMessage());
    auto user = workspace.value()->users().getUserByEmail(QStringLiteral("worker@example.org"));
    if (!user || !user->has_value())
        return fail(QStringLiteral("user"), QStringLiteral("worker@example.org is not in the database"));
    const qint64 userId = user->value().id;
    if (mode == QLatin1String("import"))
        return import(*workspace.value(), userId, arguments.at(3));
    if (mode == QLatin1String("edits"))
        return edits(*workspace.value(), userId, arguments.at(3).toInt());
    if (mode == QLatin1String("mixed") && arguments.size() >= 5)
        return mixed(*workspace.value(), userId, arguments.at(3).toInt(), arguments.at(4));
    if (mode == QLatin1String("hold"))
        return hold(*workspace.value(), arguments.at(3).toInt());
    return fail(QStringLiteral("usage"), QStringLiteral("unknown mode %1").arg(mode));
}
