#include "DocumentExporter.h"

#include "services/Workspace.h"

#include <QTextDocument>

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
        request.kind = DocumentTemplate::Kind::Resume;
    else if (kind == QLatin1String("cover-letter"))
        request.kind = DocumentTemplate::Kind::CoverLetter;
    else
        return Error{tr("\"%1\" names no document; write resume:ID or cover-letter:ID").arg(reference)};
    if (!numeric || id <= 0)
        return Error{
            tr("\"%1\" has no valid id after the colon; write resume:ID or cover-letter:ID").arg(reference)};
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
    if (request.kind == DocumentTemplate::Kind::Resume) {
        auto resume = m_workspace.resumes().getResume(m_userId, request.id);
        if (!resume)
            return resume.error();
        content.title = resume->name;
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

Result<QString> DocumentExporter::title(const Request& request) const
{
    auto found = content(request);
    if (!found)
        return found.error();
    return found->title;
}

Result<std::unique_ptr<QTextDocument>> DocumentExporter::document(const Request& request) const
{
    auto found = content(request);
    if (!found)
        return found.error();
    Result<DocumentTemplate> chosen = Error{};
    if (request.templateId.isEmpty()) {
        const QList<DocumentTemplate> templates = DocumentTemplate::available(request.kind);
        if (templates.isEmpty())
            return Error{tr("No document template is installed")};
        chosen = templates.constFirst();
    } else {
        chosen = DocumentTemplate::find(request.kind, request.templateId);
    }
    if (!chosen)
        return chosen.error();
    return DocumentRenderer::render(chosen.value(), found.value());
}

Status DocumentExporter::exportPdf(const Request& request, const QString& path,
                                   const DocumentRenderer::PdfOptions& options) const
{
    auto rendered = document(request);
    if (!rendered)
        return rendered.error();
    const QString documentTitle = rendered.value()->metaInformation(QTextDocument::DocumentTitle);
    return DocumentRenderer::writePdf(*rendered.value(), documentTitle, path, options);
}

} // namespace careerdesk
