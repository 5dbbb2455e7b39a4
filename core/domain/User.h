#pragma once

#include <QDateTime>
#include <QString>

namespace careerdesk {

struct User
{
    qint64 id = 0;
    QString email;
    QString firstName;
    QString lastName;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const { return QString(firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

} // namespace careerdesk
