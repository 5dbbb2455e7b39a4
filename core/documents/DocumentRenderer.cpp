#include "DocumentRenderer.h"

#include "PdfAuthor.h"
#include "Typesetting.h"
#include "files/SavedFile.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFontDatabase>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>

#include <mutex>

namespace careerdesk {

QPageSize DocumentRenderer::defaultPageSize()
{
    const auto territory = QLocale().territory();
    const bool letter = territory == QLocale::UnitedStates || territory == QLocale::Canada ||
                        territory == QLocale::Mexico || territory == QLocale::Chile ||
                        territory == QLocale::Colombia || territory == QLocale::Philippines;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

void DocumentRenderer::registerFonts()
{
    // Once, whichever thread renders first (the window registers them as soon as it is shown).
    static std::once_flag registered;
    std::call_once(registered, [] {
        QDirIterator fonts(QStringLiteral(":/fonts"), {QStringLiteral("*.ttf")}, QDir::Files);
        while (fonts.hasNext())
            QFontDatabase::addApplicationFont(fonts.next());
    });
}

QString DocumentRenderer::bodyHtml(const QString& markdownOrHtml)
{
    QTextDocument document;
    const bool markdown = !markdownOrHtml.trimmed().startsWith(QLatin1Char('<'));
    if (markdown)
        document.setMarkdown(Typesetting::withLineBreaks(markdownOrHtml),
                             QTextDocument::MarkdownDialectGitHub);
    else
        document.setHtml(markdownOrHtml);
    // QTextDocument writes a whole page; the template wants what is inside its body.
    const QString html = document.toHtml();
    const qsizetype bodyTag = html.indexOf(QLatin1String("<body"));
    const qsizetype bodyStart = bodyTag < 0 ? -1 : html.indexOf(QLatin1Char('>'), bodyTag);
    const qsizetype bodyEnd = html.lastIndexOf(QLatin1String("</body>"));
    const QString body =
        bodyStart < 0 || bodyEnd < bodyStart ? html : html.mid(bodyStart + 1, bodyEnd - bodyStart - 1);
    return Typesetting::withWholeTerms(markdown ? Typesetting::templateStyled(body) : body);
}

Result<std::unique_ptr<QTextDocument>> DocumentRenderer::render(const DocumentTemplate& documentTemplate,
                                                                const Content& content)
{
    registerFonts();
    QHash<QString, QString> values;
    values.insert(QStringLiteral("name"), content.name);
    values.insert(QStringLiteral("email"), content.email);
    values.insert(QStringLiteral("title"), content.title);
    values.insert(QStringLiteral("date"), QLocale().toString(content.date, QLocale::LongFormat));
    QHash<QString, QString> rawHtml;
    const bool resume = documentTemplate.kind() == DocumentTemplate::Kind::Resume;
    QString body = bodyHtml(content.body);
    if (resume && documentTemplate.uses(QStringLiteral("header")))
        rawHtml.insert(QStringLiteral("header"), Typesetting::takeHeader(body));
    rawHtml.insert(QStringLiteral("content"), resume ? Typesetting::withRoleLines(body) : body);
    auto page = documentTemplate.fill(values, rawHtml);
    if (!page)
        return page.error();
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(page.value());
    document->setMetaInformation(QTextDocument::DocumentTitle, content.title);
    setAuthor(*document, content.name);
    return document;
}

namespace {
const char* const authorProperty = "careerdeskAuthor";
} // namespace

void DocumentRenderer::setAuthor(QTextDocument& document, const QString& author)
{
    document.setProperty(authorProperty, author.trimmed());
}

QString DocumentRenderer::author(const QTextDocument& document)
{
    return document.property(authorProperty).toString();
}

Status DocumentRenderer::writePdf(QTextDocument& document, const QString& path, const PdfOptions& options)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("CareerDesk"));
        writer.setPageSize(options.pageSize.isValid() ? options.pageSize : defaultPageSize());
        writer.setResolution(300);
        if (options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        Typesetting::print(document, &writer);
    }
    if (const QString name = author(document); !name.isEmpty()) {
        auto named = PdfAuthor::withAuthor(pdf, name);
        if (!named)
            return named.error();
        pdf = named.value();
    }
    return SavedFile::write(path, pdf);
}

} // namespace careerdesk
