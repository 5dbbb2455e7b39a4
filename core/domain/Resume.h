#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace careerdesk {

struct Resume
{
    qint64 id = 0;
    qint64 userId = 0;
    QString name;
    QString content;    // Markdown or HTML
    QString jsonResume; // the JSON Resume it was imported from, for export back; empty otherwise
    ResumeFormat format = ResumeFormat::Markdown;
    bool isDefault = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // the row_version it was read at; 0 for a new row (a save then checks nothing)
};

} // namespace careerdesk
