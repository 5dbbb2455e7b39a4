#pragma once

#include <QString>

namespace careerdesk::MarkdownText {

// `text` as Markdown that shows exactly those characters: nothing in it becomes markup.
QString escape(const QString& text);

} // namespace careerdesk::MarkdownText
