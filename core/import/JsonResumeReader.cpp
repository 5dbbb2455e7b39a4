#include "JsonResumeReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace careerdesk {

namespace {

QString field(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        const QString text = item.toString().trimmed();
        if (!text.isEmpty())
            result << text;
    }
    return result;
}

QString period(const QJsonObject& entry)
{
    const QString start = field(entry, "startDate");
    const QString end = field(entry, "endDate");
    if (start.isEmpty() && end.isEmpty())
        return {};
    return QStringLiteral(" (") + start + QStringLiteral(" – ") +
           (end.isEmpty() ? JsonResumeReader::tr("today") : end) + QLatin1Char(')');
}

QString joined(const QStringList& parts, const QString& separator)
{
    QStringList present;
    for (const QString& part : parts) {
        if (!part.isEmpty())
            present << part;
    }
    return present.join(separator);
}

// Work, volunteering and projects share a shape: a heading line, a summary, highlights.
void appendEntries(QString& text, const QString& heading, const QJsonArray& entries, const char* role,
                   const char* place)
{
    if (entries.isEmpty())
        return;
    text += QStringLiteral("\n## ") + heading + QStringLiteral("\n\n");
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        QString place_ = field(entry, place);
        if (place_.isEmpty())
            place_ = field(entry, "company");
        text += QStringLiteral("**") + joined({field(entry, role), place_}, QStringLiteral(", ")) +
                QStringLiteral("**") + period(entry) + QStringLiteral("\n\n");
        const QString summary =
            joined({field(entry, "summary"), field(entry, "description")}, QStringLiteral("\n\n"));
        if (!summary.isEmpty())
            text += summary + QStringLiteral("\n\n");
        const QStringList highlights = strings(entry.value(QLatin1String("highlights")));
        for (const QString& highlight : highlights)
            text += QStringLiteral("- ") + highlight + QLatin1Char('\n');
        if (!highlights.isEmpty())
            text += QLatin1Char('\n');
    }
}

} // namespace

bool JsonResumeReader::isJsonResume(const QJsonObject& object)
{
    return object.value(QLatin1String("basics")).isObject() ||
           object.value(QLatin1String("$schema")).toString().contains(QLatin1String("jsonresume"));
}

QString JsonResumeReader::markdown(const QJsonObject& resume)
{
    const QJsonObject basics = resume.value(QLatin1String("basics")).toObject();
    const QJsonObject location = basics.value(QLatin1String("location")).toObject();
    QString text = QStringLiteral("# ") + field(basics, "name") + QLatin1Char('\n');
    if (!field(basics, "label").isEmpty())
        text += QLatin1Char('\n') + field(basics, "label") + QLatin1Char('\n');
    QStringList contact{
        field(basics, "email"), field(basics, "phone"), field(basics, "url"),
        joined({field(location, "city"), field(location, "region"), field(location, "countryCode")},
               QStringLiteral(", "))};
    for (const QJsonValue& profile : basics.value(QLatin1String("profiles")).toArray())
        contact << joined({field(profile.toObject(), "network"), field(profile.toObject(), "url")},
                          QStringLiteral(": "));
    if (!joined(contact, QString()).isEmpty())
        text += QLatin1Char('\n') + joined(contact, QStringLiteral(" · ")) + QLatin1Char('\n');
    if (!field(basics, "summary").isEmpty())
        text += QStringLiteral("\n## ") + tr("Summary") + QStringLiteral("\n\n") + field(basics, "summary") +
                QLatin1Char('\n');

    appendEntries(text, tr("Experience"), resume.value(QLatin1String("work")).toArray(), "position", "name");
    appendEntries(text, tr("Volunteering"), resume.value(QLatin1String("volunteer")).toArray(), "position",
                  "organization");
    const QJsonArray education = resume.value(QLatin1String("education")).toArray();
    if (!education.isEmpty()) {
        text += QStringLiteral("\n## ") + tr("Education") + QStringLiteral("\n\n");
        for (const QJsonValue& value : education) {
            const QJsonObject entry = value.toObject();
            text += QStringLiteral("**") +
                    joined({joined({field(entry, "studyType"), field(entry, "area")}, QStringLiteral(" in ")),
                            field(entry, "institution")},
                           QStringLiteral(", ")) +
                    QStringLiteral("**") + period(entry) + QStringLiteral("\n\n");
        }
    }
    const QJsonArray skills = resume.value(QLatin1String("skills")).toArray();
    if (!skills.isEmpty()) {
        text += QStringLiteral("\n## ") + tr("Skills") + QStringLiteral("\n\n");
        for (const QJsonValue& value : skills) {
            const QJsonObject skill = value.toObject();
            const QStringList keywords = strings(skill.value(QLatin1String("keywords")));
            text += QStringLiteral("- **") + field(skill, "name") + QStringLiteral("**") +
                    (field(skill, "level").isEmpty()
                         ? QString()
                         : QStringLiteral(" (") + field(skill, "level") + QLatin1Char(')')) +
                    (keywords.isEmpty() ? QString()
                                        : QStringLiteral(": ") + keywords.join(QStringLiteral(", "))) +
                    QLatin1Char('\n');
        }
    }
    const QJsonArray languages = resume.value(QLatin1String("languages")).toArray();
    if (!languages.isEmpty()) {
        text += QStringLiteral("\n## ") + tr("Languages") + QStringLiteral("\n\n");
        for (const QJsonValue& value : languages)
            text += QStringLiteral("- ") +
                    joined({field(value.toObject(), "language"), field(value.toObject(), "fluency")},
                           QStringLiteral(": ")) +
                    QLatin1Char('\n');
    }
    appendEntries(text, tr("Projects"), resume.value(QLatin1String("projects")).toArray(), "name", "entity");
    const QJsonArray certificates = resume.value(QLatin1String("certificates")).toArray();
    if (!certificates.isEmpty()) {
        text += QStringLiteral("\n## ") + tr("Certificates") + QStringLiteral("\n\n");
        for (const QJsonValue& value : certificates)
            text += QStringLiteral("- ") +
                    joined({field(value.toObject(), "name"), field(value.toObject(), "issuer"),
                            field(value.toObject(), "date")},
                           QStringLiteral(", ")) +
                    QLatin1Char('\n');
    }
    return text;
}

Result<ImportBatch> JsonResumeReader::read(const QJsonObject& resume)
{
    const QJsonObject basics = resume.value(QLatin1String("basics")).toObject();
    if (field(basics, "name").isEmpty())
        return Error{tr("basics.name is missing: a JSON Resume names its person")};
    ImportBatch batch;
    ImportedDocument document;
    document.name = field(basics, "label").isEmpty() ? tr("Resume of %1").arg(field(basics, "name"))
                                                     : field(basics, "label");
    document.content = markdown(resume);
    document.isResume = true;
    document.jsonResume = QString::fromUtf8(QJsonDocument(resume).toJson(QJsonDocument::Indented));
    batch.documents << document;
    const QJsonArray skills = resume.value(QLatin1String("skills")).toArray();
    for (qsizetype i = 0; i < skills.size(); ++i) {
        const QJsonObject skill = skills.at(i).toObject();
        Interest interest;
        interest.name = field(skill, "name");
        if (interest.name.isEmpty())
            return Error{tr("skills item %1 has no name").arg(i + 1)};
        interest.category = InterestCategory::Skill;
        interest.description = strings(skill.value(QLatin1String("keywords"))).join(QStringLiteral(", "));
        batch.interests << interest;
    }
    return batch;
}

} // namespace careerdesk
