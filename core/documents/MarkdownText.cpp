#include "MarkdownText.h"

#include <QRegularExpression>

namespace careerdesk::MarkdownText {

namespace {

// Markup wherever they stand (emphasis, code, links, HTML, entities, strikethrough, tables), and
// the braces of placeholders.
const QString markupAnywhere = QStringLiteral("\\`*_{}[]<>&~|");
// Markup only at the start of a line: headings, bullets, quotes, setext underlines.
const QString markupAtLineStart = QStringLiteral("#+-=>");

} // namespace

QString escape(const QString& text)
{
    // A value is placed inside a line or at its start, never over several: its line breaks become
    // spaces, and its leading spaces go (four of them would start a code block).
    QString line = text;
    line.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    qsizetype start = 0;
    while (start < line.size() && line.at(start).isSpace())
        ++start;
    line.remove(0, start);

    QString escaped;
    escaped.reserve(line.size() + line.size() / 4);
    // "1." or "1)" at the start of a line begins a numbered list.
    static const QRegularExpression listNumber(QStringLiteral("^[0-9]+[.)]"));
    const QRegularExpressionMatch number = listNumber.match(line);
    const qsizetype numberMarker = number.hasMatch() ? number.capturedEnd() - 1 : -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (markupAnywhere.contains(c) || (i == 0 && markupAtLineStart.contains(c)) || i == numberMarker)
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace careerdesk::MarkdownText
