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
};

} // namespace careerdesk
