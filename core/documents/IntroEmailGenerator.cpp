#include "IntroEmailGenerator.h"

#include "GenerationTemplate.h"
#include "PlaceholderText.h"

namespace careerdesk {

Result<IntroEmail> IntroEmailGenerator::generate(const User& user, EmailPurpose purpose,
                                                 const std::optional<Opportunity>& opportunity)
{
    // email-follow-up.txt for a posting, email-follow-up-general.txt without one.
    const QString fileName = QStringLiteral("email-") +
                             enumKey(purpose).toLower().replace(QLatin1Char('_'), QLatin1Char('-')) +
                             (opportunity ? QString() : QStringLiteral("-general")) + QStringLiteral(".txt");
    auto text = GenerationTemplate::load(fileName);
    if (!text)
        return text.error();
    const QString name = user.shownName();
    QHash<QString, QString> values{{QStringLiteral("name"), name}};
    if (opportunity) {
        values.insert(QStringLiteral("role"), opportunity->title);
        values.insert(QStringLiteral("company"), opportunity->company);
    }
    // Emails are plain text: nothing needs escaping, and values are filled in once, never expanded.
    auto filled = PlaceholderText::fill(text.value(), fileName, values, {});
    if (!filled)
        return filled.error();
    const QString message = filled.value();
    if (!message.startsWith(QLatin1String("Subject:")))
        return Error{tr("The generation template %1 must start with a \"Subject:\" line").arg(fileName)};
    const qsizetype lineEnd = message.indexOf(QLatin1Char('\n'));
    IntroEmail email;
    email.userId = user.id;
    email.purpose = purpose;
    email.opportunityId = opportunity ? opportunity->id : 0;
    email.subject = message.mid(8, lineEnd < 0 ? -1 : lineEnd - 8).trimmed();
    email.content = lineEnd < 0 ? QString() : message.mid(lineEnd + 1).trimmed() + QLatin1Char('\n');
    return email;
}

} // namespace careerdesk
