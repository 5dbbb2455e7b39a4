#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace careerdesk {

// The text of a PDF, page after page, through Poppler-Qt6.
class PdfTextReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfTextReader)

public:
    static Result<QString> read(const QByteArray& pdf);
};

} // namespace careerdesk
