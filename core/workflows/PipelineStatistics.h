#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace careerdesk {

class Workspace;

// The figures of the dashboard's charts, from a person's applications and their stage history.
struct PipelineStatistics
{
    static constexpr int weeks = 12;

    QMap<ApplicationStatus, int> perStage;
    QList<QPair<QDate, int>> appliedPerWeek; // Monday of each of the last `weeks` weeks, oldest first
    int applied = 0;                         // applications sent (applied date, or a stage past Applied)
    int answered = 0; // of those, the ones that got past it (any later stage but Withdrawn)

    int responseRate() const { return applied == 0 ? 0 : (answered * 100 + applied / 2) / applied; }
    static Result<PipelineStatistics> compute(Workspace& workspace, qint64 userId);
};

} // namespace careerdesk
