#include "TestSupport.h"

#include "files/ProtectedFiles.h"
#include "files/SavedFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

using namespace careerdesk;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Every file CareerDesk writes goes through SavedFile: all or nothing, owner-only when new, never over
// the open database or an input of the running command, and a failure said in the user's terms.
class TestSavedFile : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void newFilesAreOwnerOnlyAndOldOnesKeepTheirPermissions()
    {
        const QString path = dir.filePath(QStringLiteral("letter.html"));
        QVERIFY(SavedFile::write(path, "<p>Dear Ana</p>").ok());
        const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                  QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path) & groupOrOther, QFileDevice::Permissions());
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadGroup));
        QVERIFY(SavedFile::write(path, "<p>Dear Ana, again</p>").ok());
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadGroup);
        QCOMPARE(contents(path), QByteArray("<p>Dear Ana, again</p>"));
    }

    void inputsOfTheRunningCommandAreNotWrittenOver()
    {
        const QString input = dir.filePath(QStringLiteral("postings.json"));
        QVERIFY(SavedFile::write(input, "[]").ok());
        ProtectedFiles::protect(input, ProtectedFiles::Kind::Input);
        const QString link = dir.filePath(QStringLiteral("through-a-link.pdf"));
        QVERIFY(QFile::link(input, link));
        for (const QString& target : {input, link}) {
            const Status refused = SavedFile::write(target, "%PDF-");
            QVERIFY(!refused.ok());
            QVERIFY2(refused.errorMessage().contains(QLatin1String("a file this command reads")),
                     qPrintable(refused.errorMessage()));
            QVERIFY(refused.errorMessage().contains(QDir::toNativeSeparators(target)));
        }
        QCOMPARE(contents(input), QByteArray("[]"));
        ProtectedFiles::release(input, ProtectedFiles::Kind::Input);
        QVERIFY(SavedFile::write(input, "[1]").ok());
    }

    void theOpenDatabaseAndItsBackupsAreNotWrittenOver()
    {
        TestWorkspace w;
        const QString database = w.databasePath();
        for (const QString& target : QStringList{
                 database, database + QStringLiteral("-shm"), database + QStringLiteral(".schema-v2.bak"),
                 ProtectedFiles::backupFolder(database) + QStringLiteral("/careerdesk-2026-11-29.sqlite")}) {
            const Status refused = SavedFile::write(target, "%PDF-");
            QVERIFY2(!refused.ok(), qPrintable(target));
            QVERIFY(refused.errorMessage().contains(QLatin1String("database")));
        }
        QVERIFY(SavedFile::write(database + QStringLiteral(".pdf"), "%PDF-").ok());
        w.workspace.reset(); // closed: no longer protected
        QVERIFY(SavedFile::write(dir.filePath(QStringLiteral("after.pdf")), "%PDF-").ok());
    }

    void foldersAndDevicesAreRefused()
    {
        QVERIFY(
            SavedFile::write(dir.path(), "x").errorMessage().contains(QLatin1String("folder or a device")));
        QVERIFY(SavedFile::write(QStringLiteral("/dev/null"), "x")
                    .errorMessage()
                    .contains(QLatin1String("folder or a device")));
    }

    // Before: "Cannot write …: Unknown error". A small tmpfs stands for a full disk (the tests run as
    // root, as CI does).
    void fullDiskSaysSoAndKeepsTheOldFile()
    {
        const QString mountPoint = dir.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        const int mounted = QProcess::execute(
            QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mountPoint});
        QVERIFY2(mounted == 0, "mounting a small tmpfs needs root, as the test command runs");
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint}); });
        const QString path = mountPoint + QStringLiteral("/export.csv");
        QVERIFY(SavedFile::write(path, "title,company\r\n").ok());
        const Status full = SavedFile::write(path, QByteArray(1024 * 1024, 'x'));
        const QByteArray left = contents(path);
        const QStringList leftFiles = QDir(mountPoint).entryList(QDir::Files | QDir::Hidden);
        QVERIFY(!full.ok());
        QVERIFY2(full.errorMessage().contains(QLatin1String("the disk is full")),
                 qPrintable(full.errorMessage()));
        QVERIFY(!full.errorMessage().contains(QLatin1String("Unknown error")));
        QCOMPARE(left, QByteArray("title,company\r\n"));
        QCOMPARE(leftFiles, QStringList{QStringLiteral("export.csv")}); // no half-written temporary file
    }
};

QTEST_GUILESS_MAIN(TestSavedFile)
#include "TestSavedFile.moc"
