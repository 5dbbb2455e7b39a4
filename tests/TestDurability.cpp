#include "TestSupport.h"

#include "store/SqlQuery.h"
#include "workflows/DemoData.h"
#include "workflows/ImportService.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace careerdesk;

namespace {

const QStringList userTables = {QStringLiteral("users"),
                                QStringLiteral("interests"),
                                QStringLiteral("goals"),
                                QStringLiteral("resumes"),
                                QStringLiteral("action_items"),
                                QStringLiteral("opportunities"),
                                QStringLiteral("applications"),
                                QStringLiteral("application_events"),
                                QStringLiteral("cover_letters"),
                                QStringLiteral("intro_emails"),
                                QStringLiteral("prompts"),
                                QStringLiteral("prompt_answers"),
                                QStringLiteral("notes")};

// Every row of every table up to the ids it had when `limits` were taken: what an import that was
// killed must leave exactly as it was.
QByteArray fingerprint(Database& database, const QHash<QString, qint64>& limits)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : userTables) {
        auto rows = SqlQuery::run(database.connection(),
                                  QStringLiteral("SELECT * FROM %1 WHERE id <= ? ORDER BY id").arg(table),
                                  {limits.value(table)});
        if (!rows)
            return "unreadable: " + rows.errorMessage().toUtf8();
        QSqlQuery query = std::move(rows).value();
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                hash.addData(QByteArray(query.value(column).toString().toUtf8() + '\x1f'));
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

QHash<QString, qint64> largestIds(Database& database)
{
    QHash<QString, qint64> limits;
    for (const QString& table : userTables)
        limits[table] =
            SqlQuery::scalar(database.connection(), QStringLiteral("SELECT max(id) FROM %1").arg(table))
                ->toLongLong();
    return limits;
}

qint64 count(Database& database, const QString& sql, const QVariantList& values = {})
{
    auto value = SqlQuery::scalar(database.connection(), sql, values);
    return value ? value->toLongLong() : -1;
}

QString integrity(Database& database)
{
    auto result = SqlQuery::scalar(database.connection(), QStringLiteral("PRAGMA integrity_check"));
    return result ? result->toString() : result.errorMessage();
}

void writePostings(const QString& path, int postings)
{
    QJsonArray array;
    for (int i = 0; i < postings; ++i) {
        array.append(QJsonObject{
            {QStringLiteral("@type"), QStringLiteral("JobPosting")},
            {QStringLiteral("title"), QStringLiteral("Imported role %1").arg(i)},
            {QStringLiteral("hiringOrganization"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Company %1").arg(i % 500)}}},
            {QStringLiteral("description"),
             QStringLiteral("Posting %1 asks for patience, care and the craft of keeping data safe.").arg(i)},
            {QStringLiteral("datePosted"), QStringLiteral("2026-11-01")},
            {QStringLiteral("url"), QStringLiteral("https://jobs.example.org/kill/%1").arg(i)}});
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// A StoreWorker process whose output lines the test waits for.
class Worker
{
public:
    explicit Worker(const QStringList& arguments)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(STORE_WORKER), arguments);
    }
    ~Worker()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    // Waits for a line starting with `prefix`; the lines read so far are kept in lines().
    bool waitForLine(const QString& prefix, int milliseconds = 120000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < milliseconds) {
            while (m_process.canReadLine()) {
                m_lines << QString::fromUtf8(m_process.readLine()).trimmed();
                if (m_lines.constLast().startsWith(prefix))
                    return true;
            }
            if (m_process.state() == QProcess::NotRunning && !m_process.canReadLine())
                return false;
            m_process.waitForReadyRead(50);
        }
        return false;
    }
    bool finish(int milliseconds = 300000)
    {
        const bool finished = m_process.waitForFinished(milliseconds);
        while (m_process.canReadLine())
            m_lines << QString::fromUtf8(m_process.readLine()).trimmed();
        return finished && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    void kill()
    {
        m_process.kill(); // SIGKILL: no handler, no clean-up
        m_process.waitForFinished(10000);
        while (m_process.canReadLine())
            m_lines << QString::fromUtf8(m_process.readLine()).trimmed();
    }
    QStringList lines() const { return m_lines; }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QStringList m_lines;
};

} // namespace

// What a crash, a kill or a second writer does to the store: nothing that was committed is lost,
// nothing half-done stays, and writers wait for each other instead of failing.
class TestDurability : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    // A database with the demo person's data and the worker the StoreWorker processes act as.
    QString makeBase(const QString& name)
    {
        const QString path = dir.filePath(name);
        auto workspace = Workspace::open(path);
        if (!workspace)
            return {};
        auto person = workspace.value()->users().createUser(DemoData::person());
        User worker;
        worker.email = QStringLiteral("worker@example.org");
        auto created = workspace.value()->users().createUser(worker);
        if (!person || !created || !DemoData::load(*workspace.value(), person->id))
            return {};
        if (!DemoData::load(*workspace.value(), created->id))
            return {};
        return path;
    }

    static bool copyFile(const QString& from, const QString& to)
    {
        QFile::remove(to);
        return QFile::copy(from, to);
    }

private Q_SLOTS:
    void importKilledAtAnyMomentIsAllOrNothing()
    {
        const int postings = 20000;
        const QString base = makeBase(QStringLiteral("kill-base.sqlite"));
        QVERIFY(!base.isEmpty());
        QHash<QString, qint64> limits;
        QByteArray before;
        qint64 postingsBefore = 0;
        {
            auto database = Database::open(base, Database::OpenMode::MustExist);
            QVERIFY(database.ok());
            limits = largestIds(*database.value());
            before = fingerprint(*database.value(), limits);
            postingsBefore = count(*database.value(), QStringLiteral("SELECT count(*) FROM opportunities"));
        }
        const QString file = dir.filePath(QStringLiteral("postings.json"));
        writePostings(file, postings);

        // Once without a kill: how long writing takes, and that it all lands.
        const QString target = dir.filePath(QStringLiteral("kill.sqlite"));
        QVERIFY(copyFile(base, target));
        QElapsedTimer writing;
        qint64 writeMs = 0;
        {
            Worker worker({QStringLiteral("import"), target, file});
            QVERIFY(worker.waitForLine(QStringLiteral("writing")));
            writing.start();
            QVERIFY2(worker.finish(), qPrintable(worker.errors()));
            writeMs = writing.elapsed();
        }
        QVERIFY(writeMs > 0);

        int complete = 0;
        int none = 0;
        const int kills = 20;
        for (int k = 0; k < kills; ++k) {
            QVERIFY(copyFile(base, target));
            QFile::remove(target + QStringLiteral("-wal"));
            QFile::remove(target + QStringLiteral("-shm"));
            {
                Worker worker({QStringLiteral("import"), target, file});
                QVERIFY(worker.waitForLine(QStringLiteral("writing")));
                // Spread over the writing and a little past it, into the commit and the close.
                QTest::qSleep(int(writeMs * 1.1 * (k + 0.5) / kills));
                worker.kill();
            }
            auto database = Database::open(target, Database::OpenMode::MustExist);
            QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
            QVERIFY2(!database.value()->isReadOnly(), qPrintable(database.value()->damage()));
            QCOMPARE(integrity(*database.value()), QStringLiteral("ok"));
            const qint64 stored =
                count(*database.value(), QStringLiteral("SELECT count(*) FROM opportunities"));
            QVERIFY2(stored == postingsBefore || stored == postingsBefore + postings,
                     qPrintable(QStringLiteral("kill %1: %2 postings").arg(k).arg(stored)));
            (stored == postingsBefore ? none : complete) += 1;
            QCOMPARE(fingerprint(*database.value(), limits), before);
            // The search index agrees with the rows: every posting is found by its own words.
            QCOMPARE(count(*database.value(),
                           QStringLiteral("SELECT count(*) FROM opportunities_fts WHERE opportunities_fts "
                                          "MATCH ?"),
                           {QStringLiteral("patience")}),
                     stored - postingsBefore);
        }
        qInfo("%d kills: %d left the import whole, %d left nothing of it", kills, complete, none);
        QVERIFY(none > 0); // the kills did fall inside the import
    }

    void everyCommittedEditSurvivesAKill()
    {
        const QString path = makeBase(QStringLiteral("edits.sqlite"));
        QVERIFY(!path.isEmpty());
        for (int round = 0; round < 5; ++round) {
            Worker worker({QStringLiteral("edits"), path, QStringLiteral("100000")});
            QVERIFY(worker.waitForLine(QStringLiteral("committed")));
            QTest::qSleep(100 + round * 150);
            worker.kill();
            QList<qint64> committed;
            for (const QString& line : worker.lines()) {
                if (line.startsWith(QLatin1String("committed ")))
                    committed << line.mid(10).toLongLong();
            }
            QVERIFY(committed.size() > 1);
            auto database = Database::open(path, Database::OpenMode::MustExist);
            QVERIFY(database.ok());
            QCOMPARE(integrity(*database.value()), QStringLiteral("ok"));
            for (qint64 id : std::as_const(committed))
                QCOMPARE(count(*database.value(),
                               QStringLiteral("SELECT count(*) FROM action_items WHERE id = ?"), {id}),
                         1);
        }
    }

    void twoWritersBothLandEverything()
    {
        const QString path = makeBase(QStringLiteral("two.sqlite"));
        QVERIFY(!path.isEmpty());
        const int writes = 2000;
        Worker first({QStringLiteral("mixed"), path, QString::number(writes), QStringLiteral("first")});
        Worker second({QStringLiteral("mixed"), path, QString::number(writes), QStringLiteral("second")});
        QVERIFY2(first.finish(), qPrintable(first.errors()));
        QVERIFY2(second.finish(), qPrintable(second.errors()));
        // They did write at the same time: each started before the other was done.
        auto moment = [](const Worker& worker, const QString& what) {
            for (const QString& line : worker.lines()) {
                if (line.startsWith(what + QLatin1Char(' ')))
                    return line.mid(what.size() + 1).toLongLong();
            }
            return qint64(-1);
        };
        QVERIFY(moment(first, QStringLiteral("started")) < moment(second, QStringLiteral("done")));
        QVERIFY(moment(second, QStringLiteral("started")) < moment(first, QStringLiteral("done")));
        auto database = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(database.ok());
        QCOMPARE(integrity(*database.value()), QStringLiteral("ok"));
        int lastEdit = writes - 1; // the last i with i % 3 == 1
        while (lastEdit % 3 != 1)
            --lastEdit;
        for (const QString& tag : QStringList{QStringLiteral("first"), QStringLiteral("second")}) {
            const int imports = (writes + 2) / 3; // i % 3 == 0
            const int moves = writes / 3;         // i % 3 == 2
            QCOMPARE(count(*database.value(),
                           QStringLiteral(
                               "SELECT count(*) FROM opportunities WHERE company = ? AND source_url <> ''"),
                           {tag}),
                     imports);
            QCOMPARE(count(*database.value(),
                           QStringLiteral("SELECT count(*) FROM action_items WHERE title = ?"),
                           {QStringLiteral("%1 edit %2").arg(tag).arg(lastEdit)}),
                     1);
            QCOMPARE(
                count(*database.value(),
                      QStringLiteral("SELECT count(*) FROM application_events e JOIN applications a"
                                     " ON a.id = e.application_id JOIN opportunities o"
                                     " ON o.id = a.opportunity_id WHERE o.company = ? AND e.to_status <> ?"),
                      {tag, QStringLiteral("SAVED")}),
                moves);
        }
    }

    void importWaitsForAWriterHoldingTheLock()
    {
        TestWorkspace w;
        User worker;
        worker.email = QStringLiteral("worker@example.org");
        QVERIFY(w->users().createUser(worker).ok());
        Worker holder({QStringLiteral("hold"), w.databasePath(), QStringLiteral("10000")});
        QVERIFY(holder.waitForLine(QStringLiteral("holding")));
        Opportunity posting;
        posting.title = QStringLiteral("Patient posting");
        posting.company = QStringLiteral("Waits Ltd");
        posting.postedAt = w.now;
        ImportBatch batch;
        batch.fileName = QStringLiteral("patient.json");
        batch.opportunities << posting;
        auto plan = ImportService::plan(*w, w.userId, {batch});
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        auto summary = ImportService::commit(*w, w.userId, plan.value(), ImportService::DocumentsAs::Resumes);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->postings, 1);
        // The holder had let go by the time the import could write.
        QVERIFY(holder.finish());
        QVERIFY(holder.lines().contains(QStringLiteral("released")));
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "TestDurability.moc"
