#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace careerdesk {

// An interview question, reflection prompt or coaching question, answered again at its cadence.
struct Prompt
{
    qint64 id = 0;
    qint64 userId = 0;
    QString text;
    PromptCategory category = PromptCategory::Reflection;
    QStringList tags;
    PromptCadence cadence = PromptCadence::None;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // the row_version it was read at; 0 for a new row (a save then checks nothing)
};

} // namespace careerdesk
