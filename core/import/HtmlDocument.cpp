#include "HtmlDocument.h"

#include <libxml/HTMLparser.h>

#include <climits>

namespace careerdesk {

HtmlDocument::HtmlDocument(const QByteArray& html)
    : m_document(html.trimmed().isEmpty()
                     ? nullptr
                     : htmlReadMemory(html.constData(), int(qMin<qsizetype>(html.size(), INT_MAX)), nullptr,
                                      "UTF-8",
                                      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                          HTML_PARSE_RECOVER | HTML_PARSE_NOIMPLIED),
                 &xmlFreeDoc)
{}

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
