#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace careerdesk {

class Workspace;

// Everything about one application in one document, for the person's records or an office that asks
// for proof: the posting as it is stored, the resume and cover letter that went with it, the notes
// and the dated stage history. Every value from the store is escaped; only resume and letter bodies
// are rendered (they are the person's own Markdown or HTML).
class ApplicationDossier
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationDossier)

public:
    struct Page
    {
        QString title;
        QString author; // the person's name
        QString html;   // the body's content
    };

    static Result<Page> page(Workspace& workspace, qint64 userId, qint64 applicationId);
    static Result<std::unique_ptr<QTextDocument>> document(Workspace& workspace, qint64 userId,
                                                           qint64 applicationId);
    static QString title(const QString& postingTitle, const QString& company);

private:
    static QString section(const QString& heading, const QString& body, bool newPage);
};

} // namespace careerdesk
