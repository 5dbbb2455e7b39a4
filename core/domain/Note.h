#pragma once

#include <QDateTime>
#include <QString>

namespace careerdesk {

// A dated note in a person's data: their own, or one their coach added for them (the coach's record of
// a session, advice, what was agreed). A note is changed only by whoever added it.
struct Note
{
    qint64 id = 0;
    qint64 userId = 0;
    QString title;
    QString content;
    qint64 createdBy = 0; // who added it for the person (their coach); 0 when they did
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // the row_version it was read at; 0 for a new row (a save then checks nothing)
};

} // namespace careerdesk
