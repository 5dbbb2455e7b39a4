#include "GenerationTemplate.h"

#include <QFile>
#include <QStandardPaths>

namespace careerdesk {

QString GenerationTemplate::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/generation");
}

Result<QString> GenerationTemplate::load(const QString& fileName)
{
    for (const QString& folder : {userFolder(), QStringLiteral(":/generation")}) {
        QFile file(folder + QLatin1Char('/') + fileName);
        if (!file.exists())
            continue;
        if (file.size() > 256 * 1024)
            return Error{tr("The generation template %1 is larger than 256 KB").arg(file.fileName())};
        if (!file.open(QIODevice::ReadOnly))
            return Error{
                tr("Cannot read the generation template %1: %2").arg(file.fileName(), file.errorString())};
        return QString::fromUtf8(file.readAll());
    }
    return Error{tr("The generation template %1 is missing").arg(fileName)};
}

} // namespace careerdesk
