#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace careerdesk;

// The careerdesk executable on SQLite files, where the command line has more to say: paths taken as
// given, the default and throw-away databases, a database's own files, damage, backups and restores.
// (Commands on any database are TestCommandLine's.)
class TestCommandLineFile : public CommandLineTest
{
    Q_OBJECT

public:
    TestCommandLineFile()
        : CommandLineTest(QStringLiteral(CAREERDESK_EXECUTABLE))
    {}

private Q_SLOTS:
    void demoWorksOnAThrowAwayDatabase()
    {
        const Run listed = run({QStringLiteral("--demo"), QStringLiteral("--list-users")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(QLatin1String("alex.morgan@example.org")));
        const QString pdf = dir.filePath(QStringLiteral("demo-dossier.pdf"));
        const Run dossier = run(
            {QStringLiteral("--demo"), QStringLiteral("--export-pdf"), QStringLiteral("application:1"), pdf});
        QVERIFY2(dossier.exitCode == 0, qPrintable(dossier.err));
        QProcess text;
        text.start(QStringLiteral(PDFTOTEXT_PROGRAM), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        QVERIFY(text.readAllStandardOutput().contains("Stage history"));
        // The default database was not touched: it has nobody yet.
        const Run real = run({QStringLiteral("--list-users")});
        QCOMPARE(real.exitCode, 1);
        QVERIFY2(real.err.contains(QLatin1String("There is no database")), qPrintable(real.err));
        QVERIFY(real.out.isEmpty());
    }

    // A file has no administrator: a command that writes makes it, with the person of --user.
    void aCommandThatWritesMakesTheFileAndThePerson()
    {
        const QString path = dir.filePath(QStringLiteral("new/ana.sqlite"));
        const Run imported = run({QStringLiteral("--database"), path, QStringLiteral("--user"),
                                  QStringLiteral("ana@example.org"), QStringLiteral("--import"),
                                  QStringLiteral(CAREERDESK_TEST_DATA "/import/job-page-boards.html")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run listed = run({QStringLiteral("--database"), path, QStringLiteral("--list-users")});
        QVERIFY(listed.out.contains(QLatin1String("ana@example.org")));
    }

    // Before: "--export-pdf resume:1 db.sqlite" answered "Wrote db.sqlite", and the data was gone.
    void exportNeverWritesOverTheDatabase()
    {
        FreshDatabase database(dir.filePath(QStringLiteral("precious.sqlite")));
        const PersonWithResume keep = addPersonWithResume(database, QStringLiteral("keep@example.org"));
        const QString path = keep.location;
        const QByteArray before = fileHash(path);
        const QString link = dir.filePath(QStringLiteral("innocent.pdf"));
        QVERIFY(QFile::link(path, link));
        const QString hardLink = dir.filePath(QStringLiteral("hard.pdf"));
        QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(hardLink).constData()) == 0);
        for (const QString& target : QStringList{path, link, hardLink, path + QStringLiteral("-wal"),
                                                 path + QStringLiteral(".schema-v3.bak")}) {
            for (const QStringList& command :
                 {QStringList{QStringLiteral("--export-pdf"), QStringLiteral("resume:%1").arg(keep.resumeId)},
                  QStringList{QStringLiteral("--export-all")}}) {
                const Run refused =
                    run(QStringList{QStringLiteral("--database"), path} + command + QStringList{target});
                QVERIFY2(refused.exitCode == 1, qPrintable(target + QLatin1Char(' ') + refused.err));
                QVERIFY2(refused.err.contains(QLatin1String("database")), qPrintable(refused.err));
                QVERIFY2(refused.err.contains(QDir::toNativeSeparators(target)), qPrintable(refused.err));
                QVERIFY(!refused.out.contains(QLatin1String("Wrote")));
                QCOMPARE(fileHash(path), before);
            }
        }

        const Run listed = run({QStringLiteral("--database"), path, QStringLiteral("--list-users")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QLatin1String("keep@example.org")));
    }

    // Before: an empty --database quietly opened the default database, and a mistyped path for
    // --list-users made folders and an empty database.
    void pathsAreTakenAsGiven()
    {
        const Run empty = run({QStringLiteral("--database"), QString(), QStringLiteral("--import"),
                               QStringLiteral(CAREERDESK_TEST_DATA "/import/job-page-boards.html")});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains(QLatin1String("--database needs a file path")), qPrintable(empty.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("xdg/CareerDesk/CareerDesk/careerdesk.sqlite"))));

        const QString typo = dir.filePath(QStringLiteral("no/such/folder/careerdsk.sqlite"));
        for (const QStringList& reading :
             {QStringList{QStringLiteral("--list-users")},
              QStringList{QStringLiteral("--export-pdf"), QStringLiteral("resume:1"),
                          dir.filePath(QStringLiteral("typo.pdf"))},
              QStringList{QStringLiteral("--search"), QStringLiteral("x")}}) {
            const Run missing = run(QStringList{QStringLiteral("--database"), typo} + reading);
            QCOMPARE(missing.exitCode, 1);
            QVERIFY2(missing.err.contains(QLatin1String("There is no database")), qPrintable(missing.err));
            QVERIFY(missing.err.contains(QDir::toNativeSeparators(typo)));
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("typo.pdf"))));
    }

    // Before: a database with a zeroed page answered --list-users and took an import.
    void damagedDatabaseIsNeitherReadNorWritten()
    {
        FreshDatabase database(dir.filePath(QStringLiteral("damaged.sqlite")));
        const QString path = addDemoPerson(database, 3);
        auto backup = Workspace::backupsOf(path).backUp(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
        QVERIFY2(backup.ok(), qPrintable(backup.errorMessage()));
        QCOMPARE(backup.value(), path + QStringLiteral(".backups/backup-20261101-080000.sqlite"));
        QVERIFY(zeroPage(path, QFileInfo(path).size() / 2));
        const QByteArray before = fileHash(path);
        const Run listed = run({QStringLiteral("--database"), path, QStringLiteral("--list-users")});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains(QLatin1String("is damaged")), qPrintable(listed.err));
        QVERIFY(!listed.err.contains(QLatin1String("malformed Unable")));
        const Run imported = run({QStringLiteral("--database"), path, QStringLiteral("--import"),
                                  QStringLiteral(CAREERDESK_TEST_DATA "/import/job-page-boards.html")});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY(imported.err.contains(QLatin1String("is damaged")));
        QCOMPARE(fileHash(path), before);
        QVERIFY2(listed.err.contains(QLatin1String("--restore ") + path +
                                     QLatin1String(".backups/backup-20261101-080000.sqlite")),
                 qPrintable(listed.err));
        const Run restored = run({QStringLiteral("--database"), path, QStringLiteral("--restore"),
                                  path + QStringLiteral(".backups/backup-20261101-080000.sqlite")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(run({QStringLiteral("--database"), path, QStringLiteral("--list-users")})
                    .out.contains(QLatin1String("alex.morgan@example.org")));

        // Damage on the first page leaves nothing SQLite can read: the backup replaces the file.
        QVERIFY(zeroPage(path, 0));
        const Run unreadable = run({QStringLiteral("--database"), path, QStringLiteral("--list-users")});
        QCOMPARE(unreadable.exitCode, 1);
        const Run replaced =
            run({QStringLiteral("--database"), path, QStringLiteral("--restore"), backup.value()});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        QVERIFY(run({QStringLiteral("--database"), path, QStringLiteral("--list-users")})
                    .out.contains(QLatin1String("alex.morgan@example.org")));
    }

    void backupAndRestoreHeadless()
    {
        FreshDatabase database(dir.filePath(QStringLiteral("restore.sqlite")));
        User keep;
        keep.email = QStringLiteral("keep@example.org");
        const QString path = database.addPerson(keep);
        const QString copy = dir.filePath(QStringLiteral("restore-copy.sqlite"));
        const Run backedUp = run({QStringLiteral("--database"), path, QStringLiteral("--backup"), copy});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QCOMPARE(QFile::permissions(copy) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const Run overDatabase = run({QStringLiteral("--database"), path, QStringLiteral("--backup"), path});
        QCOMPARE(overDatabase.exitCode, 1);
        QVERIFY(overDatabase.err.contains(QLatin1String("database CareerDesk has open")));
        User later;
        later.email = QStringLiteral("later@example.org");
        (void)database.addPerson(later);
        const Run restored = run({QStringLiteral("--database"), path, QStringLiteral("--restore"), copy});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(QLatin1String("what it held before is kept as")));
        const Run listed = run({QStringLiteral("--database"), path, QStringLiteral("--list-users")});
        QVERIFY(listed.out.contains(QLatin1String("keep@example.org")));
        QVERIFY(!listed.out.contains(QLatin1String("later@example.org")));
        // What the database held before the restore was kept, and can itself be restored.
        const QStringList aside =
            QDir(path + QStringLiteral(".backups")).entryList({QStringLiteral("before-restore-*")});
        QCOMPARE(aside.size(), 1);
        const Run back = run({QStringLiteral("--database"), path, QStringLiteral("--restore"),
                              path + QStringLiteral(".backups/") + aside.constFirst()});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QVERIFY(run({QStringLiteral("--database"), path, QStringLiteral("--list-users")})
                    .out.contains(QLatin1String("later@example.org")));
        const Run notABackup = run({QStringLiteral("--database"), path, QStringLiteral("--restore"),
                                    QStringLiteral(CAREERDESK_TEST_DATA "/import/job-page-boards.html")});
        QCOMPARE(notABackup.exitCode, 1);
        QVERIFY2(notABackup.err.contains(QLatin1String("nothing was restored")), qPrintable(notABackup.err));
    }

    void unreadableDatabaseFailsWithItsName()
    {
        const Run folder = run({QStringLiteral("--database"), dir.path(), QStringLiteral("--list-users")});
        QCOMPARE(folder.exitCode, 1);
        QVERIFY(folder.err.contains(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineFile)
#include "TestCommandLineFile.moc"
