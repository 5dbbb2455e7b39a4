#pragma once

#include <QDateTime>

#include <functional>

namespace careerdesk {

// Where services read the time, so that tests can fix it.
class Clock
{
public:
    Clock() = default;
    explicit Clock(std::function<QDateTime()> source)
        : m_source(std::move(source))
    {}

    QDateTime now() const { return m_source ? m_source().toUTC() : QDateTime::currentDateTimeUtc(); }

private:
    std::function<QDateTime()> m_source;
};

} // namespace careerdesk
