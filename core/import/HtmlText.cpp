#include "HtmlText.h"

#include <QRegularExpression>
#include <QStringList>

#include <libxml/HTMLparser.h>

namespace careerdesk {

namespace {

bool isNamed(const xmlNode* node, const char* name)
{
    return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

bool isBlock(const xmlNode* node)
{
    for (const char* name :
         {"p",  "div", "section", "article", "br",         "tr",  "table",  "ul",     "ol", "h1", "h2",
          "h3", "h4",  "h5",      "h6",      "blockquote", "pre", "header", "footer", "dl", "dt", "dd"}) {
        if (isNamed(node, name))
            return true;
    }
    return false;
}

class TextWriter
{
public:
    void walk(const xmlNode* node, int depth)
    {
        // Deeply nested garbage must not exhaust the stack.
        if (depth > 200)
            return;
        for (; node; node = node->next) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                appendText(QString::fromUtf8(reinterpret_cast<const char*>(node->content)));
                continue;
            }
            if (node->type != XML_ELEMENT_NODE || isNamed(node, "script") || isNamed(node, "style") ||
                isNamed(node, "head") || isNamed(node, "noscript") || isNamed(node, "template"))
                continue;
            if (isNamed(node, "br")) {
                m_lines << m_line;
                m_line.clear();
                continue;
            }
            const bool block = isBlock(node);
            if (block || isNamed(node, "li"))
                breakParagraph(!isNamed(node, "li") && !isNamed(node, "tr"));
            if (isNamed(node, "li"))
                m_line = QStringLiteral("- ");
            else if (node->name && node->name[0] == 'h' && node->name[1] >= '1' && node->name[1] <= '6' &&
                     !node->name[2])
                m_line = QString(node->name[1] - '0', QLatin1Char('#')) + QLatin1Char(' ');
            walk(node->children, depth + 1);
            if (block || isNamed(node, "li"))
                breakParagraph(!isNamed(node, "li") && !isNamed(node, "tr"));
            else if (isNamed(node, "td") || isNamed(node, "th"))
                appendText(QStringLiteral(" "));
        }
    }

    QString text()
    {
        breakParagraph(false);
        while (!m_lines.isEmpty() && m_lines.constLast().isEmpty())
            m_lines.removeLast();
        return m_lines.join(QLatin1Char('\n'));
    }

private:
    void appendText(const QString& text)
    {
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        QString simplified = QString(text).replace(spaces, QStringLiteral(" "));
        // A space at the start of a line, or after one already written, says nothing.
        if ((m_line.trimmed().isEmpty() || m_line.endsWith(QLatin1Char(' '))) &&
            simplified.startsWith(QLatin1Char(' ')))
            simplified.remove(0, 1);
        m_line += simplified;
    }

    void breakParagraph(bool blankLine)
    {
        static const QRegularExpression onlyMarks(QStringLiteral("^[-#]*$"));
        const QString line = m_line.trimmed();
        if (!onlyMarks.match(line).hasMatch())
            m_lines << line;
        m_line.clear();
        if (blankLine && !m_lines.isEmpty() && !m_lines.constLast().isEmpty())
            m_lines << QString();
    }

    QStringList m_lines;
    QString m_line;
};

} // namespace

QString HtmlText::toText(const QByteArray& html)
{
    if (html.trimmed().isEmpty())
        return {};
    htmlDocPtr document =
        htmlReadMemory(html.constData(), int(qMin<qsizetype>(html.size(), INT_MAX)), nullptr, "UTF-8",
                       HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER |
                           HTML_PARSE_NOIMPLIED);
    if (!document)
        return {};
    TextWriter writer;
    writer.walk(xmlDocGetRootElement(document), 0);
    xmlFreeDoc(document);
    return writer.text();
}

QString HtmlText::fromMaybeHtml(const QString& text)
{
    static const QRegularExpression markup(QStringLiteral("<\\s*/?\\s*[a-zA-Z][^>]*>|&[a-zA-Z#0-9]+;"));
    return markup.match(text).hasMatch() ? toText(text) : text.trimmed();
}

} // namespace careerdesk
