#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace careerdesk {

// Small rules of written English that generated letters and emails share: lists in words, a name that
// goes mid-sentence, whether a resume line can follow "I".
class Prose
{
    Q_DECLARE_TR_FUNCTIONS(Prose)

public:
    // "C++", "C++ and Qt", "C++, Qt and CMake".
    static QString list(const QStringList& items);
    // "Desktop engineering" → "desktop engineering"; "Qt", "AWS" and "McKinsey" stay as they are.
    static QString lowerFirst(const QString& text);
    // Whether a word is written with a capital in the middle of `text` (a name: "Python", "Berlin").
    static bool capitalisedWithin(const QString& word, const QString& text);
    // A resume statement that begins with a verb in the past ("Built …", "led …", "Introduced …"), so
    // that "I " can stand before it.
    static bool startsWithPastVerb(const QString& statement);
    static int wordCount(const QString& text);
};

} // namespace careerdesk
