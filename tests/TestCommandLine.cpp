#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace careerdesk;

// The careerdesk executable itself, run as a script would run it.
class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    Run run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CAREERDESK_EXECUTABLE), arguments);
        if (!process.waitForFinished(30000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
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
        QVERIFY(!real.out.contains(QLatin1String("alex.morgan@example.org")));
    }

    void wrongArgumentsFailWithAMessage()
    {
        const Run unknown = run({QStringLiteral("--frobnicate")});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY(unknown.err.contains(QLatin1String("frobnicate")));

        const Run badUser =
            run({QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("--list-users")});
        QVERIFY(badUser.exitCode != 0);
        QVERIFY(badUser.err.contains(QLatin1String("nobody")));

        const Run stray = run({QStringLiteral("--list-users"), QStringLiteral("extra")});
        QVERIFY(stray.exitCode != 0);
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
        const Run bad = run({QStringLiteral("--database"), path, QStringLiteral("--user"),
                             QStringLiteral("ana@example.org"), QStringLiteral("--import"), page,
                             QStringLiteral(CAREERDESK_TEST_DATA "/import/missing.csv")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("missing.csv: cannot be opened")), qPrintable(bad.err));
        const Run none = run({QStringLiteral("--import")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QLatin1String("--import needs at least one FILE")));
    }

    void unreadableDatabaseFailsWithItsName()
    {
        const Run folder = run({QStringLiteral("--database"), dir.path(), QStringLiteral("--list-users")});
        QVERIFY(folder.exitCode != 0);
        QVERIFY(folder.err.contains(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
