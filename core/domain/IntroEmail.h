#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace careerdesk {

struct IntroEmail
{
    qint64 id = 0;
    qint64 userId = 0;
    QString recipient;
    QString subject;
    QString content;
    EmailPurpose purpose = EmailPurpose::Networking;
    qint64 opportunityId = 0; // 0 when none
    QDateTime sentAt;         // null until sent
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // the row_version it was read at; 0 for a new row (a save then checks nothing)
};

} // namespace careerdesk
