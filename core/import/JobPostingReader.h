#pragma once

#include "domain/Opportunity.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace careerdesk {

// schema.org JobPosting (JSON or JSON-LD) to Opportunity. Follows the vocabulary at
// https://schema.org/JobPosting; employmentType maps FULL_TIME → full-time, PART_TIME → part-time,
// CONTRACTOR → contract, TEMPORARY and PER_DIEM → temporary, INTERN → internship, VOLUNTEER, OTHER and
// FREELANCE → freelance; an unknown or missing type is full-time. `place` names where the posting is
// ("item 3") in error messages.
class JobPostingReader
{
    Q_DECLARE_TR_FUNCTIONS(JobPostingReader)

public:
    // Whether an object without "@type" but with a title, alone or in the top-level array, is a
    // posting: plain JSON files of postings often leave the type out; JSON-LD in pages always has it.
    enum class Untyped { Ignored, TitleMakesAPosting };

    // Every JobPosting in `json`: an object, an array, or an @graph, however nested.
    static Result<QList<Opportunity>> read(const QJsonValue& json, const QDateTime& now,
                                           Untyped untyped = Untyped::Ignored);
    static bool isJobPosting(const QJsonObject& object);
    static Result<Opportunity> posting(const QJsonObject& object, const QString& place, const QDateTime& now);
    static OpportunityType employmentType(const QJsonValue& value);

private:
    static void collect(const QJsonValue& json, QList<QJsonObject>& postings, int depth, Untyped untyped);
};

} // namespace careerdesk
