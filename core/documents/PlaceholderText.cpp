#include "PlaceholderText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace careerdesk {

Result<QString> PlaceholderText::fill(const QString& text, const QString& source,
                                      const QHash<QString, QString>& values, const Escape& escape,
                                      const QHash<QString, QString>& rawValues)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    QString filled;
    filled.reserve(text.size() * 2);
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString key = match.captured(1);
        QString replacement;
        if (rawValues.contains(key)) {
            replacement = rawValues.value(key);
        } else if (values.contains(key)) {
            replacement = escape ? escape(values.value(key)) : values.value(key);
        } else {
            QStringList known = values.keys() + rawValues.keys();
            known.sort();
            return Error{QCoreApplication::translate("PlaceholderText",
                                                     "%1 uses the unknown placeholder {{%2}}; known are: %3")
                             .arg(source, key, known.join(QStringLiteral(", ")))};
        }
        filled += QStringView(text).mid(from, match.capturedStart() - from);
        filled += replacement;
        from = match.capturedEnd();
    }
    filled += QStringView(text).mid(from);
    return filled;
}

} // namespace careerdesk
