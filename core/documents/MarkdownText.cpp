#include "MarkdownText.h"

namespace careerdesk::MarkdownText {

QString escape(const QString& text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-.!|&~");
    QString escaped;
    escaped.reserve(text.size() * 2);
    for (QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            escaped += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace careerdesk::MarkdownText
