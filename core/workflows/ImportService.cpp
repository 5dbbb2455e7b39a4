#include "ImportService.h"

#include "import/FileImporter.h"
#include "services/Workspace.h"

#include <QHash>

#include <QSet>
#include <algorithm>

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
    qsizetype total = indexingWeight * newPostings();
    for (const ImportBatch& batch : batches)
        total += batch.size();
    return total;
}

qsizetype ImportService::Plan::newPostings() const
{
    qsizetype count = 0;
    for (const auto& planned : postings) {
        count += std::count_if(planned.cbegin(), planned.cend(), [](const PlannedPosting& posting) {
            return posting.existingId == 0 && posting.sameAs < 0;
        });
    }
    return count;
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
            postings << PlannedPosting{posting};
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
            if (planned.existingId > 0) {
                auto existing =
                    workspace.applications().getApplicationForOpportunity(userId, planned.existingId);
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

Result<ImportService::Plan> ImportService::planFiles(Workspace& workspace, qint64 userId,
                                                     const QStringList& paths)
{
    QList<ImportBatch> batches;
    for (const QString& path : paths) {
        auto batch = FileImporter::readFile(path, workspace.clock().now());
        if (!batch)
            return batch.error();
        batches << batch.value();
    }
    return plan(workspace, userId, batches);
}

Status ImportService::findDuplicates(Workspace& workspace, Plan& plan)
{
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
        auto candidates = workspace.opportunities().findCandidates(urls, titles);
        if (!candidates)
            return candidates.error();
        for (const Opportunity& stored : *candidates) {
            if (!stored.sourceUrl.isEmpty())
                storedByUrl.insert(stored.sourceUrl, stored.id);
            storedByIdentity.insert(identity(stored), stored.id);
        }
    }
    QHash<QString, qsizetype> seenUrls; // → place among all postings of these files
    QHash<QString, qsizetype> seenIdentities;
    qsizetype place = 0;
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
                planned.sameAs = seenIdentities.value(key, seenUrls.value(posting.sourceUrl));
                plan.skipped
                    << tr("%1: appears twice in %2").arg(describe(posting), plan.batches.at(b).fileName);
            } else {
                plan.added << describe(posting);
            }
            if (!posting.sourceUrl.isEmpty() && !seenUrls.contains(posting.sourceUrl))
                seenUrls.insert(posting.sourceUrl, place);
            if (!seenIdentities.contains(key))
                seenIdentities.insert(key, place);
            ++place;
        }
    }
    return {};
}

Result<ImportService::Summary> ImportService::commit(Workspace& workspace, qint64 userId, const Plan& plan,
                                                     DocumentsAs documentsAs, const Progress& progress)
{
    return workspace.inTransaction([&] { return write(workspace, userId, plan, documentsAs, progress); });
}

Result<ImportService::Summary> ImportService::write(Workspace& workspace, qint64 userId, const Plan& plan,
                                                    DocumentsAs documentsAs, const Progress& progress)
{
    const qint64 total = plan.work();
    qint64 done = 0;
    auto step = [&]() { return !progress || (++done % 64 != 0 && done != total) || progress(done, total); };
    auto cancelled = []() { return Error{tr("The import was cancelled; nothing was added.")}; };
    // Rows of one kind follow one another: each statement is prepared once for the whole import.
    auto addPosting = workspace.opportunities().postingWriter();
    if (Status begun = addPosting.begin(); !begun)
        return begun.error();
    auto addApplication = workspace.applications().applicationWriter();
    Summary summary;
    QList<qint64> idsInOrder; // the stored id of every posting of these files, in order
    QSet<qint64> added;       // postings added now: no application of the person's can point at them yet
    for (qsizetype b = 0; b < plan.batches.size(); ++b) {
        const ImportBatch& batch = plan.batches.at(b);
        auto failed = [&batch](const QString& message) {
            return Error{tr("%1: %2").arg(batch.fileName, message)};
        };
        QList<qint64> ids;
        for (const PlannedPosting& planned : plan.postings.at(b)) {
            qint64 id = planned.existingId > 0 ? planned.existingId
                                               : (planned.sameAs >= 0 ? idsInOrder.value(planned.sameAs) : 0);
            if (planned.existingId == 0 && planned.sameAs < 0) {
                Opportunity posting = planned.posting;
                posting.ownerId = userId; // what a person imports is theirs
                auto inserted = addPosting.add(posting);
                if (!inserted)
                    return failed(inserted.errorMessage());
                id = inserted.value();
                added.insert(id);
                summary.roots << qMakePair(workspace.opportunities().table(), id);
                ++summary.postings;
            }
            ids << id;
            idsInOrder << id;
            if (!step())
                return cancelled();
        }
        QSet<qint64> applied;
        for (const ImportedApplication& imported : batch.applications) {
            const qint64 postingId = ids.value(imported.opportunity);
            if (postingId <= 0 || applied.contains(postingId))
                continue;
            applied.insert(postingId);
            if (!added.contains(postingId)) {
                auto existing = workspace.applications().getApplicationForOpportunity(userId, postingId);
                if (!existing)
                    return existing.error();
                if (existing->has_value())
                    continue;
            }
            Application application;
            application.opportunityId = postingId;
            application.applicationStatus = imported.status;
            application.appliedAt = imported.appliedAt;
            application.notes = imported.notes;
            auto inserted = addApplication.add(userId, application);
            if (!inserted)
                return failed(inserted.errorMessage());
            if (!added.contains(postingId)) // else it goes with its posting
                summary.roots << qMakePair(workspace.applications().table(), inserted.value());
            ++summary.applications;
            if (!step())
                return cancelled();
        }
        // Documents and interests are few: they go through their services, which validate them and keep
        // their rules (a person's first resume becomes the default).
        for (const ImportedDocument& document : batch.documents) {
            QString problem;
            if (document.isResume || documentsAs == DocumentsAs::Resumes) {
                Resume resume;
                resume.name = document.name;
                resume.content = document.content;
                resume.format = document.format;
                resume.jsonResume = document.jsonResume;
                auto created = workspace.resumes().createResume(userId, resume);
                if (created)
                    summary.roots << qMakePair(workspace.resumes().table(), created->id);
                problem = created.errorMessage();
                ++summary.resumes;
            } else {
                CoverLetter letter;
                letter.title = document.name;
                letter.content = document.content;
                auto created = workspace.coverLetters().createCoverLetter(userId, letter);
                if (created)
                    summary.roots << qMakePair(workspace.coverLetters().table(), created->id);
                problem = created.errorMessage();
                ++summary.coverLetters;
            }
            if (!problem.isEmpty())
                return failed(problem);
            if (!step())
                return cancelled();
        }
        for (const Interest& interest : batch.interests) {
            auto created = workspace.interests().createInterest(userId, interest);
            if (!created)
                return failed(created.errorMessage());
            summary.roots << qMakePair(workspace.interests().table(), created->id);
            ++summary.interests;
            if (!step())
                return cancelled();
        }
    }
    const qint64 stored = done;
    bool stopped = false;
    auto indexed = [&](qint64 postings) {
        done = stored + indexingWeight * postings;
        stopped = progress && !progress(done, total);
        return !stopped;
    };
    if (Status finished = addPosting.finish(indexed); !finished)
        return stopped ? cancelled() : finished.error();
    // Indexing that reported less (a database that indexes each posting as it is stored) is done too.
    if (done < total && !indexed(plan.newPostings()))
        return cancelled();
    return summary;
}

} // namespace careerdesk
