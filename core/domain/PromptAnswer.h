#pragma once

#include <QDateTime>
#include <QString>

namespace careerdesk {

// One dated journal entry under a prompt.
struct PromptAnswer
{
    qint64 id = 0;
    qint64 promptId = 0;
    QString answer;
    QDateTime answeredAt;
};

} // namespace careerdesk
