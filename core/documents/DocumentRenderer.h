#pragma once

#include "DocumentTemplate.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace careerdesk {

// Turns a resume or cover letter (Markdown or HTML) into a styled QTextDocument through a template,
// and that into a PDF, a print-out or HTML.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    struct Content
    {
        QString title; // the document's title, also the PDF's
        QString name;  // the author
        QString email;
        QString body; // Markdown, or HTML when it starts with '<'
        QDate date;
    };

    struct PdfOptions
    {
        QPageSize pageSize; // invalid: defaultPageSize()
        bool pdfA = false;  // PDF/A-1b, for archives that ask for it
    };

    static QPageSize defaultPageSize(); // Letter where the locale uses it, A4 elsewhere
    static void registerFonts();        // the fonts the templates name, shipped in the program

    static Result<std::unique_ptr<QTextDocument>> render(const DocumentTemplate& documentTemplate,
                                                         const Content& content);
    // The document's title and author (setAuthor; either may be empty) go into the PDF's metadata.
    static Status writePdf(QTextDocument& document, const QString& path, const PdfOptions& options);
    // QTextDocument keeps a title but no author: the author travels with the document as a property.
    static void setAuthor(QTextDocument& document, const QString& author);
    static QString author(const QTextDocument& document);
    static QString bodyHtml(const QString& markdownOrHtml);
};

} // namespace careerdesk
