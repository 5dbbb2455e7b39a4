#include "TestSupport.h"

#include "services/DemoData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace careerdesk;

// The careerdesk executable itself, run as a script would run it.
class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    using Run = CommandRun;

    static QByteArray fileHash(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    // A database with one person and one resume; the resume's id.
    qint64 databaseWithResume(const QString& path)
    {
        auto workspace = Workspace::open(path);
        if (!workspace)
            return 0;
        User user;
        user.email = QStringLiteral("keep@example.org");
        const qint64 userId = workspace.value()->users().createUser(user)->id;
        Resume content;
        content.name = QStringLiteral("Kept");
        content.content = QStringLiteral("# Kept safe\n");
        return workspace.value()->resumes().createResume(userId, content)->id;
    }

    // A database in `dir` with the demo person and their demo data loaded `times` times; its path, or
    // empty when something failed.
    QString demoDatabase(const QString& name, int times)
    {
        const QString path = dir.filePath(name);
        auto workspace = Workspace::open(path);
        if (!workspace)
            return {};
        auto user = workspace.value()->users().createUser(DemoData::person());
        if (!user)
            return {};
        for (int i = 0; i < times; ++i) {
            if (!DemoData::load(*workspace.value(), user->id))
                return {};
        }
        return path;
    }

    Run run(const QStringList& arguments)
    {
        return runCareerdesk(QStringLiteral(CAREERDESK_EXECUTABLE), arguments,
                             dir.filePath(QStringLiteral("xdg")));
    }

private Q_SLOTS:
    // Headless search prints the postings the window lists, in its order, one a line.
    void searchPrintsMatchingPostingsInOrder()
    {
        const QString path = demoDatabase(QStringLiteral("search.sqlite"), 1);
        QVERIFY(!path.isEmpty());
        const Run found = run({QStringLiteral("--database"), path, QStringLiteral("--search"),
                               QStringLiteral("engineer"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(found.exitCode, 0);
        QStringList expected;
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            OpportunitySearchCriteria criteria;
            criteria.keywords = QStringLiteral("engineer");
            criteria.limit = 5;
            for (const Opportunity& posting :
                 workspace.value()->opportunities().searchOpportunities(criteria).value())
                expected << QStringLiteral("%1\t%2\t%3\t%4")
                                .arg(posting.id)
                                .arg(posting.title, posting.company, posting.location);
        }
        QCOMPARE(expected.size(), 5);
        QCOMPARE(found.out.trimmed().split(QLatin1Char('\n')), expected);

        const Run badType = run({QStringLiteral("--database"), path, QStringLiteral("--search"),
                                 QStringLiteral("x"), QStringLiteral("--type"), QStringLiteral("weekly")});
        QCOMPARE(badType.exitCode, 2);
        QVERIFY2(badType.err.contains(QLatin1String("--type is full-time")), qPrintable(badType.err));
        const QString missing = dir.filePath(QStringLiteral("no-such.sqlite"));
        const Run nothing =
            run({QStringLiteral("--database"), missing, QStringLiteral("--search"), QStringLiteral("x")});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(!QFile::exists(missing)); // searching only reads
    }

    void serverCommandsAndTheirOptionsAreRefusedOutOfPlace()
    {
        const QString file = dir.filePath(QStringLiteral("not-a-server.sqlite"));
        const Run init = run({QStringLiteral("--database"), file, QStringLiteral("--init-server")});
        QCOMPARE(init.exitCode, 2);
        QVERIFY2(init.err.contains(QLatin1String("works on a database on a PostgreSQL server")),
                 qPrintable(init.err));
        QVERIFY(!QFile::exists(file));
        const Run login = run({QStringLiteral("--login"), QStringLiteral("ana")});
        QCOMPARE(login.exitCode, 2);
        QVERIFY2(login.err.contains(QLatin1String("--login goes with --add-person")), qPrintable(login.err));
        const Run backup =
            run({QStringLiteral("--database"), QStringLiteral("postgresql://ana@db.example.org/careers"),
                 QStringLiteral("--backup"), dir.filePath(QStringLiteral("server-copy.sqlite"))});
        QCOMPARE(backup.exitCode, 2);
        QVERIFY2(backup.err.contains(QLatin1String("pg_dump")), qPrintable(backup.err));
        const Run client = run({QStringLiteral("--assign-coach"), QStringLiteral("cora@example.org")});
        QCOMPARE(client.exitCode, 2);
        QVERIFY2(client.err.contains(QLatin1String("--client")), qPrintable(client.err));
    }

    void helpListsOptions()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* option : {"--database", "--user", "--list-users"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    void listUsersOfAGivenDatabase()
    {
        const QString path = dir.filePath(QStringLiteral("cli.sqlite"));
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            User user;
            user.email = QStringLiteral("cli@example.org");
            user.firstName = QStringLiteral("Cli");
            QVERIFY(workspace.value()->users().createUser(user).ok());
        }
        const Run listed = run({QStringLiteral("--database"), path, QStringLiteral("--list-users")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QLatin1String("cli@example.org")));
    }

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

    void wrongArgumentsFailWithAMessage()
    {
        const Run unknown = run({QStringLiteral("--frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("frobnicate")));

        const Run badUser =
            run({QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("--list-users")});
        QCOMPARE(badUser.exitCode, 2);
        QVERIFY(badUser.err.contains(QLatin1String("nobody")));

        const Run stray = run({QStringLiteral("--list-users"), QStringLiteral("extra")});
        QCOMPARE(stray.exitCode, 2);
        QVERIFY(stray.err.contains(QLatin1String("extra")));
    }

    void exportPdfHeadless()
    {
        const QString path = dir.filePath(QStringLiteral("export.sqlite"));
        qint64 resume = 0;
        qint64 application = 0;
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            User user;
            user.email = QStringLiteral("pdf@example.org");
            const qint64 userId = workspace.value()->users().createUser(user)->id;
            Resume content;
            content.name = QStringLiteral("Printed");
            content.content = QStringLiteral("# Pat Doe\n\n## Skills\n\nWelding\n");
            resume = workspace.value()->resumes().createResume(userId, content)->id;
            Opportunity posting;
            posting.title = QStringLiteral("Welder");
            posting.company = QStringLiteral("Forge");
            posting.postedAt = QDateTime::currentDateTimeUtc();
            const qint64 postingId = workspace.value()->opportunities().createOpportunity(posting)->id;
            application = workspace.value()->applications().applyToOpportunity(userId, postingId, resume)->id;
        }
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        const Run written = run({QStringLiteral("--database"), path, QStringLiteral("--export-pdf"),
                                 QStringLiteral("resume:%1").arg(resume), QStringLiteral("--template"),
                                 QStringLiteral("compact"), pdf});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        file.close();
        const Run dossier = run({QStringLiteral("--database"), path, QStringLiteral("--export-pdf"),
                                 QStringLiteral("application:%1").arg(application), pdf});
        QVERIFY2(dossier.exitCode == 0, qPrintable(dossier.err));
        QProcess text;
        text.start(QStringLiteral(PDFTOTEXT_PROGRAM), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        QVERIFY(text.readAllStandardOutput().contains("Application dossier: Welder at Forge"));

        const Run badReference = run({QStringLiteral("--database"), path, QStringLiteral("--export-pdf"),
                                      QStringLiteral("photo:1"), pdf});
        QCOMPARE(badReference.exitCode, 2);
        QVERIFY(badReference.err.contains(QLatin1String("photo:1")));
        const Run missing = run({QStringLiteral("--database"), path, QStringLiteral("--export-pdf"),
                                 QStringLiteral("resume:999"), dir.filePath(QStringLiteral("none.pdf"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("999")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
        const Run noFile = run({QStringLiteral("--database"), path, QStringLiteral("--export-pdf"),
                                QStringLiteral("resume:%1").arg(resume)});
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(noFile.err.contains(QLatin1String("FILE")));
    }

    void importHeadless()
    {
        const QString path = dir.filePath(QStringLiteral("import.sqlite"));
        const QString page = QStringLiteral(CAREERDESK_TEST_DATA "/import/job-page-boards.html");
        const QString csv = QStringLiteral(CAREERDESK_TEST_DATA "/import/tracker-comma.csv");
        const Run imported = run({QStringLiteral("--database"), path, QStringLiteral("--user"),
                                  QStringLiteral("ana@example.org"), QStringLiteral("--import"), page, csv});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(
            imported.out.contains(QStringLiteral("added: Posting: Senior Qt Developer — Northwind Robotics")),
            qPrintable(imported.out));
        QVERIFY(imported.out.contains(QLatin1String("Added 4 postings, 3 applications.")));
        const Run again = run({QStringLiteral("--database"), path, QStringLiteral("--user"),
                               QStringLiteral("ana@example.org"), QStringLiteral("--import"), page});
        QVERIFY(again.out.contains(
            QStringLiteral("skipped: Posting: Senior Qt Developer — Northwind Robotics: already stored")));
        QVERIFY(again.out.contains(QLatin1String("Nothing was added.")));
        const QByteArray before = fileHash(path);
        const Run bad = run({QStringLiteral("--database"), path, QStringLiteral("--user"),
                             QStringLiteral("ana@example.org"), QStringLiteral("--import"), page,
                             QStringLiteral(CAREERDESK_TEST_DATA "/import/missing.csv")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("missing.csv: cannot be opened")), qPrintable(bad.err));
        QCOMPARE(fileHash(path), before); // the good file of the two was not imported either
        const Run encrypted = run({QStringLiteral("--database"), path, QStringLiteral("--user"),
                                   QStringLiteral("ana@example.org"), QStringLiteral("--import"),
                                   QStringLiteral(CAREERDESK_TEST_DATA "/import/feed.atom"),
                                   QStringLiteral(CAREERDESK_TEST_DATA "/import/encrypted.pdf")});
        QCOMPARE(encrypted.exitCode, 1);
        QVERIFY2(encrypted.err.contains(QLatin1String("encrypted.pdf: the PDF is encrypted")),
                 qPrintable(encrypted.err));
        QCOMPARE(fileHash(path), before);
        const Run none = run({QStringLiteral("--import")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QLatin1String("--import needs at least one FILE")));
    }

    // Before: "--export-pdf resume:1 db.sqlite" answered "Wrote db.sqlite", and the data was gone.
    void exportNeverWritesOverTheDatabase()
    {
        const QString path = dir.filePath(QStringLiteral("precious.sqlite"));
        const qint64 resume = databaseWithResume(path);
        QVERIFY(resume > 0);
        const QByteArray before = fileHash(path);
        const QString link = dir.filePath(QStringLiteral("innocent.pdf"));
        QVERIFY(QFile::link(path, link));
        const QString hardLink = dir.filePath(QStringLiteral("hard.pdf"));
        QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(hardLink).constData()) == 0);
        for (const QString& target : QStringList{path, link, hardLink, path + QStringLiteral("-wal"),
                                                 path + QStringLiteral(".schema-v3.bak")}) {
            const Run refused = run({QStringLiteral("--database"), path, QStringLiteral("--export-pdf"),
                                     QStringLiteral("resume:%1").arg(resume), target});
            QVERIFY2(refused.exitCode == 1, qPrintable(target + QLatin1Char(' ') + refused.err));
            QVERIFY2(refused.err.contains(QLatin1String("database")), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QDir::toNativeSeparators(target)), qPrintable(refused.err));
            QVERIFY(!refused.out.contains(QLatin1String("Wrote")));
            QCOMPARE(fileHash(path), before);
        }

        const Run listed = run({QStringLiteral("--database"), path, QStringLiteral("--list-users")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QLatin1String("keep@example.org")));
    }

    // Before: "--list-users --export-pdf …" exited 0 and wrote nothing, without a word.
    void commandsThatCannotGoTogetherAreRefused()
    {
        const QString path = dir.filePath(QStringLiteral("together.sqlite"));
        const qint64 resume = databaseWithResume(path);
        const QString pdf = dir.filePath(QStringLiteral("together.pdf"));
        const QString page = QStringLiteral(CAREERDESK_TEST_DATA "/import/job-page-boards.html");
        const QByteArray pageBefore = fileHash(page);
        const QList<QStringList> mixed = {
            {QStringLiteral("--list-users"), QStringLiteral("--export-pdf"),
             QStringLiteral("resume:%1").arg(resume), pdf},
            {QStringLiteral("--import"), QStringLiteral("--export-pdf"),
             QStringLiteral("resume:%1").arg(resume), page},
            {QStringLiteral("--list-users"), QStringLiteral("--template"), QStringLiteral("modern")},
        };
        for (QStringList arguments : mixed) {
            arguments.prepend(path);
            arguments.prepend(QStringLiteral("--database"));
            const Run refused = run(arguments);
            QVERIFY2(refused.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + refused.err));
            QVERIFY2(refused.err.contains(QLatin1String("together")) ||
                         refused.err.contains(QLatin1String("goes with")),
                     qPrintable(refused.err));
            QVERIFY(refused.out.isEmpty());
        }
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(fileHash(page), pageBefore);
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
                          dir.filePath(QStringLiteral("typo.pdf"))}}) {
            const Run missing = run(QStringList{QStringLiteral("--database"), typo} + reading);
            QCOMPARE(missing.exitCode, 1);
            QVERIFY2(missing.err.contains(QLatin1String("There is no database")), qPrintable(missing.err));
            QVERIFY(missing.err.contains(QDir::toNativeSeparators(typo)));
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("typo.pdf"))));
    }

    // Before: "--import /dev/zero" read 7 GB, its size reading as 0.
    void devicesAreNotImported()
    {
        const QString path = dir.filePath(QStringLiteral("device.sqlite"));
        QVERIFY(databaseWithResume(path) > 0);
        const QByteArray before = fileHash(path);
        const Run device = run({QStringLiteral("--database"), path, QStringLiteral("--user"),
                                QStringLiteral("keep@example.org"), QStringLiteral("--import"),
                                QStringLiteral("/dev/zero")});
        QCOMPARE(device.exitCode, 1);
        QVERIFY2(device.err.contains(QLatin1String("zero: is not a file")), qPrintable(device.err));
        QCOMPARE(fileHash(path), before);
    }

    // Before: a database with a zeroed page answered --list-users and took an import.
    void damagedDatabaseIsNeitherReadNorWritten()
    {
        const QString path = demoDatabase(QStringLiteral("damaged.sqlite"), 3);
        QVERIFY(!path.isEmpty());
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
        const QString path = dir.filePath(QStringLiteral("restore.sqlite"));
        QVERIFY(databaseWithResume(path) > 0);
        const QString copy = dir.filePath(QStringLiteral("restore-copy.sqlite"));
        const Run backedUp = run({QStringLiteral("--database"), path, QStringLiteral("--backup"), copy});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QCOMPARE(QFile::permissions(copy) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const Run overDatabase = run({QStringLiteral("--database"), path, QStringLiteral("--backup"), path});
        QCOMPARE(overDatabase.exitCode, 1);
        QVERIFY(overDatabase.err.contains(QLatin1String("database CareerDesk has open")));
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            User later;
            later.email = QStringLiteral("later@example.org");
            QVERIFY(workspace.value()->users().createUser(later).ok());
        }
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

    void exportAllAndImportAllGiveBackTheSameData()
    {
        const QString first = demoDatabase(QStringLiteral("all-first.sqlite"), 1);
        QVERIFY(!first.isEmpty());
        {
            auto workspace = Workspace::open(first);
            QVERIFY(workspace.ok());
            User other;
            other.email = QStringLiteral("other@example.org");
            QVERIFY(workspace.value()->users().createUser(other).ok());
        }
        const QString exported = dir.filePath(QStringLiteral("alex.json"));
        const Run written =
            run({QStringLiteral("--database"), first, QStringLiteral("--user"),
                 QStringLiteral("alex.morgan@example.org"), QStringLiteral("--export-all"), exported});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QCOMPARE(QFile::permissions(exported) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        const QString second = dir.filePath(QStringLiteral("all-second.sqlite"));
        const Run imported =
            run({QStringLiteral("--database"), second, QStringLiteral("--import-all"), exported});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QLatin1String("alex.morgan@example.org")));
        const QString again = dir.filePath(QStringLiteral("alex-again.json"));
        const Run rewritten =
            run({QStringLiteral("--database"), second, QStringLiteral("--export-all"), again});
        QVERIFY2(rewritten.exitCode == 0, qPrintable(rewritten.err));
        QFile a(exported);
        QFile b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray before = a.readAll();
        QVERIFY(before.contains("\"application_events\"") && before.contains("Data Analyst"));
        QCOMPARE(b.readAll(), before);
        QVERIFY(!run({QStringLiteral("--database"), second, QStringLiteral("--list-users")})
                     .out.contains(QLatin1String("other@example.org")));

        // The person is there already: refused whole, the database unchanged.
        const QByteArray secondBefore = fileHash(second);
        const Run twice =
            run({QStringLiteral("--database"), second, QStringLiteral("--import-all"), exported});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QLatin1String("already in this database")), qPrintable(twice.err));
        QCOMPARE(fileHash(second), secondBefore);
        const Run overDatabase =
            run({QStringLiteral("--database"), second, QStringLiteral("--export-all"), second});
        QCOMPARE(overDatabase.exitCode, 1);
        QCOMPARE(fileHash(second), secondBefore);
        const Run notAnExport = run({QStringLiteral("--database"), second, QStringLiteral("--import-all"),
                                     QStringLiteral(CAREERDESK_TEST_DATA "/import/jobs.json")});
        QCOMPARE(notAnExport.exitCode, 1);
        QVERIFY2(notAnExport.err.contains(QLatin1String("not a CareerDesk person export")),
                 qPrintable(notAnExport.err));
    }

    void unreadableDatabaseFailsWithItsName()
    {
        const Run folder = run({QStringLiteral("--database"), dir.path(), QStringLiteral("--list-users")});
        QCOMPARE(folder.exitCode, 1);
        QVERIFY(folder.err.contains(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
