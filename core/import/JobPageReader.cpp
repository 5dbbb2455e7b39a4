#include "JobPageReader.h"

#include "HtmlText.h"
#include "JobPostingReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <libxml/HTMLparser.h>

#include <memory>

namespace careerdesk {

namespace {

struct PageParts
{
    QList<QByteArray> jsonLd;
    QString canonical;
    QString title;
};

QString attribute(const xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(value)).trimmed();
    xmlFree(value);
    return text;
}

bool isNamed(const xmlNode* node, const char* name)
{
    return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

QByteArray contentOf(const xmlNode* node)
{
    xmlChar* content = xmlNodeGetContent(node);
    if (!content)
        return {};
    QByteArray bytes(reinterpret_cast<const char*>(content));
    xmlFree(content);
    return bytes;
}

void collect(const xmlNode* node, PageParts& parts, int depth)
{
    if (depth > 200)
        return;
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (isNamed(node, "script") &&
            attribute(node, "type").compare(QLatin1String("application/ld+json"), Qt::CaseInsensitive) == 0) {
            parts.jsonLd << contentOf(node);
            continue;
        }
        if (isNamed(node, "link") &&
            attribute(node, "rel").compare(QLatin1String("canonical"), Qt::CaseInsensitive) == 0)
            parts.canonical = attribute(node, "href");
        else if (isNamed(node, "title") && parts.title.isEmpty())
            parts.title = QString::fromUtf8(contentOf(node)).simplified();
        collect(node->children, parts, depth + 1);
    }
}

} // namespace

Result<ImportBatch> JobPageReader::read(const QByteArray& html, const QString& name, const QDateTime& now)
{
    using DocumentPointer = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;
    const DocumentPointer document(
        htmlReadMemory(html.constData(), int(qMin<qsizetype>(html.size(), INT_MAX)), nullptr, "UTF-8",
                       HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER),
        &xmlFreeDoc);
    if (!document)
        return Error{tr("not an HTML page CareerDesk can read")};
    PageParts parts;
    collect(xmlDocGetRootElement(document.get()), parts, 0);

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
    page.content = HtmlText::toText(html);
    page.format = ResumeFormat::Html;
    if (page.content.trimmed().isEmpty())
        return Error{tr("the page has neither a job posting nor any text")};
    batch.documents << page;
    return batch;
}

} // namespace careerdesk
