#include "DocumentTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace careerdesk {

namespace {

QString prefixOf(DocumentTemplate::Kind kind)
{
    return kind == DocumentTemplate::Kind::Resume ? QStringLiteral("resume-") : QStringLiteral("letter-");
}

QString displayName(const QString& id, DocumentTemplate::Kind kind)
{
    QString name = id.mid(prefixOf(kind).size());
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

const QStringList& DocumentTemplate::placeholders()
{
    static const QStringList names{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("title"),
                                   QStringLiteral("date"), QStringLiteral("content")};
    return names;
}

QString DocumentTemplate::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/templates");
}

Result<DocumentTemplate> DocumentTemplate::load(const QString& path, Kind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the template %1: %2").arg(path, file.errorString())};
    constexpr qint64 largest = 1024 * 1024;
    if (file.size() > largest)
        return Error{tr("The template %1 is larger than 1 MB").arg(path)};
    DocumentTemplate loaded;
    loaded.m_id = QFileInfo(path).completeBaseName();
    loaded.m_name = displayName(loaded.m_id, kind);
    loaded.m_kind = kind;
    loaded.m_source = path;
    loaded.m_html = QString::fromUtf8(file.readAll());
    return loaded;
}

QList<DocumentTemplate> DocumentTemplate::available(Kind kind)
{
    QList<DocumentTemplate> templates;
    const QString pattern = prefixOf(kind) + QStringLiteral("*.html");
    for (const QString& folder : {QStringLiteral(":/templates"), userFolder()}) {
        const QDir dir(folder);
        for (const QString& file : dir.entryList({pattern}, QDir::Files, QDir::Name)) {
            if (auto loaded = load(dir.filePath(file), kind))
                templates << loaded.value();
        }
    }
    return templates;
}

Result<DocumentTemplate> DocumentTemplate::find(Kind kind, const QString& id)
{
    const QList<DocumentTemplate> templates = available(kind);
    QStringList ids;
    for (const DocumentTemplate& candidate : templates) {
        if (candidate.id() == id || candidate.name().compare(id, Qt::CaseInsensitive) == 0 ||
            candidate.id() == prefixOf(kind) + id)
            return candidate;
        ids << candidate.id().mid(prefixOf(kind).size());
    }
    return Error{
        tr("There is no template \"%1\"; choose one of: %2").arg(id, ids.join(QStringLiteral(", ")))};
}

Result<QString> DocumentTemplate::fill(const QHash<QString, QString>& values,
                                       const QHash<QString, QString>& rawHtml) const
{
    // One pass over the template: a value that itself contains "{{…}}" is never expanded again.
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    QString filled;
    filled.reserve(m_html.size() * 2);
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(m_html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString key = match.captured(1);
        QString replacement;
        if (rawHtml.contains(key))
            replacement = rawHtml.value(key);
        else if (values.contains(key) || placeholders().contains(key))
            replacement = values.value(key).toHtmlEscaped();
        else
            return Error{tr("The template %1 uses the unknown placeholder {{%2}}; known are: %3")
                             .arg(m_id, key, placeholders().join(QStringLiteral(", ")))};
        filled += QStringView(m_html).mid(from, match.capturedStart() - from);
        filled += replacement;
        from = match.capturedEnd();
    }
    filled += QStringView(m_html).mid(from);
    return filled;
}

} // namespace careerdesk
