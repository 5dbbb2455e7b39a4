#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <concepts>

namespace careerdesk {

// Collects what is wrong with a value before anything is written; the first problem is reported.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static constexpr int shortTextLimit = 20'000;   // names, titles, subjects
    static constexpr int longTextLimit = 5'000'000; // descriptions, letters, resumes

    Validator& required(const QString& field, const QString& value);
    Validator& maxLength(const QString& field, const QString& value, int limit = shortTextLimit);
    Validator& check(bool condition, const QString& problem);
    // The message is made only when the check fails: imports validate many thousands of values.
    template <std::invocable MakeProblem> Validator& check(bool condition, MakeProblem&& problem)
    {
        if (!condition)
            m_problems << problem();
        return *this;
    }
    template <typename T> Validator& merge(const Result<T>& result)
    {
        return check(result.ok(), result.errorMessage());
    }

    Status status() const;

private:
    QStringList m_problems;
};

} // namespace careerdesk
