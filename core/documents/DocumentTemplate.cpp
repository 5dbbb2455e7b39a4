#include "DocumentTemplate.h"

#include "PlaceholderText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    static const QStringList names{QStringLiteral("name"),    QStringLiteral("email"),
                                   QStringLiteral("title"),   QStringLiteral("date"),
                                   QStringLiteral("content"), QStringLiteral("header")};
    return names;
}

bool DocumentTemplate::uses(const QString& placeholder) const
{
    return m_html.contains(QStringLiteral("{{") + placeholder + QStringLiteral("}}"));
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
    QHash<QString, QString> all = values;
    for (const QString& name : placeholders()) {
        if (!all.contains(name) && !rawHtml.contains(name))
            all.insert(name, QString());
    }
    return PlaceholderText::fill(
        m_html, tr("The template %1").arg(m_id), all,
        [](const QString& value) { return value.toHtmlEscaped(); }, rawHtml);
}

} // namespace careerdesk
