#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqlQuery.h"

#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace careerdesk;

// What only an SQLite file has: its folders and permissions, its journal and settings, the copy kept
// before an upgrade, damage found in its pages, waiting for another program's write, and paths that
// are no database. (How every database opens, upgrades and refuses is TestDatabase's.)
class TestDatabaseFile : public QObject
{
    Q_OBJECT

    // The steps of SQLite's machine that `work` takes through the calling thread's connection.
    static qint64 stepsOf(const Database& database, const std::function<void()>& work)
    {
        auto* handle = *static_cast<sqlite3* const*>(database.connection().driver()->handle().constData());
        qint64 steps = 0;
        sqlite3_progress_handler(
            handle, 1,
            [](void* counted) {
                ++*static_cast<qint64*>(counted);
                return 0;
            },
            &steps);
        work();
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        return steps;
    }

    static void addPostings(Workspace& workspace, int count)
    {
        auto writer = workspace.opportunities().postingWriter();
        QVERIFY(writer.begin().ok());
        for (int i = 0; i < count; ++i) {
            Opportunity posting;
            posting.title = QStringLiteral("Engineer %1").arg(i);
            posting.company = QStringLiteral("Company %1").arg(i % 50);
            posting.description = QStringLiteral("We build things.");
            posting.postedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()).addSecs(i * 60);
            QVERIFY(writer.add(posting).ok());
        }
        QVERIFY(writer.finish().ok());
    }

private Q_SLOTS:
    // The window's first page of postings (the newest, for the person: their own and the published ones)
    // reads the browse index up to the page, however many postings there are. Through the owner index
    // SQLite once read and sorted every published posting first: 90 ms at 100,000, a second at a million.
    void firstPageOfPostingsCostsNoMoreAsPostingsGrow()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.filePath(QStringLiteral("postings.sqlite")));
        QVERIFY2(workspace.ok(), qPrintable(workspace.errorMessage()));
        auto person = workspace.value()->users().resolveUser(QStringLiteral("ana@example.org"), true);
        QVERIFY(person.ok());
        OpportunitySearchCriteria firstPage;
        firstPage.viewerId = person->id;
        firstPage.limit = 20;
        auto stepsOfFirstPage = [&] {
            return stepsOf(workspace.value()->database(), [&] {
                auto page = workspace.value()->opportunities().searchOpportunities(firstPage);
                QVERIFY(page.ok() && page->size() == 20);
            });
        };
        addPostings(*workspace.value(), 200);
        const qint64 few = stepsOfFirstPage();
        addPostings(*workspace.value(), 3800);
        const qint64 many = stepsOfFirstPage();
        QVERIFY2(many < 2 * few,
                 qPrintable(QStringLiteral("%1 steps at 200 postings, %2 at 4,000").arg(few).arg(many)));
    }

    void newFileIsMadeWithItsFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        auto database = Database::open(path);
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        QVERIFY(QFile::exists(path));
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

    // A file has no administrator: whoever opens an older one upgrades it, after keeping a copy.
    void olderFileIsCopiedBeforeItsUpgrade()
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
        QCOMPARE(migrated.value()->schemaVersion(), Migrations::latestVersion() + 1);

        const QString backup = migrated.value()->backupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        auto fromBackup = Database::open(backup);
        QVERIFY2(fromBackup.ok(), qPrintable(fromBackup.errorMessage()));
        QCOMPARE(fromBackup.value()->schemaVersion(), Migrations::latestVersion());
        auto users =
            SqlQuery::run(fromBackup.value()->connection(), QStringLiteral("SELECT email FROM users"));
        QVERIFY(users.ok() && users.value().next());
        QCOMPARE(users.value().value(0).toString(), QStringLiteral("old@example.org"));
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
        // A page of goals, the rows written last, at the end of the file (the schema's pages, which opening
        // reads, come first).
        QVERIFY(zeroPage(path, QFileInfo(path).size() - 2 * 4096));
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
};

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "TestDatabaseFile.moc"
