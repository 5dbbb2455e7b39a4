#include "InterestModel.h"

namespace careerdesk {

InterestModel::InterestModel(Workspace& workspace, QObject* parent)
    : EntityTableModel(workspace, workspace.interests(), parent)
{
    setColumns({
        column(tr("Name"), EditorKind::Text),
        column(tr("Category"), EditorKind::Choice, Editable, choicesOf<InterestCategory>()),
        column(tr("Priority"), EditorKind::Choice, Editable, choicesOf<careerdesk::Priority>()),
        column(tr("Description"), EditorKind::LongText),
        column(tr("Added"), EditorKind::DateTime, ReadOnly),
    });
}

QString InterestModel::itemName(int row) const
{
    return tr("interest “%1”").arg(entityAt(row).name);
}

Result<QList<Interest>> InterestModel::load() const
{
    return m_workspace.interests().getUserInterests(m_userId);
}

Result<Interest> InterestModel::fetch(qint64 id) const
{
    return m_workspace.interests().getInterest(m_userId, id);
}

QVariant InterestModel::value(const Interest& interest, int column) const
{
    switch (column) {
    case Name:
        return interest.name;
    case Category:
        return enumKey(interest.category);
    case Priority:
        return enumKey(interest.priority);
    case Description:
        return interest.description;
    case Created:
        return interest.createdAt;
    default:
        return {};
    }
}

bool InterestModel::assign(Interest& interest, int column, const QVariant& value) const
{
    switch (column) {
    case Name:
        interest.name = value.toString();
        return true;
    case Category:
        return assignEnum(interest.category, value);
    case Priority:
        return assignEnum(interest.priority, value);
    case Description:
        interest.description = value.toString();
        return true;
    default:
        return false;
    }
}

Interest InterestModel::blank() const
{
    Interest interest;
    interest.name = tr("New interest");
    return interest;
}

Result<Interest> InterestModel::create(const Interest& interest)
{
    return m_workspace.interests().createInterest(m_userId, interest);
}

Result<Interest> InterestModel::save(const Interest& interest)
{
    return m_workspace.interests().updateInterest(m_userId, interest);
}

Status InterestModel::erase(qint64 id)
{
    return m_workspace.interests().deleteInterest(m_userId, id);
}

} // namespace careerdesk
