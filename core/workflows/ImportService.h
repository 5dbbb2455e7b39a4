#pragma once

#include "domain/Result.h"
#include "import/ImportBatch.h"
#include "services/RowRefs.h"

#include <QCoreApplication>

#include <functional>

namespace careerdesk {

class Workspace;

// Puts what files hold into a person's database: first a preview (what will be added, what is
// skipped as already there and why), then one transaction for everything, which a cancel or any
// failure rolls back whole. Runs on any thread: it uses that thread's connection and sends no
// signals, so a caller reloads its views once afterwards.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    enum class DocumentsAs { Resumes, CoverLetters };
    // Indexing a new posting for search costs about three times as much as storing it: in progress
    // units, each new posting counts once for its row and this many times for its indexing.
    static constexpr qsizetype indexingWeight = 3;

    struct PlannedPosting
    {
        Opportunity posting;
        qint64 existingId = 0; // a stored posting it duplicates: not added, its applications link there
        qsizetype sameAs = -1; // an earlier posting of these files it repeats (its place among all of them)
    };

    struct Plan
    {
        QList<ImportBatch> batches;
        QList<QList<PlannedPosting>> postings; // per batch, parallel to its opportunities
        QStringList added;                     // one line per item to add, for the preview
        QStringList skipped;                   // one line per item left out, with the reason
        qsizetype work() const;                // progress units: items to write, plus indexing
        qsizetype newPostings() const;         // postings stored by this import
        bool hasUnassignedDocuments() const;   // documents that are neither resume nor letter yet
    };

    struct Summary
    {
        int postings = 0;
        int applications = 0;
        int resumes = 0;
        int coverLetters = 0;
        int interests = 0;
        // Every row the import added that is not deleted with another of them, in the order added:
        // (table, id). Taking these away takes the whole import back.
        RowRefs roots;
        QString text() const; // "Added 3 postings, 1 application and 1 resume."
    };

    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    static Result<Plan> plan(Workspace& workspace, qint64 userId, QList<ImportBatch> batches);
    // Reads every file (FileImporter) and plans them together; the first unreadable file stops it.
    static Result<Plan> planFiles(Workspace& workspace, qint64 userId, const QStringList& paths);
    // Imports of at most this many rows can be undone (Workspace::takeAway archives row by row).
    static constexpr qsizetype undoLimit = 10'000;

    static Result<Summary> commit(Workspace& workspace, qint64 userId, const Plan& plan,
                                  DocumentsAs documentsAs, const Progress& progress = {});

private:
    static Status findDuplicates(Workspace& workspace, Plan& plan);
    // What commit() writes, inside its transaction.
    static Result<Summary> write(Workspace& workspace, qint64 userId, const Plan& plan,
                                 DocumentsAs documentsAs, const Progress& progress);
};

} // namespace careerdesk
