#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace careerdesk {

// An HTML/CSS page for QTextDocument with named placeholders ({{name}}, {{email}}, {{title}},
// {{date}}, {{content}}) that turns a resume or cover letter into a styled document. Built-in
// templates live in resources/templates; a user adds their own as resume-*.html or letter-*.html
// in the "templates" folder of the app's data folder.
class DocumentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplate)

public:
    enum class Kind { Resume, CoverLetter };

    static QList<DocumentTemplate> available(Kind kind);
    static Result<DocumentTemplate> find(Kind kind, const QString& id);
    static QString userFolder();
    static const QStringList& placeholders();
    bool uses(const QString& placeholder) const;

    QString id() const { return m_id; }     // "resume-classic"
    QString name() const { return m_name; } // "Classic", shown to people
    Kind kind() const { return m_kind; }
    QString source() const { return m_source; }

    // The page with every placeholder replaced; `values` are HTML-escaped except `rawHtml` ones.
    // A placeholder this program does not know is an error, never printed raw.
    Result<QString> fill(const QHash<QString, QString>& values, const QHash<QString, QString>& rawHtml) const;

private:
    static Result<DocumentTemplate> load(const QString& path, Kind kind);

    QString m_id;
    QString m_name;
    Kind m_kind = Kind::Resume;
    QString m_source;
    QString m_html;
};

} // namespace careerdesk
