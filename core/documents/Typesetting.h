#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace careerdesk {

// What makes a rendered resume or letter read as typeset rather than printed from a browser: the
// template's styles decide (not the spacing and sizes Markdown's import writes on every paragraph), a
// term such as CI/CD never breaks at its slash, a resume's role line carries its dates at the right, its
// section headings are ruled, and a page number shows only on documents of two pages or more.
class Typesetting
{
public:
    // Markdown's hard line breaks (two spaces or a backslash at a line's end) as breaks inside one
    // paragraph: Qt's import would make each line a paragraph of its own, spaced as one, so that a letter's
    // address block would read as five paragraphs.
    static QString withLineBreaks(QString markdown);
    // Markdown's HTML without the inline margins, heading sizes and link colours it writes on every
    // element, so that the template's style sheet applies.
    static QString templateStyled(QString html);
    // "**Role, Company** (2019–today)" paragraphs as a line with the dates right-aligned.
    static QString withRoleLines(QString html);
    // A resume's name and contact line (its first heading and the paragraph after it) as a header of two
    // columns, the name on the left and the contact lines on the right; what follows stays in `body`.
    static QString takeHeader(QString& body);
    // A word joiner after each slash inside a word: a line may end before "CI/CD" or after it.
    static QString withWholeTerms(QString html);
    // A rule under each section heading (level 2).
    static void ruleSectionHeadings(QTextDocument& document);
    // Lays the document out on the device's pages with its margins; "Page N of M" under each page when
    // there are two or more.
    static void print(const QTextDocument& document, QPagedPaintDevice* device);
};

} // namespace careerdesk
