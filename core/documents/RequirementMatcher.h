#pragma once

#include <QStringList>

namespace careerdesk {

// Which of a posting's requirements a text (a resume) shows: a requirement matches when its words
// appear in the text in the same order, ignoring case and plural endings. A line that lists several
// (separated by commas, semicolons or bullets) counts each.
class RequirementMatcher
{
public:
    struct Match
    {
        QStringList found;
        QStringList missing;
        int score() const; // percentage of requirements found; 0 when there are none
    };

    static Match match(const QStringList& requirements, const QString& text);
    // Whether `text` shows one requirement: its words, in order, whatever the case and plural.
    static bool shows(const QString& text, const QString& requirement);
    static QStringList words(const QString& text);
};

} // namespace careerdesk
