#pragma once

#include "domain/Opportunity.h"

#include <QStringList>

#include <random>
#include <vector>

namespace careerdesk {

// Realistic postings for benchmarks, the same for the same seed: titles from a job-title
// vocabulary, descriptions of 150–400 words drawn from a Zipf-distributed vocabulary of 50,000
// words (a few words are in nearly every posting, most words in few), companies, cities, every
// type, salaries in several currencies and periods, posting dates over a year.
class SyntheticPostings
{
public:
    static constexpr int vocabularySize = 50000;

    static constexpr quint64 defaultSeed = 20261127;

    explicit SyntheticPostings(quint64 seed = defaultSeed);

    Opportunity next();

    // The word of the description vocabulary at a frequency rank (0 = most frequent).
    QString wordAtRank(int rank) const { return m_vocabulary.at(rank); }
    static QDateTime newestPosting();

private:
    QString description(const QString& title);
    QString zipfWord();
    int uniform(int bound) { return std::uniform_int_distribution<int>(0, bound - 1)(m_random); }
    template <typename T> const T& pick(const QList<T>& list) { return list.at(uniform(int(list.size()))); }

    std::mt19937_64 m_random;
    QStringList m_vocabulary;
    std::vector<double> m_zipfCumulative;
    QStringList m_companies;
    qint64 m_serial = 0;
};

} // namespace careerdesk
