#pragma once

#include "ImportBatch.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace careerdesk {

// A JSON Resume (https://jsonresume.org/schema) as a Markdown resume, its skills as interests.
class JsonResumeReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonResumeReader)

public:
    static bool isJsonResume(const QJsonObject& object);
    static Result<ImportBatch> read(const QJsonObject& resume);

private:
    static QString markdown(const QJsonObject& resume);
};

} // namespace careerdesk
