#pragma once

#include "ImportBatch.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace careerdesk {

// A saved web page: its schema.org JobPosting JSON-LD blocks become postings (the page's canonical
// link stands in for a missing url); a page without one is a document (a resume or letter saved as
// HTML), kept as readable text.
class JobPageReader
{
    Q_DECLARE_TR_FUNCTIONS(JobPageReader)

public:
    static Result<ImportBatch> read(const QByteArray& html, const QString& name, const QDateTime& now);
};

} // namespace careerdesk
