#include "ImportService.h"

#include "Workspace.h"
#include "store/ApplicationEventRepository.h"
#include "store/CoverLetterRepository.h"
#include "store/InterestRepository.h"
#include "store/OpportunityRepository.h"
#include "store/ResumeRepository.h"
#include "store/Transaction.h"
#include "store/UserOpportunityRepository.h"

#include <QHash>
#include <QSet>

namespace careerdesk {

namespace {

constexpr qsizetype candidatesPerQuery = 300;

QString identity(const Opportunity& posting)
{
    return posting.title.simplified().toLower() + QLatin1Char('\x1f') +
           posting.company.simplified().toLower() + QLatin1Char('\x1f') +
           posting.location.simplified().toLower();
}

QString describe(const Opportunity& posting)
{
    return ImportService::tr("Posting: %1 — %2").arg(posting.title, posting.company);
}

} // namespace

qsizetype ImportService::Plan::work() const
{
    qsizetype total = 0;
    for (const ImportBatch& batch : batches)
        total += batch.size();
    return total;
}

bool ImportService::Plan::hasUnassignedDocuments() const
{
    for (const ImportBatch& batch : batches) {
        for (const ImportedDocument& document : batch.documents) {
            if (!document.isResume)
                return true;
        }
    }
    return false;
}

QString ImportService::Summary::text() const
{
    QStringList parts;
    auto add = [&parts](int count, const QString& one, const QString& many) {
        if (count > 0)
            parts << (count == 1 ? one : many.arg(count));
    };
    add(postings, tr("1 posting"), tr("%1 postings"));
    add(applications, tr("1 application"), tr("%1 applications"));
    add(resumes, tr("1 resume"), tr("%1 resumes"));
    add(coverLetters, tr("1 cover letter"), tr("%1 cover letters"));
    add(interests, tr("1 interest"), tr("%1 interests"));
    return parts.isEmpty() ? tr("Nothing was added.") : tr("Added %1.").arg(parts.join(QStringLiteral(", ")));
}

Result<ImportService::Plan> ImportService::plan(Workspace& workspace, qint64 userId,
                                                QList<ImportBatch> batches)
{
    Plan plan;
    plan.batches = std::move(batches);
    for (const ImportBatch& batch : std::as_const(plan.batches)) {
        QList<PlannedPosting> postings;
        for (qsizetype i = 0; i < batch.opportunities.size(); ++i) {
            const Opportunity& posting = batch.opportunities.at(i);
            if (Status valid = workspace.opportunities().validate(posting); !valid)
                return Error{tr("%1: posting %2 (\"%3\"): %4")
                                 .arg(batch.fileName)
                                 .arg(i + 1)
                                 .arg(posting.title, valid.errorMessage())};
            postings << PlannedPosting{posting, 0};
        }
        plan.postings << postings;
    }
    if (Status checked = findDuplicates(workspace, plan); !checked)
        return checked.error();

    auto interests = workspace.interests().getUserInterests(userId);
    if (!interests)
        return interests.error();
    QSet<QString> interestNames;
    for (const Interest& interest : *interests)
        interestNames.insert(interest.name.toLower());
    for (qsizetype b = 0; b < plan.batches.size(); ++b) {
        ImportBatch& batch = plan.batches[b];
        for (const ImportedApplication& application : std::as_const(batch.applications)) {
            const PlannedPosting& planned = plan.postings.at(b).at(application.opportunity);
            if (planned.existingId != 0) {
                auto existing = UserOpportunityRepository(workspace.database())
                                    .findByOpportunity(userId, planned.existingId);
                if (!existing)
                    return existing.error();
                if (existing->has_value()) {
                    plan.skipped << tr("Application: %1 — %2: already in your pipeline")
                                        .arg(planned.posting.title, planned.posting.company);
                    continue;
                }
            }
            plan.added << tr("Application: %1 — %2 (%3)")
                              .arg(planned.posting.title, planned.posting.company,
                                   enumLabel(application.status));
        }
        for (const ImportedDocument& document : std::as_const(batch.documents))
            plan.added << (document.isResume ? tr("Resume: %1") : tr("Document: %1")).arg(document.name);
        QList<Interest> kept;
        for (const Interest& interest : std::as_const(batch.interests)) {
            if (interestNames.contains(interest.name.toLower())) {
                plan.skipped << tr("Interest: %1: already among your interests").arg(interest.name);
                continue;
            }
            interestNames.insert(interest.name.toLower());
            plan.added << tr("Interest: %1").arg(interest.name);
            kept << interest;
        }
        batch.interests = kept;
    }
    return plan;
}

Status ImportService::findDuplicates(Workspace& workspace, Plan& plan)
{
    const OpportunityRepository opportunities(workspace.database());
    QHash<QString, qint64> storedByUrl;
    QHash<QString, qint64> storedByIdentity;
    // Candidates are read a few hundred postings at a time through the link and title indexes.
    QList<PlannedPosting*> all;
    for (auto& postings : plan.postings) {
        for (PlannedPosting& planned : postings)
            all << &planned;
    }
    for (qsizetype start = 0; start < all.size(); start += candidatesPerQuery) {
        QStringList urls;
        QStringList titles;
        for (qsizetype i = start; i < qMin(all.size(), start + candidatesPerQuery); ++i) {
            if (!all.at(i)->posting.sourceUrl.isEmpty())
                urls << all.at(i)->posting.sourceUrl;
            titles << all.at(i)->posting.title;
        }
        auto candidates = opportunities.findCandidates(urls, titles);
        if (!candidates)
            return candidates.error();
        for (const Opportunity& stored : *candidates) {
            if (!stored.sourceUrl.isEmpty())
                storedByUrl.insert(stored.sourceUrl, stored.id);
            storedByIdentity.insert(identity(stored), stored.id);
        }
    }
    QSet<QString> seenUrls;
    QSet<QString> seenIdentities;
    for (qsizetype b = 0; b < plan.postings.size(); ++b) {
        for (PlannedPosting& planned : plan.postings[b]) {
            const Opportunity& posting = planned.posting;
            const QString key = identity(posting);
            if (!posting.sourceUrl.isEmpty() && storedByUrl.contains(posting.sourceUrl)) {
                planned.existingId = storedByUrl.value(posting.sourceUrl);
                plan.skipped << tr("%1: already stored (same link)").arg(describe(posting));
            } else if (storedByIdentity.contains(key)) {
                planned.existingId = storedByIdentity.value(key);
                plan.skipped
                    << tr("%1: already stored (same title, company and location)").arg(describe(posting));
            } else if ((!posting.sourceUrl.isEmpty() && seenUrls.contains(posting.sourceUrl)) ||
                       seenIdentities.contains(key)) {
                planned.existingId = -1; // the earlier one in these files
                plan.skipped
                    << tr("%1: appears twice in %2").arg(describe(posting), plan.batches.at(b).fileName);
            } else {
                plan.added << describe(posting);
            }
            if (!posting.sourceUrl.isEmpty())
                seenUrls.insert(posting.sourceUrl);
            seenIdentities.insert(key);
        }
    }
    return {};
}

Result<ImportService::Summary> ImportService::commit(Workspace& workspace, qint64 userId, const Plan& plan,
                                                     DocumentsAs documentsAs, const Progress& progress)
{
    const Database& database = workspace.database();
    Transaction transaction(database.connection());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    const QDateTime now = workspace.clock().now();
    const qint64 total = plan.work();
    qint64 done = 0;
    auto step = [&]() { return !progress || (++done % 64 != 0 && done != total) || progress(done, total); };
    auto cancelled = []() { return Error{tr("The import was cancelled; nothing was added.")}; };

    const OpportunityRepository opportunities(database);
    const UserOpportunityRepository applications(database);
    const ApplicationEventRepository events(database);
    Summary summary;
    QHash<QString, qint64> idsByKey; // postings added earlier in this import, for in-file duplicates
    for (qsizetype b = 0; b < plan.batches.size(); ++b) {
        const ImportBatch& batch = plan.batches.at(b);
        QList<qint64> ids;
        for (const PlannedPosting& planned : plan.postings.at(b)) {
            const QString key = identity(planned.posting);
            qint64 id = planned.existingId > 0 ? planned.existingId : idsByKey.value(key);
            if (id == 0 && planned.existingId == 0) {
                auto inserted = opportunities.insert(planned.posting);
                if (!inserted)
                    return Error{tr("%1: %2").arg(batch.fileName, inserted.errorMessage())};
                id = inserted->id;
                idsByKey.insert(key, id);
                ++summary.postings;
            }
            ids << id;
            if (!step())
                return cancelled();
        }
        QSet<qint64> applied;
        for (const ImportedApplication& imported : batch.applications) {
            const qint64 postingId = ids.value(imported.opportunity);
            if (postingId <= 0 || applied.contains(postingId))
                continue;
            applied.insert(postingId);
            auto existing = applications.findByOpportunity(userId, postingId);
            if (!existing)
                return existing.error();
            if (existing->has_value())
                continue;
            UserOpportunity application;
            application.userId = userId;
            application.opportunityId = postingId;
            application.applicationStatus = imported.status;
            application.appliedAt = imported.appliedAt;
            application.notes = imported.notes;
            application.createdAt = application.updatedAt = now;
            auto inserted = applications.insert(application);
            if (!inserted)
                return inserted.error();
            ApplicationEvent event;
            event.userOpportunityId = inserted->id;
            event.toStatus = imported.status;
            event.at = imported.appliedAt.isValid() ? imported.appliedAt : now;
            if (auto recorded = events.insert(event); !recorded)
                return recorded.error();
            ++summary.applications;
            if (!step())
                return cancelled();
        }
        for (const ImportedDocument& document : batch.documents) {
            if (document.isResume || documentsAs == DocumentsAs::Resumes) {
                Resume resume;
                resume.userId = userId;
                resume.name = document.name;
                resume.content = document.content;
                resume.format = document.format;
                resume.createdAt = resume.updatedAt = now;
                if (auto inserted = ResumeRepository(database).insert(resume); !inserted)
                    return inserted.error();
                ++summary.resumes;
            } else {
                CoverLetter letter;
                letter.userId = userId;
                letter.title = document.name;
                letter.content = document.content;
                letter.createdAt = letter.updatedAt = now;
                if (auto inserted = CoverLetterRepository(database).insert(letter); !inserted)
                    return inserted.error();
                ++summary.coverLetters;
            }
            if (!step())
                return cancelled();
        }
        for (Interest interest : batch.interests) {
            interest.userId = userId;
            interest.createdAt = interest.updatedAt = now;
            if (auto inserted = InterestRepository(database).insert(interest); !inserted)
                return inserted.error();
            ++summary.interests;
            if (!step())
                return cancelled();
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace careerdesk
