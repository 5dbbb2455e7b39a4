#include "SavedFile.h"

#include <QSaveFile>

namespace careerdesk {

Status SavedFile::write(const QString& path, const QByteArray& contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace careerdesk
