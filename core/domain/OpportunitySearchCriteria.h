#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace careerdesk {

struct OpportunitySearchCriteria
{
    QString keywords; // words as a person types them, not query syntax
    QString location;
    std::optional<OpportunityType> type;
    std::optional<bool> isRemote;
    std::optional<qint64> salaryMinCents; // yearly, compared with the normalised posting range
    std::optional<qint64> salaryMaxCents; // yearly
    QString salaryCurrency;               // when set, only postings paid in it pass a salary filter
    QDateTime postedAfter;
    std::optional<OpportunityStatus> status = OpportunityStatus::Active;
    qint64 viewerId = 0; // when set, that person's own postings and the published ones; else every posting
    int limit = 50;
    int offset = 0;
};

} // namespace careerdesk
