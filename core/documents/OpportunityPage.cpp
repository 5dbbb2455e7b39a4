#include "OpportunityPage.h"

#include "domain/DisplayFormat.h"
#include "domain/EnumStrings.h"

#include <QUrl>

namespace careerdesk {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString listItems(const QStringList& items, const QString& mark = QString())
{
    QString html;
    for (const QString& item : items)
        html += QStringLiteral("<li>") + mark + escaped(item) + QStringLiteral("</li>");
    return html;
}

} // namespace

QString OpportunityPage::html(const Opportunity& opportunity, const std::optional<Application>& application,
                              const std::optional<ResumeMatch>& resumeMatch)
{
    QString html = QStringLiteral("<h2>") + escaped(opportunity.title) + QStringLiteral("</h2><p><b>") +
                   escaped(opportunity.company) + QStringLiteral("</b></p>") + facts(opportunity) +
                   pipeline(application) + matchSection(opportunity, resumeMatch);
    if (!opportunity.description.trimmed().isEmpty())
        html += QStringLiteral("<h3>") + tr("Description") + QStringLiteral("</h3>") +
                paragraphs(opportunity.description);
    if (!opportunity.requirements.isEmpty())
        html += QStringLiteral("<h3>") + tr("Requirements") + QStringLiteral("</h3><ul>") +
                listItems(opportunity.requirements) + QStringLiteral("</ul>");
    return html;
}

QString OpportunityPage::facts(const Opportunity& opportunity)
{
    QStringList where;
    if (!opportunity.location.trimmed().isEmpty())
        where << escaped(opportunity.location);
    if (opportunity.isRemote)
        where << tr("remote");
    QStringList lines;
    lines << enumLabel(opportunity.type) +
                 (where.isEmpty() ? QString() : QStringLiteral(" · ") + where.join(QStringLiteral(", ")));
    lines << (opportunity.salaryRange ? escaped(DisplayFormat::salary(*opportunity.salaryRange))
                                      : tr("Salary not stated"));
    QString dates = tr("Posted %1").arg(DisplayFormat::date(opportunity.postedAt.toLocalTime().date()));
    if (opportunity.expiresAt.isValid())
        dates += QStringLiteral(" · ") +
                 tr("expires %1").arg(DisplayFormat::date(opportunity.expiresAt.toLocalTime().date()));
    if (opportunity.status != OpportunityStatus::Active)
        dates += QStringLiteral(" · ") + enumLabel(opportunity.status);
    lines << dates;
    const QUrl url(opportunity.sourceUrl, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        lines << QStringLiteral("<a href=\"") + escaped(url.toString(QUrl::FullyEncoded)) +
                     QStringLiteral("\">") + escaped(url.toDisplayString()) + QStringLiteral("</a>");
    return QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

QString OpportunityPage::pipeline(const std::optional<Application>& application)
{
    if (!application)
        return QStringLiteral("<p><i>") +
               tr("Not in your pipeline yet: Save keeps it, Apply records an application.") +
               QStringLiteral("</i></p>");
    QString text = tr("In your pipeline: <b>%1</b>").arg(enumLabel(application->applicationStatus));
    if (application->appliedAt.isValid())
        text += QStringLiteral(" · ") +
                tr("applied %1").arg(DisplayFormat::date(application->appliedAt.toLocalTime().date()));
    return QStringLiteral("<p>") + text + QStringLiteral("</p>");
}

QString OpportunityPage::matchSummary(const ResumeMatch& resumeMatch)
{
    const auto& match = resumeMatch.match;
    const auto total = match.found.size() + match.missing.size();
    if (total == 0)
        return tr("This posting lists no requirements to match.");
    return tr("%1 of %2 requirements found in “%3”: %4% match.")
        .arg(match.found.size())
        .arg(total)
        .arg(resumeMatch.resumeName)
        .arg(match.score());
}

QString OpportunityPage::matchSection(const Opportunity& opportunity,
                                      const std::optional<ResumeMatch>& resumeMatch)
{
    if (!resumeMatch || opportunity.requirements.isEmpty())
        return {};
    const auto& match = resumeMatch->match;
    QString html = QStringLiteral("<h3>") + tr("Match with your resume") + QStringLiteral("</h3><p>") +
                   escaped(matchSummary(*resumeMatch)) + QStringLiteral(" ") +
                   tr("A requirement counts as found when its words appear in the resume in the same order, "
                      "whatever the case and plural.") +
                   QStringLiteral("</p>");
    if (!match.found.isEmpty())
        html += QStringLiteral("<p>") + tr("Found:") + QStringLiteral("</p><ul>") +
                listItems(match.found, QStringLiteral("✓ ")) + QStringLiteral("</ul>");
    if (!match.missing.isEmpty())
        html += QStringLiteral("<p>") + tr("Missing:") + QStringLiteral("</p><ul>") +
                listItems(match.missing, QStringLiteral("✗ ")) + QStringLiteral("</ul>");
    return html;
}

QString OpportunityPage::paragraphs(const QString& text)
{
    QString html;
    const QStringList blocks = QString(text)
                                   .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                   .split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString& block : blocks) {
        if (!block.trimmed().isEmpty())
            html += QStringLiteral("<p>") +
                    escaped(block.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                    QStringLiteral("</p>");
    }
    return html;
}

} // namespace careerdesk
