#include "Validator.h"

namespace careerdesk {

Validator& Validator::required(const QString& field, const QString& value)
{
    return check(!value.trimmed().isEmpty(), [&] { return tr("%1 is required").arg(field); });
}

Validator& Validator::maxLength(const QString& field, const QString& value, int limit)
{
    return check(value.size() <= limit, [&] {
        return tr("%1 is too long (%2 characters; at most %3)").arg(field).arg(value.size()).arg(limit);
    });
}

Validator& Validator::check(bool condition, const QString& problem)
{
    if (!condition)
        m_problems << problem;
    return *this;
}

Status Validator::status() const
{
    if (m_problems.isEmpty())
        return {};
    return Error{m_problems.constFirst()};
}

} // namespace careerdesk
