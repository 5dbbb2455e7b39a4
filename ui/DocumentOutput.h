#pragma once

#include "documents/DocumentRenderer.h"
#include "workflows/DocumentExporter.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace careerdesk {

class TabHost;

// A document a tab offers to export and print: what to render, and the name to suggest for it.
struct DocumentRequest
{
    DocumentExporter::Request request;
    QString title;
};

// Files the person saves from the window: a tab's document (PDF, DOCX, …, or printed), or any file
// built on demand (CSV, iCalendar, .eml). Where is asked; what is written is all or nothing.
class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)

public:
    DocumentOutput(TabHost& host, QWidget* parent);

    // A file name for `title` in the Documents folder, without characters file systems refuse.
    static QString suggestedPath(QString title, const QString& suffix);
    // The paper and PDF/A choices of the document tabs.
    static DocumentRenderer::PdfOptions pdfOptions();

    // Asks where (suggesting `name` + `suffix`), then writes what `contents` builds.
    void saveFile(const QString& title, const QString& name, const QString& suffix, const QString& filter,
                  const std::function<Result<QByteArray>()>& contents) const;
    void exportDocument(const DocumentRequest& document, bool pdfOnly) const;
    void print(const DocumentRequest& document, bool preview) const;

private:
    TabHost& m_host;
    QWidget* m_parent;
};

} // namespace careerdesk
