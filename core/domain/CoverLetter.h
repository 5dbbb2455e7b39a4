#pragma once

#include <QDateTime>
#include <QString>

namespace careerdesk {

struct CoverLetter
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 opportunityId = 0; // 0 when none
    QString title;
    QString content;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace careerdesk
