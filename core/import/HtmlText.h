#pragma once

#include <QByteArray>
#include <QString>

namespace careerdesk {

class HtmlDocument;

// HTML as readable text (Markdown-like: paragraphs, "- " list items, "#" headings), through libxml2's
// forgiving HTML parser. Scripts and styles are dropped; entities are decoded.
class HtmlText
{
public:
    static QString toText(const QByteArray& html);
    static QString toText(const QString& html) { return toText(html.toUtf8()); }
    static QString toText(const HtmlDocument& document); // a page already parsed
    // Only when `text` looks like markup; plain text (a JSON field, a feed summary) is kept as it is.
    static QString fromMaybeHtml(const QString& text);
};

} // namespace careerdesk
