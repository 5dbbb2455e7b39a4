#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace careerdesk {

// The text files generated letters and emails start from (resources/generation). A file of the
// same name in the "generation" folder of the app's data folder replaces the built-in one.
class GenerationTemplate
{
    Q_DECLARE_TR_FUNCTIONS(GenerationTemplate)

public:
    static Result<QString> load(const QString& fileName);
    static QString userFolder();
};

} // namespace careerdesk
