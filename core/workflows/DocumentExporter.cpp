#include "DocumentExporter.h"

#include "services/Workspace.h"

#include "ApplicationDossier.h"
#include "documents/DocxWriter.h"
#include "files/SavedFile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace careerdesk {

DocumentExporter::DocumentExporter(Workspace& workspace, qint64 userId)
    : m_workspace(workspace)
    , m_userId(userId)
{}

Result<DocumentExporter::Request> DocumentExporter::parseReference(const QString& reference)
{
    const QString kind = reference.section(QLatin1Char(':'), 0, 0);
    bool numeric = false;
    const qint64 id = reference.section(QLatin1Char(':'), 1).toLongLong(&numeric);
    Request request;
    if (kind == QLatin1String("resume"))
        request.subject = Subject::Resume;
    else if (kind == QLatin1String("cover-letter"))
        request.subject = Subject::CoverLetter;
    else if (kind == QLatin1String("application"))
        request.subject = Subject::ApplicationDossier;
    else
        return Error{tr("\"%1\" names no document; write resume:ID, cover-letter:ID or application:ID")
                         .arg(reference)};
    if (!numeric || id <= 0)
        return Error{tr("\"%1\" has no valid id after the colon; write resume:ID, cover-letter:ID or "
                        "application:ID")
                         .arg(reference)};
    request.id = id;
    return request;
}

Result<DocumentRenderer::Content> DocumentExporter::content(const Request& request) const
{
    auto user = m_workspace.users().getUser(m_userId);
    if (!user)
        return user.error();
    DocumentRenderer::Content content;
    content.name = user->displayName();
    content.email = user->email;
    content.date = m_workspace.clock().now().toLocalTime().date();
    if (request.subject == Subject::Resume) {
        auto resume = m_workspace.resumes().getResume(m_userId, request.id);
        if (!resume)
            return resume.error();
        // Whose resume, and which: "Ana Lima — Resume (Backend focus)".
        content.title =
            content.name.isEmpty() ? resume->name : tr("%1 — Resume (%2)").arg(content.name, resume->name);
        content.body = resume->content;
    } else {
        auto letter = m_workspace.coverLetters().getCoverLetter(m_userId, request.id);
        if (!letter)
            return letter.error();
        content.title = letter->title;
        content.body = letter->content;
    }
    return content;
}

Result<std::unique_ptr<QTextDocument>> DocumentExporter::document(const Request& request) const
{
    auto made = rendered(request);
    if (!made)
        return made.error();
    return std::move(made.value().text);
}

Result<DocumentExporter::Rendered> DocumentExporter::rendered(const Request& request) const
{
    if (request.subject == Subject::ApplicationDossier) {
        auto dossier = ApplicationDossier::document(m_workspace, m_userId, request.id);
        if (!dossier)
            return dossier.error();
        return Rendered{std::move(dossier.value()), {}};
    }
    auto found = content(request);
    if (!found)
        return found.error();
    auto text = render(request, found.value());
    if (!text)
        return text.error();
    const bool ownMarkdown = !found->body.trimmed().startsWith(QLatin1Char('<'));
    return Rendered{std::move(text.value()), ownMarkdown ? found->body : QString()};
}

Result<std::unique_ptr<QTextDocument>>
DocumentExporter::render(const Request& request, const DocumentRenderer::Content& content) const
{
    const auto kind = request.subject == Subject::Resume ? DocumentTemplate::Kind::Resume
                                                         : DocumentTemplate::Kind::CoverLetter;
    Result<DocumentTemplate> chosen = Error{};
    if (request.templateId.isEmpty()) {
        const QList<DocumentTemplate> templates = DocumentTemplate::available(kind);
        if (templates.isEmpty())
            return Error{tr("No document template is installed")};
        chosen = templates.constFirst();
    } else {
        chosen = DocumentTemplate::find(kind, request.templateId);
    }
    if (!chosen)
        return chosen.error();
    return DocumentRenderer::render(chosen.value(), content);
}

std::optional<DocumentExporter::Format> DocumentExporter::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    if (suffix == QLatin1String("docx"))
        return Format::Docx;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("json"))
        return Format::JsonResume;
    return std::nullopt;
}

QString DocumentExporter::fileFilter()
{
    return tr("PDF (*.pdf);;Word (*.docx);;OpenDocument Text (*.odt);;Web page (*.html);;Markdown (*.md);;"
              "JSON Resume (*.json)");
}

Status DocumentExporter::exportTo(const Request& request, const QString& path, Format format,
                                  const DocumentRenderer::PdfOptions& options) const
{
    if (format == Format::Pdf)
        return exportPdf(request, path, options);
    if (format == Format::JsonResume)
        return exportJsonResume(request, path);
    auto made = rendered(request);
    if (!made)
        return made.error();
    QTextDocument& text = *made->text;
    const QString title = text.metaInformation(QTextDocument::DocumentTitle);
    QByteArray bytes;
    switch (format) {
    case Format::Html:
        bytes = text.toHtml().toUtf8();
        break;
    case Format::Markdown:
        bytes = (made->markdown.isEmpty() ? text.toMarkdown() : made->markdown).toUtf8();
        break;
    case Format::Odt:
    case Format::Docx: {
        QBuffer package(&bytes);
        package.open(QIODevice::WriteOnly);
        Status packed;
        if (format == Format::Odt) {
            QTextDocumentWriter writer(&package, "odf");
            if (!writer.write(&text))
                packed = Error{tr("The OpenDocument writer failed")};
        } else {
            packed = DocxWriter::write(text, title, &package);
        }
        if (!packed)
            return Error{tr("Cannot write %1: %2").arg(path, packed.errorMessage())};
        break;
    }
    case Format::Pdf:
    case Format::JsonResume:
        break;
    }
    return SavedFile::write(path, bytes);
}

Status DocumentExporter::exportJsonResume(const Request& request, const QString& path) const
{
    if (request.subject != Subject::Resume)
        return Error{tr("Only a resume imported from JSON Resume can be exported as JSON Resume")};
    auto resume = m_workspace.resumes().getResume(m_userId, request.id);
    if (!resume)
        return resume.error();
    if (resume->jsonResume.isEmpty())
        return Error{
            tr("“%1” was not imported from JSON Resume, so there is no JSON Resume to export; export it "
               "as PDF, DOCX, ODT, HTML or Markdown")
                .arg(resume->name)};
    return SavedFile::write(path, resume->jsonResume.toUtf8());
}

Status DocumentExporter::exportPdf(const Request& request, const QString& path,
                                   const DocumentRenderer::PdfOptions& options) const
{
    auto rendered = document(request);
    if (!rendered)
        return rendered.error();
    return DocumentRenderer::writePdf(*rendered.value(), path, options);
}

} // namespace careerdesk
