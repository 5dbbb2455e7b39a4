#include "HtmlDocument.h"

#include <libxml/HTMLparser.h>

#include <climits>

namespace careerdesk {

HtmlDocument::HtmlDocument(const QByteArray& html)
    : m_document(nullptr, &xmlFreeDoc)
{
    if (html.trimmed().isEmpty())
        return;
    const Measure measured = measure(html);
    if (measured.mostAttributes > maximumAttributesPerTag) {
        m_problem = tr("one tag has %1 attributes, more than the %2 CareerDesk reads in a tag; this is not a "
                       "page saved from a browser")
                        .arg(measured.mostAttributes)
                        .arg(maximumAttributesPerTag);
        return;
    }
    if (measured.elements > maximumElements) {
        m_problem = tr("it has %1 elements, more than the %2 CareerDesk reads in a page; this is not a page "
                       "saved from a browser")
                        .arg(measured.elements)
                        .arg(maximumElements);
        return;
    }
    m_document.reset(htmlReadMemory(html.constData(), int(qMin<qsizetype>(html.size(), INT_MAX)), nullptr,
                                    "UTF-8",
                                    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                        HTML_PARSE_RECOVER | HTML_PARSE_NOIMPLIED));
}

// One linear pass over the markup, the way a browser tokenises tags: names, attributes with quoted or
// bare values; comments and the text of scripts and styles are skipped.
HtmlDocument::Measure HtmlDocument::measure(const QByteArray& html)
{
    const char* p = html.constData();
    const char* const end = p + html.size();
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    auto isLetter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto startsWith = [&](const char* at, QByteArrayView word) {
        return end - at >= word.size() &&
               QByteArrayView(at, word.size()).compare(word, Qt::CaseInsensitive) == 0;
    };
    auto skipPast = [&](const char* from, QByteArrayView closing) {
        for (const char* at = from; at < end; ++at) {
            if (startsWith(at, closing))
                return at + closing.size();
        }
        return end;
    };
    Measure measured;
    while (p < end) {
        if (*p != '<') {
            ++p;
            continue;
        }
        if (startsWith(p, "<!--")) {
            p = skipPast(p + 4, "-->");
            continue;
        }
        if (p + 1 >= end || !isLetter(p[1])) {
            ++p;
            continue;
        }
        ++measured.elements;
        const bool rawText = startsWith(p, "<script") || startsWith(p, "<style");
        const QByteArrayView closing = startsWith(p, "<script") ? "</script" : "</style";
        ++p;
        while (p < end && !isSpace(*p) && *p != '>' && *p != '/')
            ++p; // the tag's name
        int attributes = 0;
        while (p < end && *p != '>') {
            if (isSpace(*p) || *p == '/') {
                ++p;
                continue;
            }
            ++attributes;
            while (p < end && !isSpace(*p) && *p != '=' && *p != '>')
                ++p;
            while (p < end && isSpace(*p))
                ++p;
            if (p < end && *p == '=') {
                ++p;
                while (p < end && isSpace(*p))
                    ++p;
                if (p < end && (*p == '"' || *p == '\'')) {
                    const char quote = *p++;
                    while (p < end && *p != quote)
                        ++p;
                    if (p < end)
                        ++p;
                } else {
                    while (p < end && !isSpace(*p) && *p != '>')
                        ++p;
                }
            }
        }
        measured.mostAttributes = qMax(measured.mostAttributes, attributes);
        if (rawText)
            p = skipPast(p, closing);
    }
    return measured;
}

const xmlNode* HtmlDocument::firstNode() const
{
    return m_document ? m_document->children : nullptr;
}

bool HtmlDocument::isElement(const xmlNode* node)
{
    return node->type == XML_ELEMENT_NODE;
}

bool HtmlDocument::isNamed(const xmlNode* node, const char* name)
{
    return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

QString HtmlDocument::attribute(const xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(value)).trimmed();
    xmlFree(value);
    return text;
}

QByteArray HtmlDocument::content(const xmlNode* node)
{
    xmlChar* text = xmlNodeGetContent(node);
    if (!text)
        return {};
    QByteArray bytes(reinterpret_cast<const char*>(text));
    xmlFree(text);
    return bytes;
}

} // namespace careerdesk
