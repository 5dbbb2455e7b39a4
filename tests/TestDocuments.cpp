#include "TestSupport.h"
#include "documents/DocumentTemplate.h"
#include "documents/MarkdownText.h"
#include "workflows/DocumentExporter.h"
#include "workflows/DocumentGeneration.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QXmlStreamReader>

#include <quazipfile.h>

using namespace careerdesk;

namespace {

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path)
{
    return runTool(QStringLiteral(PDFTOTEXT_PROGRAM), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

QString pdfInfo(const QString& path)
{
    return runTool(QStringLiteral(PDFINFO_PROGRAM), {path});
}

// True when every needle occurs in `text`, in this order.
bool inOrder(const QString& text, const QStringList& needles)
{
    qsizetype at = 0;
    for (const QString& needle : needles) {
        at = text.indexOf(needle, at);
        if (at < 0)
            return false;
        at += needle.size();
    }
    return true;
}

const QString resumeMarkdown = QStringLiteral(
    "# Ana Lima\n\n## Experience\n\n**Senior Engineer, Northwind** (2019–today)\n\n"
    "- Built Qt desktop tools\n- Led the CMake migration\n\n## Education\n\nMSc Computer Science\n\n"
    "## Skills\n\nC++, Qt, QML, PostgreSQL\n");

QByteArray zipEntry(const QString& archive, const QString& name)
{
    QuaZipFile entry(archive, name);
    if (!entry.open(QIODevice::ReadOnly))
        return {};
    return entry.readAll();
}

} // namespace

// Resumes and cover letters printed to PDF through every template.
class TestDocuments : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;
    QString keepFolder;

    QString outputPath(const QString& name)
    {
        return QDir(keepFolder.isEmpty() ? w->dir.path() : keepFolder).filePath(name);
    }

private Q_SLOTS:
    void markdownEscapeShowsTheTextAsItIs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Ana Lima");
        QTest::newRow("email and dots") << QStringLiteral("alex.morgan@example.org, Acme Inc.");
        QTest::newRow("everyday punctuation")
            << QStringLiteral("C++ (Qt) & C# — e-mail! Jean-Luc's 50% bonus");
        QTest::newRow("heading") << QStringLiteral("# Not a heading");
        QTest::newRow("bullet") << QStringLiteral("- not a bullet");
        QTest::newRow("plus bullet") << QStringLiteral("+ not a bullet");
        QTest::newRow("numbered") << QStringLiteral("2026. A good year");
        QTest::newRow("numbered paren") << QStringLiteral("3) three");
        QTest::newRow("quote") << QStringLiteral("> not quoted");
        QTest::newRow("rule") << QStringLiteral("---");
        QTest::newRow("emphasis") << QStringLiteral("*bold* _it_ **b** ~~gone~~ `code`");
        QTest::newRow("link") << QStringLiteral("[click](https://example.org) ![img](x.png)");
        QTest::newRow("html") << QStringLiteral("<b>Boss</b> &amp; <script>x</script>");
        QTest::newRow("table") << QStringLiteral("| a | b |");
        QTest::newRow("backslash") << QStringLiteral("C:\\path\\ \\*");
        QTest::newRow("leading spaces") << QStringLiteral("      code block?");
        QTest::newRow("line breaks") << QStringLiteral("one\n# two\r\n- three");
    }

    void markdownEscapeShowsTheTextAsItIs()
    {
        QFETCH(QString, text);
        QString expected = text;
        expected.replace(QStringLiteral("\r\n"), QStringLiteral("  "))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        expected = expected.trimmed();
        const QString escaped = MarkdownText::escape(text);
        // At the start of a line and inside one.
        for (const QString& prefix : {QString(), QStringLiteral("Value: ")}) {
            QTextDocument document;
            document.setMarkdown(prefix + escaped);
            QCOMPARE(document.toPlainText(), prefix + expected);
            QCOMPARE(document.blockCount(), 1);
            QVERIFY(!document.firstBlock().textList());
            QCOMPARE(document.firstBlock().blockFormat().headingLevel(), 0);
        }
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        keepFolder = qEnvironmentVariable("CAREERDESK_SCREENSHOTS");
    }
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void thereAreThreeResumeAndTwoLetterTemplates()
    {
        QVERIFY(DocumentTemplate::available(DocumentTemplate::Kind::Resume).size() >= 3);
        QVERIFY(DocumentTemplate::available(DocumentTemplate::Kind::CoverLetter).size() >= 2);
    }

    void everyResumeTemplateRendersToPdf_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QString>("pageSize");
        for (const DocumentTemplate& t : DocumentTemplate::available(DocumentTemplate::Kind::Resume)) {
            QTest::newRow(qPrintable(t.id() + QStringLiteral("-a4"))) << t.id() << QStringLiteral("A4");
            QTest::newRow(qPrintable(t.id() + QStringLiteral("-letter")))
                << t.id() << QStringLiteral("Letter");
        }
    }

    void everyResumeTemplateRendersToPdf()
    {
        QFETCH(QString, templateId);
        QFETCH(QString, pageSize);
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Backend focus"), resumeMarkdown);
        DocumentExporter exporter(**w, w->userId);
        DocumentRenderer::PdfOptions options;
        options.pageSize = QPageSize(pageSize == QLatin1String("A4") ? QPageSize::A4 : QPageSize::Letter);
        const QString path = outputPath(templateId + QLatin1Char('-') + pageSize + QStringLiteral(".pdf"));
        const Status written =
            exporter.exportPdf({DocumentExporter::Subject::Resume, resume, templateId}, path, options);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));

        const QString text = pdfText(path);
        QVERIFY2(inOrder(text, {QStringLiteral("Ana Lima"), QStringLiteral("Experience"),
                                QStringLiteral("Built Qt desktop tools"), QStringLiteral("Education"),
                                QStringLiteral("Skills"), QStringLiteral("C++, Qt, QML, PostgreSQL")}),
                 qPrintable(text));
        const QString info = pdfInfo(path);
        // The title says whose resume it is and which one: the resume's own name alone ("General") says
        // neither.
        QVERIFY2(info.contains(
                     QRegularExpression(QStringLiteral("Title:\\s+Ana Lima — Resume \\(Backend focus\\)\n"))),
                 qPrintable(info));
        // One page has no page number; the role's line and its dates stay on one line.
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("^\\s*1\\s*$"),
                                                   QRegularExpression::MultilineOption)) &&
                     !text.contains(QLatin1String("Page ")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QRegularExpression(QStringLiteral("Senior Engineer, Northwind\\s+2019–today"))),
            qPrintable(text));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Author:\\s+Ana Lima\n"))),
                 qPrintable(info));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\n"))));
        QVERIFY2(info.contains(pageSize == QLatin1String("A4") ? QLatin1String("(A4)")
                                                               : QLatin1String("(letter)")),
                 qPrintable(info));
    }

    // The author is the person's name, in the information dictionary and, in PDF/A, in the XMP
    // metadata too (the two must agree); markup in the name is text in both.
    void pdfNamesItsAuthorAlsoInPdfA()
    {
        User odd;
        odd.email = QStringLiteral("odd@example.org");
        odd.firstName = QStringLiteral("Zoë");
        odd.lastName = QStringLiteral("<b>Neil & Co</b>");
        const qint64 oddId = (*w)->users().createUser(odd).value().id;
        const qint64 resume = w->addResume(oddId, QStringLiteral("Plain"), resumeMarkdown);
        DocumentExporter exporter(**w, oddId);
        DocumentRenderer::PdfOptions options;
        options.pdfA = true;
        const QString path = outputPath(QStringLiteral("author-pdfa.pdf"));
        const Status written =
            exporter.exportPdf({DocumentExporter::Subject::Resume, resume, {}}, path, options);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const QString info = pdfInfo(path);
        QVERIFY2(info.contains(QStringLiteral("Author:          Zoë <b>Neil & Co</b>\n")), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(
                     QStringLiteral("Title:\\s+Zoë <b>Neil & Co</b> — Resume \\(Plain\\)\n"))),
                 qPrintable(info));
        const QString xmp = runTool(QStringLiteral(PDFINFO_PROGRAM), {QStringLiteral("-meta"), path});
        QVERIFY2(xmp.contains(QStringLiteral("<dc:creator>")), qPrintable(xmp));
        QVERIFY2(xmp.contains(QStringLiteral("<rdf:li>Zoë &lt;b&gt;Neil &amp; Co&lt;/b&gt;</rdf:li>")),
                 qPrintable(xmp));
        QVERIFY(xmp.contains(QStringLiteral("pdfaid:part=\"1\" pdfaid:conformance=\"B\"")));
        QVERIFY(pdfText(path).contains(QStringLiteral("Built Qt desktop tools"))); // the pages are untouched
    }

    // "CI/CD" or "TCP/IP" is one term: a line may end before or after it, never at its slash. Links that are
    // e-mail addresses read as text, in the text's colour.
    void termsWithASlashStayWholeAndLinksReadAsText()
    {
        QString markdown = QStringLiteral("# Ana Lima\n\nana@example.org\n\n## Skills\n\n");
        for (int i = 0; i < 60; ++i)
            markdown += QStringLiteral("CI/CD TCP/IP ");
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Slashes"), markdown);
        for (const DocumentTemplate& t : DocumentTemplate::available(DocumentTemplate::Kind::Resume)) {
            const QString path = outputPath(QStringLiteral("slashes-") + t.id() + QStringLiteral(".pdf"));
            QVERIFY(DocumentExporter(**w, w->userId)
                        .exportPdf({DocumentExporter::Subject::Resume, resume, t.id()}, path, {})
                        .ok());
            const QString text = pdfText(path);
            QVERIFY2(text.contains(QLatin1String("CI/CD TCP/IP")),
                     qPrintable(text)); // as typed, nothing between
            const QStringList lines = text.split(QLatin1Char('\n'));
            QVERIFY(lines.filter(QLatin1String("CI/CD")).size() >= 3); // the terms fill several lines
            for (const QString& line : lines) {
                const QString trimmed = line.trimmed();
                QVERIFY2(!trimmed.endsWith(QLatin1Char('/')) && !trimmed.startsWith(QLatin1String("CD")) &&
                             !trimmed.startsWith(QLatin1String("IP")),
                         qPrintable(t.id() + QStringLiteral(": ") + line));
            }
        }
        auto document =
            DocumentExporter(**w, w->userId).document({DocumentExporter::Subject::Resume, resume, {}});
        QVERIFY(document.ok());
        for (QTextBlock block = document.value()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.isAnchor())
                    continue;
                QVERIFY(!format.fontUnderline());
                QCOMPARE(format.foreground().color(),
                         document.value()->firstBlock().charFormat().foreground().color());
            }
        }
    }

    // Modern sets the name and the contact lines side by side; the text still reads name, contact, sections.
    void modernSetsNameAndContactSideBySide()
    {
        const qint64 resume =
            w->addResume(w->userId, QStringLiteral("Header"),
                         QStringLiteral("# Ana Lima\n\nana@example.org · Berlin · +49 30 1234\n\n") +
                             resumeMarkdown.mid(resumeMarkdown.indexOf(QLatin1String("## Experience"))));
        const QString path = outputPath(QStringLiteral("modern-header.pdf"));
        QVERIFY(DocumentExporter(**w, w->userId)
                    .exportPdf({DocumentExporter::Subject::Resume, resume, QStringLiteral("resume-modern")},
                               path, {})
                    .ok());
        const QStringList lines = pdfText(path).split(QLatin1Char('\n'));
        const QStringList named = lines.filter(QLatin1String("Ana Lima"));
        QVERIFY2(named.size() == 1 && named.constFirst().trimmed().endsWith(QLatin1String("+49 30 1234")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        const QString reading = runTool(QStringLiteral(PDFTOTEXT_PROGRAM), {path, QStringLiteral("-")});
        QVERIFY2(inOrder(reading, {QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org"),
                                   QStringLiteral("Berlin"), QStringLiteral("Experience"),
                                   QStringLiteral("Built Qt desktop tools"), QStringLiteral("Education"),
                                   QStringLiteral("Skills")}),
                 qPrintable(reading));
        QVERIFY(!reading.contains(QLatin1String(" · ")));
    }

    void longResumeGetsSeveralPages()
    {
        QString longer = resumeMarkdown;
        for (int i = 0; i < 80; ++i)
            longer += QStringLiteral("\n- Achievement number %1 with measurable impact\n").arg(i);
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Long"), longer);
        const QString path = outputPath(QStringLiteral("long.pdf"));
        QVERIFY(DocumentExporter(**w, w->userId)
                    .exportPdf({DocumentExporter::Subject::Resume, resume, {}}, path, {})
                    .ok());
        const QString info = pdfInfo(path);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\n"))), qPrintable(info));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QLatin1String("Achievement number 79")));
        QVERIFY2(inOrder(text, {QStringLiteral("Page 1 of 2"), QStringLiteral("Page 2 of 2")}),
                 qPrintable(text));
    }

    void coverLetterWithHostilePostingShowsItLiterally_data()
    {
        QTest::addColumn<QString>("templateId");
        for (const DocumentTemplate& t : DocumentTemplate::available(DocumentTemplate::Kind::CoverLetter))
            QTest::newRow(qPrintable(t.id())) << t.id();
    }

    void coverLetterWithHostilePostingShowsItLiterally()
    {
        QFETCH(QString, templateId);
        const qint64 posting = w->addOpportunity(QStringLiteral("<b>Boss</b> {{email}}"),
                                                 QStringLiteral("A&B {{content}} *Corp* <script>x</script>"));
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"), resumeMarkdown);
        auto letter = DocumentGeneration::generateCoverLetter(**w, w->userId, posting, resume);
        QVERIFY(letter.ok());
        const QString path = outputPath(templateId + QStringLiteral(".pdf"));
        const Status written =
            DocumentExporter(**w, w->userId)
                .exportPdf({DocumentExporter::Subject::CoverLetter, letter->id, templateId}, path, {});
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QLatin1String("<b>Boss</b> {{email}}")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("A&B {{content}} *Corp* <script>x</script>")));
        QVERIFY(text.contains(QLatin1String("Dear Hiring Team")));
        QVERIFY2(pdfInfo(path).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\n"))),
                 qPrintable(pdfInfo(path))); // a letter is one page
        QVERIFY(!text.contains(QLatin1String("Page 1")));
    }

    // A letter's blocks (sender, date, recipient, subject, greeting, …) are paragraphs; the lines of one
    // block are lines of one paragraph, not paragraphs of their own.
    void aLettersAddressBlocksAreParagraphs()
    {
        const qint64 posting = w->addOpportunity(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"), resumeMarkdown);
        auto letter = DocumentGeneration::generateCoverLetter(**w, w->userId, posting, resume);
        QVERIFY(letter.ok());
        auto document = DocumentExporter(**w, w->userId)
                            .document({DocumentExporter::Subject::CoverLetter, letter->id, {}});
        QVERIFY(document.ok());
        QStringList blocks;
        for (QTextBlock block = document.value()->begin(); block.isValid(); block = block.next())
            blocks << block.text().trimmed();
        QVERIFY2(blocks.size() > 5, qPrintable(blocks.join(QLatin1Char('|'))));
        QCOMPARE(blocks.at(0), QStringLiteral("Ana Lima") + QChar(QChar::LineSeparator) +
                                   QStringLiteral("ana@example.org"));
        QVERIFY(blocks.contains(QStringLiteral("Hiring Team") + QChar(QChar::LineSeparator) +
                                QStringLiteral("Parks")));
        QVERIFY2(blocks.contains(QStringLiteral("Kind regards,") + QChar(QChar::LineSeparator) +
                                 QStringLiteral("Ana Lima")),
                 qPrintable(blocks.join(QLatin1Char('|'))));
    }

    void unknownPlaceholderIsReported()
    {
        const QString folder = DocumentTemplate::userFolder();
        QVERIFY(QDir().mkpath(folder));
        QFile custom(folder + QStringLiteral("/resume-typo.html"));
        QVERIFY(custom.open(QIODevice::WriteOnly));
        custom.write("<html><body><p>{{nmae}}</p>{{content}}</body></html>");
        custom.close();
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"), resumeMarkdown);
        const QString path = outputPath(QStringLiteral("typo.pdf"));
        const Status refused =
            DocumentExporter(**w, w->userId)
                .exportPdf({DocumentExporter::Subject::Resume, resume, QStringLiteral("typo")}, path, {});
        QFile::remove(custom.fileName());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("{{nmae}}")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!QFile::exists(path));
    }

    void exportsEveryFormat()
    {
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Formats"), resumeMarkdown);
        const DocumentExporter exporter(**w, w->userId);
        const DocumentExporter::Request request{DocumentExporter::Subject::Resume, resume, {}};
        auto write = [&](const QString& name) {
            const QString path = outputPath(name);
            const auto format = DocumentExporter::formatFor(path);
            if (!format)
                return QString();
            const Status written = exporter.exportTo(request, path, *format, {});
            return written ? path : QString();
        };

        QFile html(write(QStringLiteral("formats.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(inOrder(
            page, {QStringLiteral("Ana Lima"), QStringLiteral("Experience"), QStringLiteral("Skills")}));

        QFile markdown(write(QStringLiteral("formats.md")));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(markdown.readAll()), resumeMarkdown);

        const QString odt = write(QStringLiteral("formats.odt"));
        QVERIFY(!odt.isEmpty());
        const QString content = QString::fromUtf8(zipEntry(odt, QStringLiteral("content.xml")));
        QVERIFY2(inOrder(content, {QStringLiteral("Ana Lima"), QStringLiteral("Built Qt desktop tools")}),
                 qPrintable(content.left(500)));

        const QString docx = write(QStringLiteral("formats.docx"));
        QVERIFY(!docx.isEmpty());
        for (const char* part :
             {"[Content_Types].xml", "_rels/.rels", "word/styles.xml", "docProps/core.xml"})
            QVERIFY2(!zipEntry(docx, QLatin1String(part)).isEmpty(), part);
        const QByteArray body = zipEntry(docx, QStringLiteral("word/document.xml"));
        QXmlStreamReader xml(body);
        QStringList paragraphs;
        QStringList styles;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("p"))
                paragraphs << QString();
            if (xml.isStartElement() && xml.name() == QLatin1String("pStyle"))
                styles << xml.attributes()
                              .value(QStringLiteral(
                                         "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
                                     QStringLiteral("val"))
                              .toString();
            if (xml.isCharacters() && !paragraphs.isEmpty())
                paragraphs.last() += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(paragraphs.contains(QStringLiteral("Ana Lima")));
        QVERIFY(paragraphs.contains(QStringLiteral("•\tBuilt Qt desktop tools")));
        QVERIFY(styles.contains(QStringLiteral("Heading1")));
        QVERIFY(styles.contains(QStringLiteral("Heading2")));
        QVERIFY(styles.contains(QStringLiteral("ListParagraph")));

        QVERIFY(!DocumentExporter::formatFor(QStringLiteral("resume.exe")).has_value());
    }

    void referencesAndMissingDocuments()
    {
        QVERIFY(DocumentExporter::parseReference(QStringLiteral("resume:12")).ok());
        QCOMPARE(DocumentExporter::parseReference(QStringLiteral("cover-letter:7"))->id, 7);
        QVERIFY(!DocumentExporter::parseReference(QStringLiteral("photo:1")).ok());
        QVERIFY(!DocumentExporter::parseReference(QStringLiteral("resume:x")).ok());
        QVERIFY(!DocumentExporter::parseReference(QStringLiteral("resume")).ok());
        const qint64 theirs = w->addResume(w->otherUserId, QStringLiteral("Theirs"), resumeMarkdown);
        const QString path = outputPath(QStringLiteral("theirs.pdf"));
        QVERIFY(!DocumentExporter(**w, w->userId)
                     .exportPdf({DocumentExporter::Subject::Resume, theirs, {}}, path, {})
                     .ok());
        QVERIFY(!QFile::exists(path));
        auto unknownTemplate =
            DocumentTemplate::find(DocumentTemplate::Kind::Resume, QStringLiteral("fancy"));
        QVERIFY(!unknownTemplate.ok());
        QVERIFY(unknownTemplate.errorMessage().contains(QLatin1String("classic")));
    }

    void applicationDossierHasEveryPart()
    {
        const qint64 posting = w->addOpportunity(
            QStringLiteral("Gardener"), QStringLiteral("Parks & <b>Green</b>"), {QStringLiteral("Pruning")});
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"), resumeMarkdown);
        CoverLetter letter;
        letter.title = QStringLiteral("Letter for Parks");
        letter.opportunityId = posting;
        letter.content = QStringLiteral("Dear hiring team,\n\nI prune with care.");
        const qint64 letterId = (*w)->coverLetters().createCoverLetter(w->userId, letter)->id;
        const qint64 id = (*w)->applications().applyToOpportunity(w->userId, posting, resume, letterId)->id;
        QVERIFY((*w)->applications()
                    .addOpportunityNotes(w->userId, id, QStringLiteral("Called {{name}} on Monday"))
                    .ok());
        w->advanceDays(9);
        QVERIFY((*w)->applications()
                    .updateApplicationStatus(w->userId, id, ApplicationStatus::Interviewing)
                    .ok());

        const QString path = outputPath(QStringLiteral("dossier.pdf"));
        const DocumentExporter exporter(**w, w->userId);
        const DocumentExporter::Request request{DocumentExporter::Subject::ApplicationDossier, id, {}};
        const Status written = exporter.exportPdf(request, path, {QPageSize(QPageSize::A4), false});
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const QString text = pdfText(path);
        QVERIFY2(inOrder(text, {QStringLiteral("Application dossier: Gardener at Parks &"),
                                QStringLiteral("<b>Green</b>"), QStringLiteral("Stage history"),
                                QStringLiteral("Applied"), QStringLiteral("Applied → Interviewing"),
                                QStringLiteral("Notes"), QStringLiteral("Called {{name}} on Monday"),
                                QStringLiteral("The posting as captured"), QStringLiteral("Gardener"),
                                QStringLiteral("Pruning"), QStringLiteral("Resume sent: Main"),
                                QStringLiteral("Built Qt desktop tools"),
                                QStringLiteral("Cover letter sent: Letter for Parks"),
                                QStringLiteral("I prune with care.")}),
                 qPrintable(text));
        const QString info = pdfInfo(path);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+[4-9]"))),
                 qPrintable(info)); // parts on their own pages
        QVERIFY2(info.contains(QRegularExpression(
                     QStringLiteral("Title: +Application dossier: Gardener at Parks & <b>Green</b>"))),
                 qPrintable(info));

        const QString markdown = outputPath(QStringLiteral("dossier.md"));
        QVERIFY(exporter.exportTo(request, markdown, DocumentExporter::Format::Markdown, {}).ok());
        QFile file(markdown);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("I prune with care."));
    }

    // A generated letter's title begins "Cover letter: …": the heading says it once.
    void dossierNamesAGeneratedLetterOnce()
    {
        const qint64 posting = w->addOpportunity(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"), resumeMarkdown);
        auto letter = DocumentGeneration::generateCoverLetter(**w, w->userId, posting, resume);
        QVERIFY(letter.ok());
        const qint64 id = (*w)->applications().applyToOpportunity(w->userId, posting, resume, letter->id)->id;
        const QString path = outputPath(QStringLiteral("dossier-generated.pdf"));
        QVERIFY(DocumentExporter(**w, w->userId)
                    .exportPdf({DocumentExporter::Subject::ApplicationDossier, id, {}}, path, {})
                    .ok());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QLatin1String("Cover letter sent: Gardener at Parks")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("sent: Cover letter")));
    }

    void dossierOfAnotherUsersApplicationIsRefused()
    {
        const qint64 posting = w->addOpportunity(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        const qint64 theirs = (*w)->applications().saveOpportunity(w->otherUserId, posting)->id;
        QCOMPARE(DocumentExporter::parseReference(QStringLiteral("application:%1").arg(theirs))->subject,
                 DocumentExporter::Subject::ApplicationDossier);
        const QString path = outputPath(QStringLiteral("theirs-dossier.pdf"));
        const Status refused =
            DocumentExporter(**w, w->userId)
                .exportPdf({DocumentExporter::Subject::ApplicationDossier, theirs, {}}, path, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("does not exist")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestDocuments)
#include "TestDocuments.moc"
