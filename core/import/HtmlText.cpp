#include "HtmlText.h"

#include "HtmlDocument.h"

#include <QRegularExpression>
#include <QStringList>

#include <libxml/HTMLparser.h>

namespace careerdesk {

namespace {

using Html = HtmlDocument;

bool isBlock(const xmlNode* node)
{
    for (const char* name :
         {"p",  "div", "section", "article", "br",         "tr",  "table",  "ul",     "ol", "h1", "h2",
          "h3", "h4",  "h5",      "h6",      "blockquote", "pre", "header", "footer", "dl", "dt", "dd"}) {
        if (Html::isNamed(node, name))
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
            if (node->type != XML_ELEMENT_NODE || Html::isNamed(node, "script") ||
                Html::isNamed(node, "style") || Html::isNamed(node, "head") ||
                Html::isNamed(node, "noscript") || Html::isNamed(node, "template"))
                continue;
            if (Html::isNamed(node, "br")) {
                m_lines << m_line;
                m_line.clear();
                continue;
            }
            const bool block = isBlock(node);
            if (block || Html::isNamed(node, "li"))
                breakParagraph(!Html::isNamed(node, "li") && !Html::isNamed(node, "tr"));
            if (Html::isNamed(node, "li"))
                m_line = QStringLiteral("- ");
            else if (node->name && node->name[0] == 'h' && node->name[1] >= '1' && node->name[1] <= '6' &&
                     !node->name[2])
                m_line = QString(node->name[1] - '0', QLatin1Char('#')) + QLatin1Char(' ');
            walk(node->children, depth + 1);
            if (block || Html::isNamed(node, "li"))
                breakParagraph(!Html::isNamed(node, "li") && !Html::isNamed(node, "tr"));
            else if (Html::isNamed(node, "td") || Html::isNamed(node, "th"))
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
    return toText(HtmlDocument(html));
}

QString HtmlText::toText(const HtmlDocument& document)
{
    TextWriter writer;
    writer.walk(document.firstNode(), 0);
    return writer.text();
}

QString HtmlText::fromMaybeHtml(const QString& text)
{
    static const QRegularExpression markup(QStringLiteral("<\\s*/?\\s*[a-zA-Z][^>]*>|&[a-zA-Z#0-9]+;"));
    if (!markup.match(text).hasMatch())
        return text.trimmed();
    const HtmlDocument document(text.toUtf8());
    if (!document.problem().isEmpty()) // markup too costly to parse: its text without the tags
        return QString(text).replace(markup, QStringLiteral(" ")).simplified();
    return toText(document);
}

} // namespace careerdesk
