#pragma once

#include "ImportBatch.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace careerdesk {

// Reads a file the person dropped or chose into an ImportBatch, choosing the reader by the file's
// suffix. Nothing is written here. Every message names the file and, where it can, the place in it.
class FileImporter
{
    Q_DECLARE_TR_FUNCTIONS(FileImporter)

public:
    static constexpr qint64 defaultMaximumSize = 128LL * 1024 * 1024;

    static Result<ImportBatch> readFile(const QString& path, const QDateTime& now,
                                        qint64 maximumSize = defaultMaximumSize);
    // The same for bytes already read; `fileName` chooses the reader and names the file in messages.
    static Result<ImportBatch> read(const QByteArray& bytes, const QString& fileName, const QDateTime& now);
    static QStringList suffixes();                        // every suffix CareerDesk imports, for file dialogs
    static Result<QString> text(const QByteArray& bytes); // UTF-8 (or UTF-16 with a BOM), checked

private:
    static Result<ImportBatch> readBySuffix(const QByteArray& bytes, const QString& fileName,
                                            const QDateTime& now);
    static Result<ImportBatch> readJson(const QByteArray& bytes, const QDateTime& now);
    static Result<ImportBatch> document(const Result<QString>& text, const QString& fileName,
                                        ResumeFormat format);
};

} // namespace careerdesk
