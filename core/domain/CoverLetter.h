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
    int version = 0; // the row_version it was read at; 0 for a new row (a save then checks nothing)
};

} // namespace careerdesk
