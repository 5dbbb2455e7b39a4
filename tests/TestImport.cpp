#include "TestSupport.h"
#include "documents/DocxWriter.h"
#include "domain/Resume.h"
#include "import/CsvReader.h"
#include "import/FileImporter.h"
#include "import/HtmlText.h"
#include "import/TrackerCsvReader.h"
#include "store/SqlQuery.h"
#include "workflows/DocumentExporter.h"
#include "workflows/ImportService.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace careerdesk;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(CAREERDESK_TEST_DATA "/import/") + name;
}

const QDateTime importTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

ImportBatch readFixture(const QString& name)
{
    auto batch = FileImporter::readFile(fixture(name), importTime);
    if (!batch)
        qWarning("%s", qPrintable(batch.errorMessage()));
    return batch ? batch.value() : ImportBatch{};
}

QByteArray docxBytes(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!DocxWriter::write(document, QStringLiteral("Resume"), &buffer))
        return {};
    return bytes;
}

QByteArray pdfBytes(const std::function<void(QPainter&)>& draw)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    draw(painter);
    painter.end();
    return bytes;
}

} // namespace

// Files from elsewhere read field by field, bad files refused by name and place, and an import
// that writes everything or nothing.
class TestImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    // -1 when the table cannot be read, so that a broken query never passes for an empty table.
    qint64 rows(const QString& table)
    {
        auto counted =
            SqlQuery::scalar((*w)->database().connection(), QStringLiteral("SELECT count(*) FROM ") + table);
        return counted && counted->isValid() ? counted->toLongLong() : -1;
    }

    bool rowExists(const QString& table, qint64 id)
    {
        return RowArchive::collect((*w)->database(), table, id).ok();
    }

    qint64 found(const QString& keywords)
    {
        OpportunitySearchCriteria criteria;
        criteria.keywords = keywords;
        auto count = (*w)->opportunities().countOpportunities(criteria, 10'000);
        return count ? count.value() : -1;
    }

    // FTS5's own check that each index holds exactly the postings' words, and the bulk switch is off.
    bool searchIndexesAreSound()
    {
        if (w->isServer()) // PostgreSQL computes each posting's search vectors as the row is stored
            return rows(QStringLiteral("opportunities WHERE search IS NULL OR title_search IS NULL")) == 0;
        QSqlQuery query((*w)->database().connection());
        for (const char* index : {"opportunities_fts", "opportunities_title_fts"}) {
            const QString name = QLatin1String(index);
            if (!query.exec(
                    QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)").arg(name))) {
                qWarning("%s", qPrintable(query.lastError().text()));
                return false;
            }
        }
        return rows(QStringLiteral("search_index_deferred")) == 0;
    }

    QString fingerprint()
    {
        QStringList counts;
        for (const char* table :
             {"opportunities", "applications", "application_events", "resumes", "cover_letters", "interests"})
            counts << QString::number(rows(QLatin1String(table)));
        return counts.join(QLatin1Char(','));
    }

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void jobPageWithJsonLdBecomesAPosting()
    {
        const ImportBatch batch = readFixture(QStringLiteral("job-page-boards.html"));
        QCOMPARE(batch.opportunities.size(), 1);
        const Opportunity& posting = batch.opportunities.constFirst();
        QCOMPARE(posting.title, QStringLiteral("Senior Qt Developer"));
        QCOMPARE(posting.company, QStringLiteral("Northwind Robotics"));
        QCOMPARE(posting.location, QStringLiteral("Berlin, BE, DE"));
        QCOMPARE(posting.type, OpportunityType::FullTime);
        QVERIFY(!posting.isRemote);
        QCOMPARE(posting.postedAt, QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(posting.expiresAt, QDateTime(QDate(2026, 12, 31), QTime(22, 59, 59), Qt::UTC));
        QCOMPARE(posting.sourceUrl,
                 QStringLiteral("https://jobs.example.org/view/48151623")); // canonical link
        QVERIFY(posting.salaryRange.has_value());
        QCOMPARE(posting.salaryRange->minCents, 6500000);
        QCOMPARE(posting.salaryRange->maxCents, 8000000);
        QCOMPARE(posting.salaryRange->currency, QStringLiteral("EUR"));
        QCOMPARE(posting.salaryRange->period, SalaryPeriod::Yearly);
        QCOMPARE(
            posting.description,
            QStringLiteral(
                "We build robot arms & their software.\n\n- Own the desktop tools\n- Mentor two juniors"));
        QCOMPARE(posting.requirements,
                 (QStringList{QStringLiteral("5 years of C++"), QStringLiteral("Qt Widgets"),
                              QStringLiteral("CMake"), QStringLiteral("Linux")}));
    }

    void jsonLdGraphWithSeveralPostings()
    {
        const ImportBatch batch = readFixture(QStringLiteral("job-page-graph.html"));
        QCOMPARE(batch.opportunities.size(), 2);
        const Opportunity& remote = batch.opportunities.at(0);
        QCOMPARE(remote.company, QStringLiteral("Helios Energy"));
        QVERIFY(remote.isRemote);
        QCOMPARE(remote.type, OpportunityType::Contract);
        QCOMPARE(remote.sourceUrl, QStringLiteral("https://careers.example.com/jobs/77"));
        QCOMPARE(remote.salaryRange->minCents, 5500);
        QCOMPARE(remote.salaryRange->period, SalaryPeriod::Hourly);
        QCOMPARE(remote.postedAt, QDateTime(QDate(2026, 10, 20), QTime(9, 30), Qt::UTC));
        const Opportunity& intern = batch.opportunities.at(1);
        QCOMPARE(intern.type, OpportunityType::Internship);
        QCOMPARE(intern.location, QStringLiteral("Hamburg; Kiel"));
        QVERIFY(intern.sourceUrl.isEmpty()); // no url and no canonical link
    }

    void pageWithoutPostingIsADocument()
    {
        const ImportBatch batch = readFixture(QStringLiteral("resume-page.html"));
        QCOMPARE(batch.opportunities.size(), 0);
        QCOMPARE(batch.documents.size(), 1);
        QCOMPARE(batch.documents.constFirst().name, QStringLiteral("Ana Lima – CV"));
        QCOMPARE(batch.documents.constFirst().content,
                 QStringLiteral(
                     "# Ana Lima\n\nQt developer in Lisbon.\n\n## Experience\n\n- Northwind, 2019–today\n"
                     "- Contoso, 2015–2019"));
    }

    void jobPostingJsonArray()
    {
        const ImportBatch batch = readFixture(QStringLiteral("jobs.json"));
        QCOMPARE(batch.opportunities.size(), 2);
        const Opportunity& backend = batch.opportunities.at(0);
        QCOMPARE(backend.type, OpportunityType::PartTime);
        QCOMPARE(backend.salaryRange->currency, QStringLiteral("USD"));
        QCOMPARE(backend.salaryRange->minCents, 500000);
        QCOMPARE(backend.salaryRange->period, SalaryPeriod::Monthly);
        QCOMPARE(backend.requirements,
                 (QStringList{QStringLiteral("Design APIs"), QStringLiteral("Run PostgreSQL")}));
        const Opportunity& writer = batch.opportunities.at(1);
        QCOMPARE(writer.company, QStringLiteral("Sakura Games"));
        QCOMPARE(writer.type, OpportunityType::Temporary);
        QCOMPARE(writer.location, QStringLiteral("Osaka, Japan"));
    }

    void jsonResumeBecomesResumeAndSkills()
    {
        const ImportBatch batch = readFixture(QStringLiteral("resume.json"));
        QCOMPARE(batch.documents.size(), 1);
        const ImportedDocument& resume = batch.documents.constFirst();
        QVERIFY(resume.isResume);
        QCOMPARE(resume.format, ResumeFormat::Markdown);
        QCOMPARE(resume.name, QStringLiteral("Senior Qt Developer"));
        qsizetype at = 0;
        for (const char* part : {"# Ana Lima",
                                 "ana@example.org · +351 912 345 678 · https://ana.example.org · Lisbon, PT "
                                 "· GitHub: https://github.com/analima",
                                 "## Summary",
                                 "Ten years of desktop software",
                                 "## Experience",
                                 "**Senior Engineer, Northwind** (2019-04 – today)",
                                 "- Led the CMake migration",
                                 "**Engineer, Contoso** (2015-01 – 2019-03)",
                                 "## Volunteering",
                                 "**Mentor, Code Club**",
                                 "## Education",
                                 "**MSc in Computer Science, University of Lisbon** (2010 – 2015)",
                                 "## Skills",
                                 "- **C++** (Expert): C++20, templates",
                                 "## Languages",
                                 "- Portuguese: Native",
                                 "## Projects",
                                 "**CareerDesk**",
                                 "## Certificates",
                                 "- Qt Certified, The Qt Company, 2021-06-01"}) {
            const qsizetype found = resume.content.indexOf(QString::fromUtf8(part), at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: %1\n%2")
                                                .arg(QString::fromUtf8(part), resume.content)));
            at = found;
        }
        QCOMPARE(batch.interests.size(), 2);
        QCOMPARE(batch.interests.at(1).name, QStringLiteral("Qt"));
        QCOMPARE(batch.interests.at(1).category, InterestCategory::Skill);
        QCOMPARE(batch.interests.at(1).description, QStringLiteral("Widgets, QML"));
    }

    void trackerCsvWithCommas()
    {
        const ImportBatch batch = readFixture(QStringLiteral("tracker-comma.csv"));
        QCOMPARE(batch.opportunities.size(), 3);
        QCOMPARE(batch.applications.size(), 3);
        QVERIFY(batch.columnMapping.contains(QStringLiteral("Job Title → title")));
        QVERIFY(batch.columnMapping.contains(QStringLiteral("Date Applied → applied date")));
        const Opportunity& designer = batch.opportunities.at(0);
        QCOMPARE(designer.title, QStringLiteral("Product Designer"));
        QCOMPARE(designer.location, QStringLiteral("Porto, PT"));
        QCOMPARE(designer.sourceUrl, QStringLiteral("https://greenleaf.example/jobs/9"));
        QCOMPARE(designer.salaryRange->minCents, 4500000);
        QCOMPARE(designer.salaryRange->maxCents, 5500000);
        QCOMPARE(designer.salaryRange->currency, QStringLiteral("EUR"));
        QCOMPARE(batch.applications.at(0).status, ApplicationStatus::Interviewing);
        QCOMPARE(batch.applications.at(0).appliedAt.date(), QDate(2026, 10, 1));
        QCOMPARE(batch.applications.at(0).notes,
                 QStringLiteral("Met Rui.\nSecond round on Friday")); // newline in quotes
        QVERIFY(batch.opportunities.at(1).isRemote);
        QCOMPARE(batch.opportunities.at(1).salaryRange->period, SalaryPeriod::Hourly);
        QCOMPARE(batch.applications.at(2).status, ApplicationStatus::Saved);             // "Wishlist"
        QCOMPARE(batch.applications.at(2).notes, QStringLiteral("Salary: competitive")); // kept, not lost
    }

    void trackerCsvWithSemicolonsAndBom()
    {
        const ImportBatch batch = readFixture(QStringLiteral("tracker-semicolon.csv"));
        QCOMPARE(batch.opportunities.size(), 2);
        QCOMPARE(batch.opportunities.at(0).title,
                 QStringLiteral("QA Engineer")); // the BOM is not in "Position"
        QCOMPARE(batch.applications.at(0).status, ApplicationStatus::Rejected);
        QCOMPARE(batch.applications.at(0).appliedAt.date(), QDate(2026, 9, 5));
        QCOMPARE(batch.opportunities.at(1).title, QStringLiteral("Dev; Ops"));
        QCOMPARE(batch.opportunities.at(1).company, QStringLiteral("Kiwi \"Logistics\""));
        QCOMPARE(batch.applications.at(1).status, ApplicationStatus::Offer);
    }

    void rssAndAtomFeeds()
    {
        const ImportBatch rss = readFixture(QStringLiteral("feed.rss"));
        QCOMPARE(rss.opportunities.size(), 2);
        QCOMPARE(rss.opportunities.at(0).title, QStringLiteral("Rust Developer"));
        QCOMPARE(rss.opportunities.at(0).company, QStringLiteral("Ferrous Labs"));
        QCOMPARE(rss.opportunities.at(0).description, QStringLiteral("Write safe systems."));
        QCOMPARE(rss.opportunities.at(0).requirements,
                 (QStringList{QStringLiteral("Rust"), QStringLiteral("Linux")}));
        QCOMPARE(rss.opportunities.at(0).postedAt, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(rss.opportunities.at(1).company, QStringLiteral("Atlas Fintech"));
        const ImportBatch atom = readFixture(QStringLiteral("feed.atom"));
        QCOMPARE(atom.opportunities.size(), 1);
        QCOMPARE(atom.opportunities.at(0).company,
                 QStringLiteral("Lumen Analytics careers")); // the feed's title
        QCOMPARE(atom.opportunities.at(0).sourceUrl, QStringLiteral("https://lumen.example/jobs/qt"));
        QCOMPARE(atom.opportunities.at(0).postedAt, QDateTime(QDate(2026, 11, 4), QTime(9, 0), Qt::UTC));
    }

    // A resume's format says what its text was written in: Markdown for text files and JSON Resume (whose
    // sections become Markdown), the file's own format for Word, PDF and HTML pages.
    void textFilesBecomeMarkdownDocuments()
    {
        for (const char* name : {"cv.md", "cv.txt"}) {
            auto read = FileImporter::read(QByteArray("# Ana Lima\n\nQt developer.\n"), QLatin1String(name),
                                           importTime);
            QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
            QCOMPARE(read->documents.constFirst().format, ResumeFormat::Markdown);
        }
        auto page = FileImporter::read(QByteArray("<html><body><h1>Ana Lima</h1><p>Qt.</p></body></html>"),
                                       QStringLiteral("cv.html"), importTime);
        QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
        QCOMPARE(page->documents.constFirst().format, ResumeFormat::Html);
        QCOMPARE(Resume().format, ResumeFormat::Markdown); // one written in the window
    }

    void docxAndPdfBecomeDocuments()
    {
        const QByteArray docx = docxBytes(QStringLiteral(
            "<h1>Ana Lima</h1><p>Qt developer.</p><ul><li>CMake</li><li>Widgets</li></ul><p>Lisbon</p>"));
        QVERIFY(!docx.isEmpty());
        auto fromWord = FileImporter::read(docx, QStringLiteral("cv.docx"), importTime);
        QVERIFY2(fromWord.ok(), qPrintable(fromWord.errorMessage()));
        QCOMPARE(fromWord->documents.constFirst().content,
                 QStringLiteral("# Ana Lima\n\nQt developer.\n\n- CMake\n- Widgets\n\nLisbon"));
        QCOMPARE(fromWord->documents.constFirst().format, ResumeFormat::Docx);

        const QByteArray pdf = pdfBytes([](QPainter& painter) {
            painter.drawText(QPointF(200, 400), QStringLiteral("Dear hiring team"));
            painter.drawText(QPointF(200, 800), QStringLiteral("Kind regards, Ana"));
        });
        auto fromPdf = FileImporter::read(pdf, QStringLiteral("letter.pdf"), importTime);
        QVERIFY2(fromPdf.ok(), qPrintable(fromPdf.errorMessage()));
        QVERIFY(fromPdf->documents.constFirst().content.contains(QStringLiteral("Dear hiring team")));
        QVERIFY(fromPdf->documents.constFirst().content.contains(QStringLiteral("Kind regards, Ana")));
    }

    void badInputNamesFileAndPlace_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid JSON") << "jobs.json" << QByteArray("[{\"title\": \"A\",\n \"x\": }]")
                                      << "jobs.json: invalid JSON on line 2";
        QTest::newRow("posting without title")
            << "page.html"
            << QByteArray("<script "
                          "type=\"application/"
                          "ld+json\">{\"@type\":\"JobPosting\",\"hiringOrganization\":\"X\"}</script>")
            << "page.html: JSON-LD block 1, posting 1 has no title";
        QTest::newRow("bad JSON-LD") << "page.html"
                                     << QByteArray("<script type=\"application/ld+json\">{oops</script>")
                                     << "page.html: JSON-LD block 1:";
        QTest::newRow("bad date")
            << "jobs.json"
            << QByteArray("[{\"title\":\"A\",\"hiringOrganization\":\"B\",\"datePosted\":\"yesterday\"}]")
            << "jobs.json: posting 1: datePosted \"yesterday\" is not an ISO 8601 date";
        QTest::newRow("negative salary") << "jobs.json"
                                         << QByteArray("{\"title\":\"A\",\"hiringOrganization\":\"B\","
                                                       "\"baseSalary\":{\"currency\":\"EUR\",\"value\":-5}}")
                                         << "jobs.json: posting 1: baseSalary has no amount";
        QTest::newRow("salary beyond any number")
            << "jobs.json"
            << QByteArray("{\"title\":\"A\",\"hiringOrganization\":\"B\","
                          "\"baseSalary\":{\"currency\":\"EUR\",\"value\":1e300}}")
            << "jobs.json: posting 1: baseSalary has no amount";
        QTest::newRow("ragged CSV") << "t.csv" << QByteArray("title,company\nA,B\nC,D,E\n")
                                    << "t.csv: line 3 has 3 fields, the header has 2";
        QTest::newRow("open quote") << "t.csv" << QByteArray("title,company\n\"A,B\n")
                                    << "t.csv: line 2: a quoted field is never closed";
        QTest::newRow("unknown stage") << "t.csv" << QByteArray("title,company,status\nA,B,Dreaming\n")
                                       << "t.csv: line 2, stage: \"Dreaming\" is not a stage";
        QTest::newRow("no title column")
            << "t.csv" << QByteArray("name,city\nA,B\n") << "t.csv: the header needs a title column";
        QTest::newRow("Latin-1 CSV") << "t.csv" << QByteArray("title,company\nA,B\nCaf\xe9,C\n")
                                     << "t.csv: line 3 is not UTF-8 text";
        QTest::newRow("empty file") << "cv.md" << QByteArray("  \n") << "cv.md: the file is empty";
        QTest::newRow("binary garbage")
            << "cv.txt" << QByteArray("\x7f\x45\x4c\x46\x02\x00\x00\x01", 8) << "cv.txt: byte 6 is a NUL";
        QTest::newRow("not a zip") << "cv.docx" << QByteArray("this is not a zip at all")
                                   << "cv.docx: not a DOCX file: it is not a zip";
        QTest::newRow("not a PDF") << "cv.pdf" << QByteArray("%PDF-1.4 garbage")
                                   << "cv.pdf: not a PDF CareerDesk can read";
        QTest::newRow("broken feed") << "f.rss" << QByteArray("<rss><channel><item><title>A</item></rss>")
                                     << "f.rss: line 1, column";
        QTest::newRow("unknown suffix")
            << "photo.png" << QByteArray("\x89PNG") << "photo.png: CareerDesk imports .html";
        QTest::newRow("neither") << "x.json" << QByteArray("{\"hello\": 1}")
                                 << "x.json: the JSON is neither a JSON Resume";
        // Before: libxml2 compared each attribute with every earlier one: 107 s for this 1.2 MB page.
        QByteArray attributeBomb = "<html><body><div";
        for (int i = 0; i < 100000; ++i)
            attributeBomb += " a" + QByteArray::number(i) + "=1";
        attributeBomb += ">x</div></body></html>";
        QTest::newRow("attribute bomb")
            << "page.html" << attributeBomb << "page.html: one tag has 100000 attributes, more than the 1000";
        // A file of the size limit full of tiny tags would take gigabytes of nodes.
        QByteArray elementBomb = "<html><body>";
        for (int i = 0; i < 600000; ++i)
            elementBomb += "<b>";
        QTest::newRow("element bomb")
            << "tags.html" << elementBomb << "tags.html: it has 600002 elements, more than the 500000";
    }

    void badInputNamesFileAndPlace()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto read = FileImporter::read(bytes, fileName, importTime);
        QVERIFY(!read.ok());
        QVERIFY2(read.errorMessage().startsWith(message), qPrintable(read.errorMessage()));
    }

    void markupTooCostlyToParseInADescriptionKeepsItsText()
    {
        QByteArray description = "<p";
        for (int i = 0; i < 5000; ++i)
            description += " b" + QByteArray::number(i) + "=2";
        description += ">Build <b>robots</b></p>";
        const QJsonObject posting{{QStringLiteral("@type"), QStringLiteral("JobPosting")},
                                  {QStringLiteral("title"), QStringLiteral("Roboticist")},
                                  {QStringLiteral("hiringOrganization"), QStringLiteral("Bots Inc")},
                                  {QStringLiteral("description"), QString::fromUtf8(description)}};
        auto read =
            FileImporter::read(QJsonDocument(posting).toJson(), QStringLiteral("bomb.json"), importTime);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        const QString text = read->opportunities.constFirst().description;
        QVERIFY2(text.endsWith(QLatin1String("Build robots")), qPrintable(text.right(40)));
        QVERIFY(!text.contains(QLatin1Char('<')));
    }

    void truncatedDocxAndImageOnlyPdfAreRefused()
    {
        const QByteArray docx = docxBytes(QStringLiteral("<p>Hello</p>"));
        auto truncated =
            FileImporter::read(docx.left(docx.size() / 2), QStringLiteral("cut.docx"), importTime);
        QVERIFY(!truncated.ok());
        QVERIFY2(truncated.errorMessage().startsWith(QStringLiteral("cut.docx: ")),
                 qPrintable(truncated.errorMessage()));
        QImage scan(200, 100, QImage::Format_RGB32);
        scan.fill(Qt::white);
        const QByteArray pdf =
            pdfBytes([&scan](QPainter& painter) { painter.drawImage(QPointF(0, 0), scan); });
        auto imageOnly = FileImporter::read(pdf, QStringLiteral("scan.pdf"), importTime);
        QVERIFY(!imageOnly.ok());
        QVERIFY2(imageOnly.errorMessage().contains(QStringLiteral("scan.pdf: the PDF has no text")),
                 qPrintable(imageOnly.errorMessage()));
    }

    // encrypted.pdf: Ghostscript's pdfwrite with a user password (RC4, 128 bits); see tests/data/README.md.
    void encryptedPdfIsRefusedWithAMessage()
    {
        auto plan = ImportService::planFiles(**w, w->userId, {fixture(QStringLiteral("encrypted.pdf"))});
        QVERIFY(!plan.ok());
        QCOMPARE(
            plan.errorMessage(),
            QStringLiteral("encrypted.pdf: the PDF is encrypted with a password; save an unprotected copy "
                           "and import that"));
    }

    // Before: SQLite's own words ("database or disk is full").
    void importOnAFullDiskSaysSoAndAddsNothing()
    {
        const qint64 postingsBefore = rows(QStringLiteral("opportunities"));
        const FullDisk fullDisk(*w);
        QVERIFY2(fullDisk.problem().isEmpty(), qPrintable(fullDisk.problem()));
        ImportBatch batch;
        batch.fileName = QStringLiteral("many.json");
        for (int i = 0; i < 500; ++i) {
            Opportunity posting;
            posting.title = QStringLiteral("Posting %1").arg(i);
            posting.company = QStringLiteral("Fills the disk");
            posting.description = QString(1500, QLatin1Char('d'));
            posting.sourceUrl = QStringLiteral("https://jobs.example.org/full/%1").arg(i);
            posting.postedAt = importTime;
            batch.opportunities << posting;
        }
        auto plan = ImportService::plan(**w, w->userId, {batch});
        QVERIFY(plan.ok());
        auto summary =
            ImportService::commit(**w, w->userId, plan.value(), ImportService::DocumentsAs::Resumes);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.errorMessage().contains(QLatin1String("The disk is full")),
                 qPrintable(summary.errorMessage()));
        QCOMPARE(rows(QStringLiteral("opportunities")), postingsBefore);
    }

    void tooLargeFileIsRefusedBeforeReading()
    {
        QFile big(w->dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(200LL * 1000 * 1000)); // sparse: 200 MB that cost no disk
        big.close();
        auto read = FileImporter::readFile(big.fileName(), importTime);
        QVERIFY(!read.ok());
        QVERIFY2(read.errorMessage().startsWith(QStringLiteral("big.csv: 190 MB is more than")),
                 qPrintable(read.errorMessage()));
    }

    void importWritesEverythingAndSkipsDuplicates()
    {
        QList<ImportBatch> batches{readFixture(QStringLiteral("tracker-comma.csv")),
                                   readFixture(QStringLiteral("resume.json")),
                                   readFixture(QStringLiteral("letter.md"))};
        auto plan = ImportService::plan(**w, w->userId, batches);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QVERIFY(plan->skipped.isEmpty());
        QVERIFY(plan->hasUnassignedDocuments());
        auto summary = ImportService::commit(**w, w->userId, *plan, ImportService::DocumentsAs::CoverLetters);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->postings, 3);
        QCOMPARE(summary->applications, 3);
        QCOMPARE(summary->resumes, 1);
        QCOMPARE(summary->coverLetters, 1);
        QCOMPARE(summary->interests, 2);
        // Through the resume service: a person's first resume becomes the default.
        const auto defaultResume = (*w)->resumes().getDefaultResume(w->userId);
        QVERIFY(defaultResume->has_value());
        QCOMPARE(defaultResume->value().name, QStringLiteral("Senior Qt Developer"));
        QCOMPARE(summary->text(),
                 QStringLiteral("Added 3 postings, 3 applications, 1 resume, 1 cover letter, 2 interests."));
        const auto interviewing = (*w)->applications().getOpportunitiesByApplicationStatus(
            w->userId, ApplicationStatus::Interviewing);
        QCOMPARE(interviewing->size(), 1);
        QCOMPARE(interviewing->constFirst().appliedAt.date(), QDate(2026, 10, 1));
        const auto history =
            (*w)->applications().getApplicationHistory(w->userId, interviewing->constFirst().id);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->constFirst().toStatus, ApplicationStatus::Interviewing);

        // The same files again: every posting, application and interest is already there.
        auto again = ImportService::plan(
            **w, w->userId,
            {readFixture(QStringLiteral("tracker-comma.csv")), readFixture(QStringLiteral("resume.json"))});
        QVERIFY(again.ok());
        QCOMPARE(again->skipped.size(), 3 + 3 + 2);
        QVERIFY2(again->skipped.constFirst().endsWith(QStringLiteral("already stored (same link)")),
                 qPrintable(again->skipped.constFirst()));
        const QString before = fingerprint();
        auto second = ImportService::commit(**w, w->userId, *again, ImportService::DocumentsAs::Resumes);
        QVERIFY(second.ok());
        QCOMPARE(second->postings + second->applications + second->interests, 0);
        QCOMPARE(second->resumes, 1); // a resume is a document: importing it twice makes two
        QVERIFY(fingerprint() != before);
    }

    void repeatedLinkInAnotherFileKeepsItsApplication()
    {
        // A tracker row for a posting that a job page in the same import already brings (same link,
        // another title): the posting is added once and the row's stage applies to it.
        const ImportBatch page = readFixture(QStringLiteral("jobs.json"));
        const QByteArray csv(
            "title,company,link,status\nBackend dev,Quantum Loop,https://quantumloop.example/jobs/1,Offer\n");
        auto tracker = FileImporter::read(csv, QStringLiteral("t.csv"), importTime);
        QVERIFY(tracker.ok());
        auto plan = ImportService::plan(**w, w->userId, {page, tracker.value()});
        QVERIFY(plan.ok());
        auto summary = ImportService::commit(**w, w->userId, *plan, ImportService::DocumentsAs::Resumes);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->postings, 2);
        QCOMPARE(summary->applications, 1);
        const auto offers =
            (*w)->applications().getOpportunitiesByApplicationStatus(w->userId, ApplicationStatus::Offer);
        QCOMPARE(offers->size(), 1);
    }

    // Found by fuzz_csv: a run of digits beyond qint64 was converted to cents regardless (UB).
    void trackerSalaryTooLargeIsKeptAsText()
    {
        const QString huge = QStringLiteral("EUR ") + QString(120, QLatin1Char('4'));
        QVERIFY(!TrackerCsvReader::salary(huge).has_value());
        QVERIFY(!TrackerCsvReader::salary(QStringLiteral("€100,000,000,000,000")).has_value());
        QCOMPARE(TrackerCsvReader::salary(QStringLiteral("€1,000,000,000"))->maxCents, 100'000'000'000);
        const auto batch =
            FileImporter::read("title,company,status,salary\nA,B,Saved,EUR " + QByteArray(120, '4'),
                               QStringLiteral("t.csv"), importTime);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QVERIFY(!batch->opportunities.at(0).salaryRange.has_value());
        QCOMPARE(batch->applications.at(0).notes, QStringLiteral("Salary: ") + huge);
    }

    // A resume imported from JSON Resume exports back to the same JSON; one written here has none.
    void jsonResumeExportsBackAsItCameIn()
    {
        auto plan = ImportService::planFiles(**w, w->userId, {fixture(QStringLiteral("resume.json"))});
        QVERIFY(plan.ok());
        QVERIFY(ImportService::commit(**w, w->userId, *plan, ImportService::DocumentsAs::Resumes).ok());
        const auto imported = (*w)->resumes().getDefaultResume(w->userId);
        QVERIFY(imported.ok() && imported->has_value());
        QTemporaryDir dir;
        const DocumentExporter exporter(**w, w->userId);
        const QString path = dir.filePath(QStringLiteral("back.json"));
        QCOMPARE(DocumentExporter::formatFor(path), DocumentExporter::Format::JsonResume);
        const DocumentExporter::Request request{DocumentExporter::Subject::Resume, imported->value().id, {}};
        const Status written = exporter.exportTo(request, path, DocumentExporter::Format::JsonResume, {});
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QFile original(fixture(QStringLiteral("resume.json")));
        QFile back(path);
        QVERIFY(original.open(QIODevice::ReadOnly) && back.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(back.readAll()), QJsonDocument::fromJson(original.readAll()));

        Resume own;
        own.name = QStringLiteral("Written here");
        own.content = QStringLiteral("# Me");
        const auto created = (*w)->resumes().createResume(w->userId, own);
        QVERIFY(created.ok());
        const QString refusedPath = dir.filePath(QStringLiteral("own.json"));
        const Status refused = exporter.exportTo({DocumentExporter::Subject::Resume, created->id, {}},
                                                 refusedPath, DocumentExporter::Format::JsonResume, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().startsWith(
                     QStringLiteral("“Written here” was not imported from JSON Resume")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!QFile::exists(refusedPath));
    }

    // Undo of an import: every row it added goes (with what hangs on it) and comes back with its id.
    void importIsTakenBackAndPutBack()
    {
        // A posting already stored, to which the CSV adds an application: that application is a row of
        // its own to take back, while the applications of new postings go with their postings.
        auto first = ImportService::planFiles(**w, w->userId, {fixture(QStringLiteral("jobs.json"))});
        QVERIFY(first.ok());
        QVERIFY(ImportService::commit(**w, w->userId, *first, ImportService::DocumentsAs::Resumes).ok());
        const QString before = fingerprint();
        const QString postingTitle = first->batches.at(0).opportunities.at(0).title;
        const QString company = first->batches.at(0).opportunities.at(0).company;
        const QByteArray csv = "title,company,status\n\"" + postingTitle.toUtf8() + "\",\"" +
                               company.toUtf8() + "\",Applied\nWelder,Forge,Interviewing\n";
        auto rows = FileImporter::read(csv, QStringLiteral("t.csv"), importTime);
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        auto plan = ImportService::plan(**w, w->userId,
                                        {rows.value(), readFixture(QStringLiteral("resume.json")),
                                         readFixture(QStringLiteral("letter.md"))});
        QVERIFY(plan.ok());
        auto summary = ImportService::commit(**w, w->userId, *plan, ImportService::DocumentsAs::CoverLetters);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->applications, 2);
        const QString after = fingerprint();
        QVERIFY(after != before);

        auto archives = (*w)->takeAway(summary->roots);
        QVERIFY2(archives.ok(), qPrintable(archives.errorMessage()));
        QCOMPARE(fingerprint(), before);
        QCOMPARE(found(QStringLiteral("welder")), 0);
        QVERIFY(searchIndexesAreSound());

        QVERIFY((*w)->restore(archives.value()).ok());
        QCOMPARE(fingerprint(), after);
        QCOMPARE(found(QStringLiteral("welder")), 1);
        QVERIFY(searchIndexesAreSound());
        for (const auto& [table, id] : std::as_const(summary->roots))
            QVERIFY2(rowExists(table, id), qPrintable(table + QString::number(id))); // the same ids
        QVERIFY((*w)->takeAway(summary->roots).ok());                                // and again
        QCOMPARE(fingerprint(), before);
        // Only the schema's own tables are taken from, by name.
        auto foreign = (*w)->takeAway({{QStringLiteral("goals; DROP TABLE users"), 1}});
        QVERIFY(!foreign.ok());
        QVERIFY(foreign.errorMessage().contains(QLatin1String("not a table whose rows can be archived")));
        QCOMPARE(fingerprint(), before);
    }

    // Undo of a large import: every view reads its rows once (a change of the table), rather than once
    // for each of thousands of rows, and a small one is still announced row by row.
    void largeImportIsAnnouncedAsAChangeOfItsTables()
    {
        QJsonArray postings;
        for (int i = 0; i < Workspace::rowsAnnouncedOneByOne + 20; ++i)
            postings.append(QJsonObject{{QStringLiteral("@type"), QStringLiteral("JobPosting")},
                                        {QStringLiteral("title"), QStringLiteral("Welder %1").arg(i)},
                                        {QStringLiteral("hiringOrganization"),
                                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Forge")}}},
                                        {QStringLiteral("description"), QStringLiteral("Joins metal.")}});
        auto rows =
            FileImporter::read(QJsonDocument(postings).toJson(), QStringLiteral("many.json"), importTime);
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        auto plan = ImportService::plan(**w, w->userId, {rows.value()});
        QVERIFY(plan.ok());
        auto summary = ImportService::commit(**w, w->userId, *plan, ImportService::DocumentsAs::Resumes);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->roots.size(), postings.size());

        const EntityService& service = (*w)->opportunities();
        QSignalSpy removed(&service, &EntityService::removed);
        QSignalSpy created(&service, &EntityService::created);
        QSignalSpy many(&service, &EntityService::manyChanged);
        auto archives = (*w)->takeAway(summary->roots);
        QVERIFY2(archives.ok(), qPrintable(archives.errorMessage()));
        QCOMPARE(found(QStringLiteral("welder")), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(many.count(), 1);
        QVERIFY((*w)->restore(archives.value()).ok());
        QCOMPARE(found(QStringLiteral("welder")), postings.size());
        QCOMPARE(created.count(), 0);
        QCOMPARE(many.count(), 2);

        const RowRefs few = summary->roots.mid(0, 3);
        QVERIFY((*w)->takeAway(few).ok());
        QCOMPARE(removed.count(), 3);
        QCOMPARE(many.count(), 2);
    }

    void htmlTextKeepsTextBeforeTheFirstTag()
    {
        QCOMPARE(HtmlText::toText(QStringLiteral("Write <b>safe</b> systems.")),
                 QStringLiteral("Write safe systems."));
    }

    void duplicatesInsideOneFileAreAddedOnce()
    {
        const QByteArray csv("title,company,location\nA,B,Porto\na,b,porto\nA,B,Lisbon\n");
        auto batch = FileImporter::read(csv, QStringLiteral("t.csv"), importTime);
        QVERIFY(batch.ok());
        auto plan = ImportService::plan(**w, w->userId, {batch.value()});
        QCOMPARE(plan->skipped.size(), 1);
        QVERIFY(plan->skipped.constFirst().contains(QStringLiteral("appears twice in t.csv")));
        QCOMPARE(ImportService::commit(**w, w->userId, *plan, ImportService::DocumentsAs::Resumes)->postings,
                 2);
    }

    void invalidPostingStopsThePlanAndCancelWritesNothing()
    {
        const QByteArray bad(
            "[{\"title\":\"A\",\"hiringOrganization\":\"B\",\"url\":\"javascript:alert(1)\"}]");
        auto batch = FileImporter::read(bad, QStringLiteral("x.json"), importTime);
        QVERIFY(batch.ok());
        auto refused = ImportService::plan(**w, w->userId, {batch.value()});
        QVERIFY(!refused.ok());
        QVERIFY2(
            refused.errorMessage().startsWith(QStringLiteral("x.json: posting 1 (\"A\"): The source link")),
            qPrintable(refused.errorMessage()));

        QString csv = QStringLiteral("title,company,status\n");
        for (int i = 0; i < 300; ++i)
            csv += QStringLiteral("Job %1,Company %1,Applied\n").arg(i);
        auto many = FileImporter::read(csv.toUtf8(), QStringLiteral("many.csv"), importTime);
        auto plan = ImportService::plan(**w, w->userId, {many.value()});
        QVERIFY(plan.ok());
        const QString before = fingerprint();
        // Cancelled while storing rows, then while indexing them for search (the last part of the work).
        for (const double share : {0.25, 0.75}) {
            qint64 seen = 0;
            auto cancelled = ImportService::commit(**w, w->userId, *plan, ImportService::DocumentsAs::Resumes,
                                                   [&](qint64 done, qint64 total) {
                                                       seen = done;
                                                       return done < total * share;
                                                   });
            QVERIFY(!cancelled.ok());
            QVERIFY(seen > 0);
            QCOMPARE(cancelled.errorMessage(),
                     QStringLiteral("The import was cancelled; nothing was added."));
            QCOMPARE(fingerprint(), before);
            QVERIFY(searchIndexesAreSound());
        }
        // Postings added one by one afterwards are indexed as they are stored.
        Opportunity later;
        later.title = QStringLiteral("Lighthouse keeper");
        later.company = QStringLiteral("Coastline");
        later.postedAt = importTime;
        QVERIFY((*w)->opportunities().createOpportunity(later).ok());
        QCOMPARE(found(QStringLiteral("lighthouse")), 1);
    }

    // Imported postings are indexed in bulk at the end of the import; search finds them by title,
    // by a word of the description and by a prefix, and the indexes pass FTS5's integrity check.
    void importedPostingsAreSearchable()
    {
        Opportunity before;
        before.title = QStringLiteral("Harbour pilot");
        before.company = QStringLiteral("Port");
        before.postedAt = importTime;
        QVERIFY((*w)->opportunities().createOpportunity(before).ok());
        QString csv = QStringLiteral("title,company,description\n");
        for (int i = 0; i < 250; ++i)
            csv += QStringLiteral("Welder %1,Forge %1,Shifts near the quayside %2\n")
                       .arg(i)
                       .arg(QLatin1String(i % 2 ? "" : "river"));
        auto many = FileImporter::read(csv.toUtf8(), QStringLiteral("many.csv"), importTime);
        QVERIFY(many.ok());
        auto plan =
            ImportService::plan(**w, w->userId, {many.value(), readFixture(QStringLiteral("jobs.json"))});
        QVERIFY(plan.ok());
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        bool increasing = true;
        QVERIFY(ImportService::commit(**w, w->userId, *plan, ImportService::DocumentsAs::Resumes,
                                      [&](qint64 done, qint64 total) {
                                          increasing = increasing && done > lastDone && done <= total;
                                          lastDone = done;
                                          lastTotal = total;
                                          return true;
                                      })
                    .ok());
        // Progress ends at the plan's measure of the work, which the window's progress bar uses.
        QVERIFY(increasing);
        QCOMPARE(lastTotal, qint64(plan->work()));
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(found(QStringLiteral("welder")), 250);
        QCOMPARE(found(QStringLiteral("quayside river")), 125);
        QCOMPARE(found(QStringLiteral("forg")), 250); // the last word is also a prefix
        QCOMPARE(found(QStringLiteral("harbour")), 1);
        QVERIFY(found(QStringLiteral("%1").arg(plan->batches.at(1).opportunities.at(0).title)) >= 1);
        QVERIFY(searchIndexesAreSound());
    }
};

QTEST_MAIN(TestImport)
#include "TestImport.moc"
