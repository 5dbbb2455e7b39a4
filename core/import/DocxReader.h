#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace careerdesk {

// The text of a Word document (WordprocessingML) as Markdown: paragraphs, headings (Heading1…6
// styles) and list items (numbered paragraphs) kept. The package is opened with QuaZip.
class DocxReader
{
    Q_DECLARE_TR_FUNCTIONS(DocxReader)

public:
    static constexpr qint64 maximumXmlSize = 64 * 1024 * 1024; // a zip bomb stops here
    static Result<QString> read(const QByteArray& docx);
};

} // namespace careerdesk
