#pragma once

#include "documents/DocumentRenderer.h"
#include "documents/DocumentTemplate.h"

#include <QCoreApplication>

#include <optional>

namespace careerdesk {

class Workspace;

// A user's resume or cover letter as a finished document: found in the store, put through a
// template, and written out. What the window's Print / Export and `--export-pdf` share.
class DocumentExporter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentExporter)

public:
    enum class Subject { Resume, CoverLetter, ApplicationDossier };

    struct Request
    {
        Subject subject = Subject::Resume;
        qint64 id = 0;
        QString templateId; // empty: the first template of the kind; dossiers have no template
    };

    // JsonResume: only a resume imported from JSON Resume, written back as it came in.
    enum class Format { Pdf, Html, Odt, Docx, Markdown, JsonResume };

    explicit DocumentExporter(Workspace& workspace, qint64 userId);

    // The format a file name asks for by its suffix; none for an unknown suffix.
    static std::optional<Format> formatFor(const QString& path);
    static QString fileFilter(); // for save dialogs: every format, PDF first
    // Writes the document in `format` (through QSaveFile: all or nothing).
    Status exportTo(const Request& request, const QString& path, Format format,
                    const DocumentRenderer::PdfOptions& options) const;

    Result<std::unique_ptr<QTextDocument>> document(const Request& request) const;
    Status exportPdf(const Request& request, const QString& path,
                     const DocumentRenderer::PdfOptions& options) const;

    // "resume:12", "cover-letter:7" or "application:3", as the command line names a document.
    static Result<Request> parseReference(const QString& reference);

private:
    Status exportJsonResume(const Request& request, const QString& path) const;
    Result<DocumentRenderer::Content> content(const Request& request) const;
    struct Rendered
    {
        std::unique_ptr<QTextDocument> text;
        QString markdown; // the person's own Markdown, kept as written in a Markdown export; else empty
    };
    Result<Rendered> rendered(const Request& request) const;
    Result<std::unique_ptr<QTextDocument>> render(const Request& request,
                                                  const DocumentRenderer::Content& content) const;

    Workspace& m_workspace;
    qint64 m_userId;
};

} // namespace careerdesk
