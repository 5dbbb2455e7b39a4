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
    // The server login (a PostgreSQL role) that is this person; empty in a file. Only an administrator
    // sets it (careerdesk --add-person): saving a user leaves it as it is.
    QString login;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // the row_version it was read at; 0 for a new row (a save then checks nothing)

    QString displayName() const { return QString(firstName + QLatin1Char(' ') + lastName).trimmed(); }
    // What the window calls the person: their name, or their email while they have given none.
    QString shownName() const { return displayName().isEmpty() ? email : displayName(); }
};

} // namespace careerdesk
