#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

class QIODevice;
class QTextDocument;

namespace careerdesk {

// Writes a QTextDocument as a Word document (WordprocessingML in a zip package, through QuaZip):
// paragraphs, headings, bullet and numbered lists, bold and italic text.
class DocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocxWriter)

public:
    static Status write(const QTextDocument& document, const QString& title, QIODevice* device);
    static QByteArray documentXml(const QTextDocument& document);
};

} // namespace careerdesk
