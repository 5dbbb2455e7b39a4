#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace careerdesk;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes straight to a database file with a connection of its own, as another program would.
void runRaw(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& statement : statements)
            QVERIFY2(SqlQuery::run(db, statement).ok(), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

std::vector<Migration> withNextVersion(SqlDialect dialect)
{
    auto migrations = Migrations::all(dialect);
    migrations.push_back({Migrations::latestVersion() + 1,
                          {QStringLiteral("CREATE TABLE upgrade_probe (note TEXT)"),
                           QStringLiteral("INSERT INTO upgrade_probe (note) VALUES ('upgraded')")}});
    return migrations;
}

std::vector<Migration> withBrokenNextVersion(SqlDialect dialect)
{
    auto migrations = Migrations::all(dialect);
    migrations.push_back(
        {Migrations::latestVersion() + 1,
         {QStringLiteral("CREATE TABLE half_done (note TEXT)"), QStringLiteral("THIS IS NOT SQL")}});
    return migrations;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsSchemaAtLatestVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        auto database = Database::open(path);
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        QCOMPARE(database.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY(QFile::exists(path));
        QVERIFY(database.value()->backupPath().isEmpty()); // nothing to back up in a new file
    }

    void pragmasAreSet()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(database.ok());
        auto journal = SqlQuery::run(database.value()->connection(), QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(journal.ok() && journal.value().next());
        QCOMPARE(journal.value().value(0).toString(), QStringLiteral("wal"));
        auto keys = SqlQuery::run(database.value()->connection(), QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(keys.ok() && keys.value().next());
        QCOMPARE(keys.value().value(0).toInt(), 1);
    }

    void reopensWithDataKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.sqlite"));
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            User user;
            user.email = QStringLiteral("keep@example.org");
            QVERIFY(workspace.value()->users().createUser(user).ok());
        }
        auto reopened = Workspace::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        auto found = reopened.value()->users().getUserByEmail(QStringLiteral("keep@example.org"));
        QVERIFY(found.ok() && found.value().has_value());
    }

    void newerDatabaseIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
        }
        runRaw(path,
               {QStringLiteral("PRAGMA journal_mode = DELETE"),
                QStringLiteral("UPDATE schema_info SET version = %1").arg(Migrations::latestVersion() + 1)});
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("newer CareerDesk")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(QString::number(Migrations::latestVersion() + 1)));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void olderDatabaseIsBackedUpThenMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            User user;
            user.email = QStringLiteral("old@example.org");
            QVERIFY(workspace.value()->users().createUser(user).ok());
        }
        auto migrated = Database::open(path, Database::OpenMode::CreateIfMissing, &withNextVersion);
        QVERIFY2(migrated.ok(), qPrintable(migrated.errorMessage()));
        const int next = Migrations::latestVersion() + 1;
        QCOMPARE(migrated.value()->schemaVersion(), next);
        QVERIFY(
            SqlQuery::run(migrated.value()->connection(), QStringLiteral("SELECT note FROM upgrade_probe"))
                .ok());

        const QString backup = migrated.value()->backupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        auto fromBackup = Database::open(backup);
        QVERIFY2(fromBackup.ok(), qPrintable(fromBackup.errorMessage()));
        auto users =
            SqlQuery::run(fromBackup.value()->connection(), QStringLiteral("SELECT email FROM users"));
        QVERIFY(users.ok() && users.value().next());
        QCOMPARE(users.value().value(0).toString(), QStringLiteral("old@example.org"));
        migrated.value().reset();

        // The upgraded file is now newer than this program: refused, and not touched.
        const QByteArray before = fileHash(path);
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QLatin1String("newer CareerDesk")));
        QCOMPARE(fileHash(path), before);
    }

    void postingsStoredBeforeSearchExistedAreIndexed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            auto version1 = Database::open(path, Database::OpenMode::CreateIfMissing, [](SqlDialect dialect) {
                auto migrations = Migrations::all(dialect);
                migrations.resize(1);
                return migrations;
            });
            QVERIFY(version1.ok());
            QCOMPARE(version1.value()->schemaVersion(), 1);
            QVERIFY(SqlQuery::run(
                        version1.value()->connection(),
                        QStringLiteral("INSERT INTO opportunities (title, company, description, requirements,"
                                       " type, location, is_remote, posted_at, status, source_url)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {QStringLiteral("Lighthouse keeper"), QStringLiteral("Coast"), QStringLiteral(""),
                         QStringLiteral("[]"), QStringLiteral("FULL_TIME"), QStringLiteral(""), false,
                         QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("ACTIVE"),
                         QStringLiteral("")})
                        .ok());
        }
        auto upgraded = Workspace::open(path);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorMessage()));
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("lighthouse");
        criteria.status.reset();
        auto found = upgraded.value()->opportunities().searchOpportunities(criteria);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QCOMPARE(found->size(), 1);
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fail.sqlite"));
        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
        }
        auto failed = Database::open(path, Database::OpenMode::CreateIfMissing, &withBrokenNextVersion);
        QVERIFY(!failed.ok());
        QVERIFY(failed.errorMessage().contains(QLatin1String("nothing was changed")));
        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        // The first statement of the broken migration was rolled back with the rest.
        QVERIFY(
            !SqlQuery::run(reopened.value()->connection(), QStringLiteral("SELECT * FROM half_done")).ok());
    }

    // Before: new databases followed the umask (0644) and the upgrade backup was readable by everyone.
    void databaseAndBackupAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("private.sqlite"));
        const mode_t previous = ::umask(022);
        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
        }
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                              QFileDevice::ReadOther | QFileDevice::ReadUser | QFileDevice::WriteUser;
        QCOMPARE(QFile::permissions(path) & everyone,
                 ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser);
        auto migrated = Database::open(path, Database::OpenMode::CreateIfMissing, &withNextVersion);
        ::umask(previous);
        QVERIFY(migrated.ok());
        const QString backup = migrated.value()->backupPath();
        QVERIFY(QFile::exists(backup));
        QCOMPARE(QFile::permissions(backup) & everyone,
                 ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    // Before: a schema version that was text, negative or huge was taken as 0, and the upgrade from
    // nothing failed with "table users already exists".
    void schemaVersionThatNoCareerDeskWritesIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("version.sqlite"));
        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
        }
        const QList<QPair<QString, QString>> cases = {
            {QStringLiteral("'seven'"), QStringLiteral("schema version is \"seven\"")},
            {QStringLiteral("-3"), QStringLiteral("schema version is \"-3\"")},
            {QStringLiteral("99999999999"), QStringLiteral("newer CareerDesk")},
        };
        for (const auto& [stored, expected] : cases) {
            runRaw(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                          QStringLiteral("UPDATE schema_info SET version = %1").arg(stored)});
            const QByteArray before = fileHash(path);
            auto refused = Database::open(path);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.errorMessage().contains(expected), qPrintable(refused.errorMessage()));
            QVERIFY(!refused.errorMessage().contains(QLatin1String("already exists")));
            QCOMPARE(fileHash(path), before);
        }
    }

    // Before: a zeroed page went unnoticed and the file was written to.
    void damagedDatabaseOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        qint64 userId = 0;
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            User user;
            user.email = QStringLiteral("damaged@example.org");
            userId = workspace.value()->users().createUser(user)->id;
            for (int i = 0; i < 400; ++i) {
                Goal goal;
                goal.title = QStringLiteral("Goal %1 with a description long enough to fill pages").arg(i);
                goal.description = QString(300, QLatin1Char('x'));
                QVERIFY(workspace.value()->goals().createGoal(userId, goal).ok());
            }
        }
        QVERIFY(zeroPage(path, QFileInfo(path).size() / 2));
        const QByteArray before = fileHash(path);
        {
            auto workspace = Workspace::open(path);
            QVERIFY2(workspace.ok(), qPrintable(workspace.errorMessage()));
            Database& database = workspace.value()->database();
            QVERIFY(database.integrityChecked());
            QVERIFY(database.isReadOnly());
            QVERIFY(!database.damage().isEmpty());
            Goal goal;
            goal.title = QStringLiteral("Written into damage");
            auto written = workspace.value()->goals().createGoal(userId, goal);
            QVERIFY(!written.ok());
            QVERIFY2(written.errorMessage().contains(QLatin1String("read-only")),
                     qPrintable(written.errorMessage()));
            // Another thread's connection is read-only too.
            Status other;
            std::unique_ptr<QThread> thread(QThread::create([&] {
                other = workspace.value()->goals().createGoal(userId, goal).ok()
                            ? Status()
                            : Status(Error{QStringLiteral("refused")});
            }));
            thread->start();
            QVERIFY(thread->wait(10000));
            QVERIFY(!other.ok());
        }
        QCOMPARE(fileHash(path), before);
    }

    // Before: a write that met another writer failed after 0.05 s with "database is locked".
    void writesWaitForAnotherWriter()
    {
        TestWorkspace w;
        int longestWait = 0;
        QSemaphore holding;
        QSemaphore waited;
        w->database().setWaitObserver([&](int ms) {
            if (longestWait == 0)
                waited.release();
            longestWait = qMax(longestWait, ms);
        });
        std::unique_ptr<QThread> holder(QThread::create([&] {
            const QString name = QStringLiteral("holder");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(w.databasePath());
                db.open();
                (void)SqlQuery::run(db, QStringLiteral("BEGIN IMMEDIATE"));
                (void)SqlQuery::run(db, QStringLiteral("UPDATE users SET updated_at = updated_at"));
                holding.release();
                waited.tryAcquire(1, 20000); // until the writer has said that it waits
                (void)SqlQuery::run(db, QStringLiteral("COMMIT"));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }));
        holder->start();
        holding.acquire();
        Goal goal;
        goal.title = QStringLiteral("Patient");
        auto created = w->goals().createGoal(w.userId, goal);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QVERIFY(holder->wait(30000));
        QVERIFY2(longestWait >= 300, qPrintable(QString::number(longestWait))); // the window was told
    }

    // Before: a full disk gave "database or disk is full" in SQLite's words, or "Unknown error".
    void fullDatabaseSaysSoAndKeepsWhatItHad()
    {
        TestWorkspace w;
        const qint64 pages =
            SqlQuery::scalar(w->database().connection(), QStringLiteral("PRAGMA page_count"))->toLongLong();
        QVERIFY(SqlQuery::run(w->database().connection(),
                              QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2))
                    .ok());
        QStringList failures;
        int stored = 0;
        for (int i = 0; i < 200 && failures.isEmpty(); ++i) {
            Goal goal;
            goal.title = QStringLiteral("Goal %1").arg(i);
            goal.description = QString(2000, QLatin1Char('y'));
            auto created = w->goals().createGoal(w.userId, goal);
            if (created)
                ++stored;
            else
                failures << created.errorMessage();
        }
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.constFirst().contains(QLatin1String("The disk is full")),
                 qPrintable(failures.constFirst()));
        QCOMPARE(w->goals().getUserGoals(w.userId)->size(), stored);
    }

    void foreignDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        runRaw(path, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")});
        const QByteArray before = fileHash(path);
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QLatin1String("another program")));
        QCOMPARE(fileHash(path), before);
    }

    void garbageFileIsRefusedWithItsName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x7f'));
        file.close();
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(path), qPrintable(refused.errorMessage()));
        QCOMPARE(refused.errorMessage().count(path), 1); // before: "Cannot open X: Cannot open X: …"
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        auto refused = Database::open(dir.path());
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QLatin1String("folder")));
    }

    void damagedEnumInStoreIsReportedNotShown()
    {
        TestWorkspace w;
        Goal goal;
        goal.title = QStringLiteral("Learn Rust");
        const qint64 id = w->goals().createGoal(w.userId, goal).value().id;
        QVERIFY(SqlQuery::run(w->database().connection(),
                              QStringLiteral("UPDATE goals SET status = ? WHERE id = ?"),
                              {QStringLiteral("FINISHED"), id})
                    .ok());
        auto goals = w->goals().getUserGoals(w.userId);
        QVERIFY(!goals.ok());
        QVERIFY2(goals.errorMessage().contains(QLatin1String("FINISHED")), qPrintable(goals.errorMessage()));
        QVERIFY(goals.errorMessage().contains(QLatin1String("goals")));
        QVERIFY(goals.errorMessage().contains(QLatin1String("status")));
    }

    void eachThreadGetsItsOwnConnection()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("threads.sqlite")));
        QVERIFY(database.ok());
        const QString mainName = database.value()->connection().connectionName();
        QString otherName;
        bool otherOpen = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            QSqlDatabase connection = database.value()->connection();
            otherName = connection.connectionName();
            otherOpen = connection.isOpen();
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(otherOpen);
        QVERIFY(otherName != mainName);
    }

    // A later thread often gets the address of one that ended (thread pools retire idle threads): it
    // must get a connection of its own, and the ended thread's connection must be gone.
    void threadsThatEndGiveTheirConnectionsBack()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("threads.sqlite")));
        QVERIFY(database.ok());
        QStringList names;
        QStringList problems;
        for (int i = 0; i < 20; ++i) {
            std::unique_ptr<QThread> thread(QThread::create([&] {
                auto users = SqlQuery::scalar(database.value()->connection(),
                                              QStringLiteral("SELECT count(*) FROM users"));
                if (!users)
                    problems << users.errorMessage();
                names << database.value()->connection().connectionName();
            }));
            thread->start();
            QVERIFY(thread->wait(10000));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 20);
        // A thread closes its connections as it ends, which can be just after wait() returns.
        for (const QString& name : std::as_const(names))
            QTRY_VERIFY2(!QSqlDatabase::contains(name), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
