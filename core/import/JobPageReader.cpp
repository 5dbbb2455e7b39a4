#include "JobPageReader.h"

#include "HtmlDocument.h"
#include "HtmlText.h"
#include "JobPostingReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <libxml/tree.h>

namespace careerdesk {

namespace {

struct PageParts
{
    QList<QByteArray> jsonLd;
    QString canonical;
    QString title;
};

using Html = HtmlDocument;

void collect(const xmlNode* node, PageParts& parts, int depth)
{
    if (depth > 200)
        return;
    for (; node; node = node->next) {
        if (!Html::isElement(node))
            continue;
        if (Html::isNamed(node, "script") &&
            Html::attribute(node, "type")
                    .compare(QLatin1String("application/ld+json"), Qt::CaseInsensitive) == 0) {
            parts.jsonLd << Html::content(node);
            continue;
        }
        if (Html::isNamed(node, "link") &&
            Html::attribute(node, "rel").compare(QLatin1String("canonical"), Qt::CaseInsensitive) == 0)
            parts.canonical = Html::attribute(node, "href");
        else if (Html::isNamed(node, "title") && parts.title.isEmpty())
            parts.title = QString::fromUtf8(Html::content(node)).simplified();
        collect(node->children, parts, depth + 1);
    }
}

} // namespace

Result<ImportBatch> JobPageReader::read(const QByteArray& html, const QString& name, const QDateTime& now)
{
    const HtmlDocument document(html);
    if (!document.problem().isEmpty())
        return Error{document.problem()};
    if (!document.isValid())
        return Error{tr("not an HTML page CareerDesk can read")};
    PageParts parts;
    collect(document.firstNode(), parts, 0);

    ImportBatch batch;
    for (qsizetype i = 0; i < parts.jsonLd.size(); ++i) {
        QJsonParseError problem;
        const QJsonDocument json = QJsonDocument::fromJson(parts.jsonLd.at(i).trimmed(), &problem);
        if (problem.error != QJsonParseError::NoError)
            return Error{tr("JSON-LD block %1: %2 at character %3")
                             .arg(i + 1)
                             .arg(problem.errorString())
                             .arg(problem.offset)};
        const QJsonValue root = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
        auto postings = JobPostingReader::read(root, now);
        if (!postings)
            return Error{tr("JSON-LD block %1, %2").arg(i + 1).arg(postings.errorMessage())};
        for (Opportunity& posting : postings.value()) {
            if (posting.sourceUrl.isEmpty())
                posting.sourceUrl = parts.canonical;
            batch.opportunities << posting;
        }
    }
    if (!batch.opportunities.isEmpty())
        return batch;

    ImportedDocument page;
    page.name = parts.title.isEmpty() ? name : parts.title;
    page.content = HtmlText::toText(document); // the page parsed above, not parsed again
    page.format = ResumeFormat::Html;
    if (page.content.trimmed().isEmpty())
        return Error{tr("the page has neither a job posting nor any text")};
    batch.documents << page;
    return batch;
}

} // namespace careerdesk
