#include "IntroEmailModel.h"

namespace careerdesk {

IntroEmailModel::IntroEmailModel(Workspace& workspace, QObject* parent)
    : EntityTableModel(workspace, workspace.introEmails(), parent)
{
    setColumns({
        column(tr("Subject"), EditorKind::Text),
        column(tr("Recipient"), EditorKind::Text),
        column(tr("Purpose"), EditorKind::Choice, Editable, choicesOf<EmailPurpose>()),
        column(tr("Opportunity"), EditorKind::Choice),
        column(tr("Sent"), EditorKind::DateTime, ReadOnly),
        column(tr("Message"), EditorKind::LongText, FormOnly),
    });
}

QString IntroEmailModel::itemName(int row) const
{
    return tr("email “%1”").arg(entityAt(row).subject);
}

bool IntroEmailModel::markSent(int row)
{
    const IntroEmail before = entityAt(row);
    if (before.sentAt.isValid())
        return false;
    const qint64 id = before.id;
    return run(
        tr("Mark %1 as sent").arg(itemName(row)),
        [this, id] { return toStatus(m_workspace.introEmails().markEmailAsSent(m_userId, id)); },
        [this, before] { return toStatus(save(before)); });
}

bool IntroEmailModel::rewrite(int row, const IntroEmail& draft)
{
    if (!canChange(row))
        return false;
    const IntroEmail before = entityAt(row);
    IntroEmail after = before;
    after.subject = draft.subject;
    after.content = draft.content;
    if (after.subject == before.subject && after.content == before.content)
        return false;
    return replace(before, after, tr("Write %1 afresh").arg(itemName(row)));
}

Result<QList<IntroEmail>> IntroEmailModel::load() const
{
    return m_workspace.introEmails().getUserIntroEmails(m_userId);
}

Result<IntroEmail> IntroEmailModel::fetch(qint64 id) const
{
    return m_workspace.introEmails().getIntroEmail(m_userId, id);
}

QVariant IntroEmailModel::value(const IntroEmail& email, int column) const
{
    switch (column) {
    case Subject:
        return email.subject;
    case Recipient:
        return email.recipient;
    case Purpose:
        return enumKey(email.purpose);
    case Opportunity:
        return QString::number(email.opportunityId);
    case SentAt:
        return email.sentAt;
    case Content:
        return email.content;
    default:
        return {};
    }
}

bool IntroEmailModel::assign(IntroEmail& email, int column, const QVariant& value) const
{
    switch (column) {
    case Subject:
        email.subject = value.toString();
        return true;
    case Recipient:
        email.recipient = value.toString().trimmed();
        return true;
    case Purpose:
        return assignEnum(email.purpose, value);
    case Content:
        email.content = value.toString();
        return true;
    case Opportunity:
        email.opportunityId = value.toLongLong();
        return true;
    default:
        return false;
    }
}

IntroEmail IntroEmailModel::blank() const
{
    IntroEmail email;
    email.subject = tr("New email");
    return email;
}

Result<IntroEmail> IntroEmailModel::create(const IntroEmail& email)
{
    return m_workspace.introEmails().createIntroEmail(m_userId, email);
}

Result<IntroEmail> IntroEmailModel::save(const IntroEmail& email)
{
    return m_workspace.introEmails().updateIntroEmail(m_userId, email);
}

Status IntroEmailModel::erase(qint64 id)
{
    return m_workspace.introEmails().deleteIntroEmail(m_userId, id);
}

} // namespace careerdesk
