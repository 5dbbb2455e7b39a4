#pragma once

#include "domain/Enums.h"
#include "domain/Interest.h"
#include "domain/Opportunity.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace careerdesk {

// A resume or cover letter read from a file; which of the two it becomes is decided when importing
// (the tab it was dropped on, or the person's answer).
struct ImportedDocument
{
    QString name;
    QString content; // Markdown
    ResumeFormat format = ResumeFormat::Markdown;
    bool isResume = false; // known from the file itself (JSON Resume)
    QString jsonResume;    // the JSON Resume it came from, kept for export back
};

// A row of another tracker's export: the posting it names and where the person stands with it.
struct ImportedApplication
{
    int opportunity = 0; // index into ImportBatch::opportunities
    ApplicationStatus status = ApplicationStatus::Saved;
    QDateTime appliedAt;
    QString notes;
};

// What one file holds, read and checked, before anything is written.
struct ImportBatch
{
    QString fileName;
    QList<Opportunity> opportunities;
    QList<ImportedApplication> applications;
    QList<ImportedDocument> documents;
    QList<Interest> interests;
    QStringList columnMapping; // CSV: "Job Title → title" for each column used, shown before importing

    qsizetype size() const
    {
        return opportunities.size() + applications.size() + documents.size() + interests.size();
    }
};

} // namespace careerdesk
