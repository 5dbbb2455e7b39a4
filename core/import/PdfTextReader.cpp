#include "PdfTextReader.h"

#include <poppler-qt6.h>

namespace careerdesk {

Result<QString> PdfTextReader::read(const QByteArray& pdf)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document)
        return Error{tr("not a PDF CareerDesk can read (damaged or not a PDF)")};
    if (document->isLocked())
        return Error{tr("the PDF is encrypted with a password; save an unprotected copy and import that")};
    QStringList pages;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return Error{tr("page %1 cannot be read").arg(i + 1)};
        const QString text = page->text(QRectF()).trimmed();
        if (!text.isEmpty())
            pages << text;
    }
    if (pages.isEmpty())
        return Error{
            tr("the PDF has no text, only images (a scan?); CareerDesk does not read text in images")};
    return pages.join(QStringLiteral("\n\n"));
}

} // namespace careerdesk
