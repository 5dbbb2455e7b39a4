#include "TestSupport.h"

#include "workflows/DemoData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace careerdesk;

// The careerdesk executable itself, run as a script would run it, on the pass's database: a file, or on
// the PostgreSQL pass a database on the test server that its administrator has set up, where each person
// works through a login of their own. What is about files alone (paths, damage, backups, the default
// and throw-away databases) is TestCommandLineFile's.
class TestCommandLine : public CommandLineTest
{
    Q_OBJECT

public:
    TestCommandLine()
        : CommandLineTest(QStringLiteral(CAREERDESK_EXECUTABLE))
    {}

private:
    // The id of the person with `email`, as they see themselves in `workspace`; 0 when unknown.
    static qint64 idOf(Workspace& workspace, const QString& email)
    {
        auto person = workspace.users().resolveUser(email, false);
        return person ? person->id : 0;
    }

private Q_SLOTS:
    // Headless search prints the postings the window lists, in its order, one a line.
    void searchPrintsMatchingPostingsInOrder()
    {
        FreshDatabase database(dir.filePath(QStringLiteral("search.sqlite")));
        const QString alex = addDemoPerson(database);
        const Run found = run({QStringLiteral("--database"), alex, QStringLiteral("--search"),
                               QStringLiteral("engineer"), QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        QStringList expected;
        {
            auto workspace = Workspace::open(alex);
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

        const Run badType = run({QStringLiteral("--database"), alex, QStringLiteral("--search"),
                                 QStringLiteral("x"), QStringLiteral("--type"), QStringLiteral("weekly")});
        QCOMPARE(badType.exitCode, 2);
        QVERIFY2(badType.err.contains(QLatin1String("--type is full-time")), qPrintable(badType.err));
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
        FreshDatabase database(dir.filePath(QStringLiteral("cli.sqlite")));
        User user;
        user.email = QStringLiteral("cli@example.org");
        user.firstName = QStringLiteral("Cli");
        const QString cli = database.addPerson(user);
        const Run listed = run({QStringLiteral("--database"), cli, QStringLiteral("--list-users")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(QLatin1String("cli@example.org")));
    }

    void wrongArgumentsFailWithAMessage()
    {
        FreshDatabase database(dir.filePath(QStringLiteral("wrong.sqlite")));
        User user;
        user.email = QStringLiteral("right@example.org");
        const QString right = database.addPerson(user);
        const QByteArray before = database.fingerprint();
        const QString location = QStringLiteral("--database");

        const Run unknown = run({location, right, QStringLiteral("--frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("frobnicate")));

        const Run badUser = run({location, right, QStringLiteral("--user"), QStringLiteral("nobody"),
                                 QStringLiteral("--list-users")});
        QCOMPARE(badUser.exitCode, 2);
        QVERIFY(badUser.err.contains(QLatin1String("nobody")));

        const Run stray = run({location, right, QStringLiteral("--list-users"), QStringLiteral("extra")});
        QCOMPARE(stray.exitCode, 2);
        QVERIFY(stray.err.contains(QLatin1String("extra")));
        QCOMPARE(database.fingerprint(), before);
    }

    void exportPdfHeadless()
    {
        FreshDatabase database(dir.filePath(QStringLiteral("export.sqlite")));
        User user;
        user.email = QStringLiteral("pdf@example.org");
        const QString path = database.addPerson(user);
        qint64 resume = 0;
        qint64 application = 0;
        {
            auto workspace = Workspace::open(path);
            QVERIFY2(workspace.ok(), qPrintable(workspace.errorMessage()));
            const qint64 userId = idOf(*workspace.value(), user.email);
            QVERIFY(userId > 0);
            Resume content;
            content.name = QStringLiteral("Printed");
            content.content = QStringLiteral("# Pat Doe\n\n## Skills\n\nWelding\n");
            resume = workspace.value()->resumes().createResume(userId, content)->id;
            Opportunity posting;
            posting.title = QStringLiteral("Welder");
            posting.company = QStringLiteral("Forge");
            posting.postedAt = QDateTime::currentDateTimeUtc();
            posting.ownerId = userId; // a posting the person adds is theirs
            auto created = workspace.value()->opportunities().createOpportunity(posting);
            QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
            application =
                workspace.value()->applications().applyToOpportunity(userId, created->id, resume)->id;
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
        FreshDatabase database(dir.filePath(QStringLiteral("import.sqlite")));
        User ana;
        ana.email = QStringLiteral("ana@example.org");
        const QString path = database.addPerson(ana);
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
        const QByteArray before = database.fingerprint();
        const Run bad = run({QStringLiteral("--database"), path, QStringLiteral("--user"),
                             QStringLiteral("ana@example.org"), QStringLiteral("--import"), page,
                             QStringLiteral(CAREERDESK_TEST_DATA "/import/missing.csv")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("missing.csv: cannot be opened")), qPrintable(bad.err));
        QCOMPARE(database.fingerprint(), before); // the good file of the two was not imported either
        const Run encrypted = run({QStringLiteral("--database"), path, QStringLiteral("--user"),
                                   QStringLiteral("ana@example.org"), QStringLiteral("--import"),
                                   QStringLiteral(CAREERDESK_TEST_DATA "/import/feed.atom"),
                                   QStringLiteral(CAREERDESK_TEST_DATA "/import/encrypted.pdf")});
        QCOMPARE(encrypted.exitCode, 1);
        QVERIFY2(encrypted.err.contains(QLatin1String("encrypted.pdf: the PDF is encrypted")),
                 qPrintable(encrypted.err));
        QCOMPARE(database.fingerprint(), before);
        const Run none = run({QStringLiteral("--database"), path, QStringLiteral("--import")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QLatin1String("--import needs at least one FILE")));
    }

    // An export goes to a file of its own: a folder or a device is refused by its name, and the
    // database is not touched. (On a file, its own files are refused too: TestCommandLineFile.)
    void exportsAreWrittenOnlyToFiles()
    {
        FreshDatabase database(dir.filePath(QStringLiteral("only-files.sqlite")));
        const PersonWithResume keep = addPersonWithResume(database, QStringLiteral("keep@example.org"));
        const QByteArray before = database.fingerprint();
        for (const QString& target : {dir.path(), QStringLiteral("/dev/null")}) {
            for (const QStringList& command :
                 {QStringList{QStringLiteral("--export-pdf"), QStringLiteral("resume:%1").arg(keep.resumeId)},
                  QStringList{QStringLiteral("--export-all")}}) {
                const Run refused = run(QStringList{QStringLiteral("--database"), keep.location} + command +
                                        QStringList{target});
                QVERIFY2(refused.exitCode == 1, qPrintable(target + QLatin1Char(' ') + refused.err));
                QVERIFY2(refused.err.contains(QDir::toNativeSeparators(target) +
                                              QLatin1String(" is a folder or a device")),
                         qPrintable(refused.err));
                QVERIFY(!refused.out.contains(QLatin1String("Wrote")));
            }
        }
        QCOMPARE(database.fingerprint(), before);
    }

    // Before: "--list-users --export-pdf …" exited 0 and wrote nothing, without a word.
    void commandsThatCannotGoTogetherAreRefused()
    {
        FreshDatabase database(dir.filePath(QStringLiteral("together.sqlite")));
        const PersonWithResume keep = addPersonWithResume(database, QStringLiteral("keep@example.org"));
        const QByteArray before = database.fingerprint();
        const QString pdf = dir.filePath(QStringLiteral("together.pdf"));
        const QString page = QStringLiteral(CAREERDESK_TEST_DATA "/import/job-page-boards.html");
        const QByteArray pageBefore = fileHash(page);
        const QList<QStringList> mixed = {
            {QStringLiteral("--list-users"), QStringLiteral("--export-pdf"),
             QStringLiteral("resume:%1").arg(keep.resumeId), pdf},
            {QStringLiteral("--import"), QStringLiteral("--export-pdf"),
             QStringLiteral("resume:%1").arg(keep.resumeId), page},
            {QStringLiteral("--list-users"), QStringLiteral("--template"), QStringLiteral("modern")},
        };
        for (QStringList arguments : mixed) {
            arguments.prepend(keep.location);
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
        QCOMPARE(database.fingerprint(), before);
    }

    // Before: "--import /dev/zero" read 7 GB, its size reading as 0.
    void devicesAreNotImported()
    {
        FreshDatabase database(dir.filePath(QStringLiteral("device.sqlite")));
        User keep;
        keep.email = QStringLiteral("keep@example.org");
        const QString path = database.addPerson(keep);
        const QByteArray before = database.fingerprint();
        const Run device = run({QStringLiteral("--database"), path, QStringLiteral("--user"),
                                QStringLiteral("keep@example.org"), QStringLiteral("--import"),
                                QStringLiteral("/dev/zero")});
        QCOMPARE(device.exitCode, 1);
        QVERIFY2(device.err.contains(QLatin1String("zero: is not a file")), qPrintable(device.err));
        QCOMPARE(database.fingerprint(), before);
    }

    // A person's whole data goes from one database to another and comes back the same. On a server
    // adding the person of the file is the administrator's (after --init-server), who then gives them a
    // login of their own (--add-person); the person exports through it.
    void exportAllAndImportAllGiveBackTheSameData()
    {
        FreshDatabase first(dir.filePath(QStringLiteral("all-first.sqlite")));
        const QString alex = addDemoPerson(first);
        User other;
        other.email = QStringLiteral("other@example.org");
        (void)first.addPerson(other);
        const QString exported = dir.filePath(QStringLiteral("alex.json"));
        const Run written =
            run({QStringLiteral("--database"), alex, QStringLiteral("--user"),
                 QStringLiteral("alex.morgan@example.org"), QStringLiteral("--export-all"), exported});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QCOMPARE(QFile::permissions(exported) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        FreshDatabase second(dir.filePath(QStringLiteral("all-second.sqlite")));
        QVERIFY(second.administer().ok());
        const Run imported =
            run({QStringLiteral("--database"), second.location(), QStringLiteral("--import-all"), exported});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QLatin1String("alex.morgan@example.org")));
        const QString alexThere = second.addPerson(DemoData::person());
        const QString again = dir.filePath(QStringLiteral("alex-again.json"));
        const Run rewritten =
            run({QStringLiteral("--database"), alexThere, QStringLiteral("--export-all"), again});
        QVERIFY2(rewritten.exitCode == 0, qPrintable(rewritten.err));
        QFile a(exported);
        QFile b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray before = a.readAll();
        QVERIFY(before.contains("\"application_events\"") && before.contains("Data Analyst"));
        QVERIFY(before.contains("\"notes\"") && before.contains("Mock interview debrief"));
        QCOMPARE(b.readAll(), before);
        const Run everyone =
            run({QStringLiteral("--database"), second.location(), QStringLiteral("--list-users")});
        QVERIFY2(everyone.exitCode == 0, qPrintable(everyone.err));
        QVERIFY(!everyone.out.contains(QLatin1String("other@example.org")));

        // The person is there already: refused whole, the database unchanged.
        const QByteArray secondBefore = second.fingerprint();
        const Run twice =
            run({QStringLiteral("--database"), second.location(), QStringLiteral("--import-all"), exported});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QLatin1String("already in this database")), qPrintable(twice.err));
        const Run notAnExport =
            run({QStringLiteral("--database"), second.location(), QStringLiteral("--import-all"),
                 QStringLiteral(CAREERDESK_TEST_DATA "/import/jobs.json")});
        QCOMPARE(notAnExport.exitCode, 1);
        QVERIFY2(notAnExport.err.contains(QLatin1String("not a CareerDesk person export")),
                 qPrintable(notAnExport.err));
        QCOMPARE(second.fingerprint(), secondBefore);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
