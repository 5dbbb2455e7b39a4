#pragma once

#include "Enums.h"

#include <QDateTime>

#include <optional>

namespace careerdesk {

// One status change of an application; the history of an application is its events in time order.
struct ApplicationEvent
{
    qint64 id = 0;
    qint64 applicationId = 0;
    std::optional<ApplicationStatus> fromStatus; // none for the event that created the application
    ApplicationStatus toStatus = ApplicationStatus::Saved;
    QDateTime at;
};

} // namespace careerdesk
