#include "FileImporter.h"

#include "DocxReader.h"
#include "JobFeedReader.h"
#include "JobPageReader.h"
#include "JobPostingReader.h"
#include "JsonResumeReader.h"
#include "PdfTextReader.h"
#include "TrackerCsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace careerdesk {

QStringList FileImporter::suffixes()
{
    return {QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("json"),
            QStringLiteral("csv"),  QStringLiteral("rss"),  QStringLiteral("atom"),
            QStringLiteral("xml"),  QStringLiteral("md"),   QStringLiteral("markdown"),
            QStringLiteral("txt"),  QStringLiteral("docx"), QStringLiteral("pdf")};
}

Result<QString> FileImporter::text(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                          : QStringDecoder::Utf16BE);
        QString decoded = utf16.decode(bytes.mid(2));
        if (utf16.hasError())
            return Error{tr("the UTF-16 text is damaged")};
        return decoded;
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const qsizetype zero = body.indexOf('\0');
    if (zero >= 0)
        return Error{tr("byte %1 is a NUL: this is binary data, not text").arg(zero + 1)};
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString decoded = utf8.decode(body);
    if (!utf8.hasError())
        return decoded;
    // Name the first line that is not UTF-8, so that the person can find it.
    int line = 1;
    for (const QByteArray& part : body.split('\n')) {
        if (QString::fromUtf8(part).toUtf8() != part) // an invalid byte came back as U+FFFD
            break;
        ++line;
    }
    return Error{tr("line %1 is not UTF-8 text (saved in another encoding? save it as UTF-8)").arg(line)};
}

Result<ImportBatch> FileImporter::readFile(const QString& path, const QDateTime& now, qint64 maximumSize)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.exists() && !info.isFile())
        return Error{
            tr("%1: is not a file (a folder, a device or a pipe); only files can be imported").arg(name)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot be opened: %2").arg(name, file.errorString())};
    auto tooLarge = [&](qint64 size) {
        return Error{tr("%1: %2 MB is more than CareerDesk imports at once (%3 MB); split the file")
                         .arg(name)
                         .arg(size / (1024 * 1024))
                         .arg(maximumSize / (1024 * 1024))};
    };
    if (file.size() > maximumSize)
        return tooLarge(file.size());
    // The size can change between the look and the read (a file still being written): the limit holds
    // for what is read, whatever the size said.
    const QByteArray bytes = file.read(maximumSize + 1);
    if (bytes.size() > maximumSize)
        return tooLarge(bytes.size());
    if (file.error() != QFileDevice::NoError)
        return Error{tr("%1: cannot be read: %2").arg(name, file.errorString())};
    return read(bytes, name, now);
}

Result<ImportBatch> FileImporter::read(const QByteArray& bytes, const QString& fileName, const QDateTime& now)
{
    if (bytes.trimmed().isEmpty())
        return Error{tr("%1: the file is empty").arg(fileName)};
    auto read = readBySuffix(bytes, fileName, now);
    if (!read)
        return Error{tr("%1: %2").arg(fileName, read.errorMessage())};
    ImportBatch batch = read.value();
    batch.fileName = fileName;
    if (batch.size() == 0)
        return Error{tr("%1: there is nothing to import in it").arg(fileName)};
    return batch;
}

Result<ImportBatch> FileImporter::readBySuffix(const QByteArray& bytes, const QString& fileName,
                                               const QDateTime& now)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        auto checked = text(bytes);
        if (!checked)
            return checked.error();
        return JobPageReader::read(checked->toUtf8(), QFileInfo(fileName).completeBaseName(), now);
    }
    if (suffix == QLatin1String("json"))
        return readJson(bytes, now);
    if (suffix == QLatin1String("csv")) {
        auto checked = text(bytes);
        if (!checked)
            return checked.error();
        return TrackerCsvReader::read(checked.value(), now);
    }
    if (suffix == QLatin1String("rss") || suffix == QLatin1String("atom") || suffix == QLatin1String("xml"))
        return JobFeedReader::read(bytes, now);
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") ||
        suffix == QLatin1String("txt"))
        return document(text(bytes), fileName, ResumeFormat::Markdown);
    if (suffix == QLatin1String("docx"))
        return document(DocxReader::read(bytes), fileName, ResumeFormat::Docx);
    if (suffix == QLatin1String("pdf"))
        return document(PdfTextReader::read(bytes), fileName, ResumeFormat::Pdf);
    return Error{
        tr("CareerDesk imports .%1 files, not .%2")
            .arg(suffixes().join(QStringLiteral(", .")), suffix.isEmpty() ? tr("(no suffix)") : suffix)};
}

Result<ImportBatch> FileImporter::readJson(const QByteArray& bytes, const QDateTime& now)
{
    QJsonParseError problem;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &problem);
    if (problem.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(problem.offset), bytes.size());
        const qsizetype line = bytes.left(offset).count('\n') + 1;
        return Error{tr("invalid JSON on line %1 (character %2): %3")
                         .arg(line)
                         .arg(problem.offset)
                         .arg(problem.errorString())};
    }
    if (json.isObject() && JsonResumeReader::isJsonResume(json.object()))
        return JsonResumeReader::read(json.object());
    const QJsonValue root = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
    auto read = JobPostingReader::read(root, now, JobPostingReader::Untyped::TitleMakesAPosting);
    if (!read)
        return read.error();
    if (read->isEmpty())
        return Error{tr("the JSON is neither a JSON Resume (no \"basics\") nor schema.org JobPosting data")};
    ImportBatch batch;
    batch.opportunities = read.value();
    return batch;
}

Result<ImportBatch> FileImporter::document(const Result<QString>& text, const QString& fileName,
                                           ResumeFormat format)
{
    if (!text)
        return text.error();
    if (text->trimmed().isEmpty())
        return Error{tr("the file has no text")};
    ImportBatch batch;
    ImportedDocument document;
    document.name = QFileInfo(fileName).completeBaseName();
    if (document.name.trimmed().isEmpty()) // ".md" has no base name, and a resume needs one
        document.name = fileName;
    document.content = text.value();
    document.format = format;
    batch.documents << document;
    return batch;
}

} // namespace careerdesk
