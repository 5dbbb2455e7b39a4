#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace careerdesk {

// Names the author in a PDF that QPdfWriter made: Qt 6.4 writes the title and the creator but has no
// way to set the author. The author goes into the document information dictionary and, when the PDF
// has XMP metadata (PDF/A does), into it as dc:creator too, so that the two agree as PDF/A requires.
// Done with QPDF, which rewrites the file keeping every stream as it was.
class PdfAuthor
{
    Q_DECLARE_TR_FUNCTIONS(PdfAuthor)

public:
    static Result<QByteArray> withAuthor(const QByteArray& pdf, const QString& author);

private:
    static QByteArray withCreator(QByteArray xmp, const QString& author);
};

} // namespace careerdesk
