#pragma once

#include "Caseload.h"

namespace careerdesk {

// A coach's caseload as CSV, one client a line, for a spreadsheet or a report.
class CaseloadCsv
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadCsv)

public:
    static QByteArray build(const QList<Caseload::Client>& clients);
};

} // namespace careerdesk
