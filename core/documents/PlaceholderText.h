#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QString>

#include <functional>

namespace careerdesk {

// Fills {{name}} placeholders in one pass, so that a value containing "{{…}}" is never expanded
// again. A placeholder without a value is an error naming it and `source`, never printed raw.
class PlaceholderText
{
public:
    using Escape = std::function<QString(const QString&)>;

    static Result<QString> fill(const QString& text, const QString& source,
                                const QHash<QString, QString>& values, const Escape& escape,
                                const QHash<QString, QString>& rawValues = {});
};

} // namespace careerdesk
