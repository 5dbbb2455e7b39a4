#include "ApplicationDossier.h"

#include "documents/CoverLetterGenerator.h"
#include "documents/DocumentRenderer.h"
#include "documents/OpportunityPage.h"
#include "domain/DisplayFormat.h"
#include "services/Workspace.h"

#include <QTextDocument>

namespace careerdesk {

namespace {

QString escapedParagraphs(const QString& text)
{
    QString html;
    for (const QString& paragraph : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>") + paragraph.toHtmlEscaped() + QStringLiteral("</p>");
    return html;
}

QString historyTable(const QList<ApplicationEvent>& history)
{
    QString rows;
    for (const ApplicationEvent& event : history) {
        const QString change = event.fromStatus ? enumLabel(*event.fromStatus) + QStringLiteral(" → ") +
                                                      enumLabel(event.toStatus)
                                                : enumLabel(event.toStatus);
        rows += QStringLiteral("<tr><td>") + DisplayFormat::dateTime(event.at).toHtmlEscaped() +
                QStringLiteral("</td><td>") + change.toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    return QStringLiteral("<table cellpadding=\"4\" cellspacing=\"0\" border=\"1\" width=\"100%\">") +
           QStringLiteral("<tr><th align=\"left\">") + ApplicationDossier::tr("When") +
           QStringLiteral("</th><th align=\"left\">") + ApplicationDossier::tr("Stage") +
           QStringLiteral("</th></tr>") + rows + QStringLiteral("</table>");
}

} // namespace

QString ApplicationDossier::title(const QString& postingTitle, const QString& company)
{
    return tr("Application dossier: %1 at %2").arg(postingTitle, company);
}

QString ApplicationDossier::section(const QString& heading, const QString& body, bool newPage)
{
    return QStringLiteral("<h2%1>").arg(newPage ? QStringLiteral(" style=\"page-break-before: always\"")
                                                : QString()) +
           heading.toHtmlEscaped() + QStringLiteral("</h2>") + body;
}

Result<ApplicationDossier::Page> ApplicationDossier::page(Workspace& workspace, qint64 userId,
                                                          qint64 applicationId)
{
    auto application = workspace.applications().getApplication(userId, applicationId);
    if (!application)
        return application.error();
    auto posting = workspace.opportunities().getOpportunityById(application->opportunityId);
    if (!posting)
        return posting.error();
    if (!posting->has_value())
        return Error{tr("The posting of application %1 is no longer stored").arg(applicationId)};
    auto history = workspace.applications().getApplicationHistory(userId, applicationId);
    if (!history)
        return history.error();
    auto user = workspace.users().getUser(userId);
    if (!user)
        return user.error();
    const Opportunity& opportunity = posting->value();

    const QString documentTitle = title(opportunity.title, opportunity.company);
    QString html = QStringLiteral("<h1>") + documentTitle.toHtmlEscaped() + QStringLiteral("</h1><p>") +
                   tr("%1 · %2 · made on %3")
                       .arg(user->displayName(), enumLabel(application->applicationStatus),
                            DisplayFormat::date(workspace.clock().now().toLocalTime().date()))
                       .toHtmlEscaped() +
                   QStringLiteral("</p>");
    html += section(tr("Stage history"), historyTable(*history), false);
    html += section(tr("Notes"),
                    application->notes.trimmed().isEmpty()
                        ? QStringLiteral("<p>") + tr("No notes.") + QStringLiteral("</p>")
                        : escapedParagraphs(application->notes),
                    false);
    html += section(tr("The posting as captured"),
                    OpportunityPage::html(opportunity, *application, std::nullopt), true);

    // A part that was sent: its name in the heading and its body, or a line saying there was none.
    auto sentPart = [&html](const QString& heading, const QString& none,
                            const std::optional<QPair<QString, QString>>& sent) {
        html += section(sent ? heading + QStringLiteral(": ") + sent->first : heading,
                        sent ? DocumentRenderer::bodyHtml(sent->second)
                             : QStringLiteral("<p>") + none + QStringLiteral("</p>"),
                        true);
    };
    std::optional<QPair<QString, QString>> resume;
    if (application->resumeId != 0) {
        auto sent = workspace.resumes().getResume(userId, application->resumeId);
        if (!sent)
            return sent.error();
        resume = qMakePair(sent->name, sent->content);
    }
    sentPart(tr("Resume sent"), tr("No resume is linked to this application."), resume);
    std::optional<QPair<QString, QString>> letter;
    if (application->coverLetterId != 0) {
        auto sent = workspace.coverLetters().getCoverLetter(userId, application->coverLetterId);
        if (!sent)
            return sent.error();
        letter = qMakePair(CoverLetterGenerator::withoutKind(sent->title), sent->content);
    }
    sentPart(tr("Cover letter sent"), tr("No cover letter is linked to this application."), letter);
    return Page{documentTitle, user->displayName(), html};
}

Result<std::unique_ptr<QTextDocument>> ApplicationDossier::document(Workspace& workspace, qint64 userId,
                                                                    qint64 applicationId)
{
    auto dossier = page(workspace, userId, applicationId);
    if (!dossier)
        return dossier.error();
    DocumentRenderer::registerFonts();
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultStyleSheet(QStringLiteral("body { font-family: 'DejaVu Sans'; font-size: 10pt; } "
                                                  "h1 { font-size: 18pt; } h2 { font-size: 14pt; "
                                                  "color: #1e3a5f; } th { background: #e8eef5; }"));
    document->setHtml(QStringLiteral("<html><body>") + dossier->html + QStringLiteral("</body></html>"));
    document->setMetaInformation(QTextDocument::DocumentTitle, dossier->title);
    DocumentRenderer::setAuthor(*document, dossier->author);
    return document;
}

} // namespace careerdesk
