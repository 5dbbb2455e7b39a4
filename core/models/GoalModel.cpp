#include "GoalModel.h"

namespace careerdesk {

GoalModel::GoalModel(Workspace& workspace, QObject* parent)
    : EntityTableModel(workspace, workspace.goals(), parent)
{
    setColumns({
        column(tr("Title"), EditorKind::Text),
        column(tr("Category"), EditorKind::Choice, Editable, choicesOf<GoalCategory>()),
        column(tr("Status"), EditorKind::Choice, Editable, choicesOf<GoalStatus>()),
        column(tr("Priority"), EditorKind::Choice, Editable, choicesOf<careerdesk::Priority>()),
        column(tr("Target date"), EditorKind::Date),
        column(tr("Completed"), EditorKind::DateTime, ReadOnly),
        column(tr("Description"), EditorKind::LongText, FormOnly),
    });
}

QString GoalModel::itemName(int row) const
{
    return tr("goal “%1”").arg(entityAt(row).title);
}

bool GoalModel::markComplete(int row)
{
    Goal done = entityAt(row);
    if (done.status == GoalStatus::Completed)
        return false;
    done.status = GoalStatus::Completed;
    return replace(entityAt(row), done, tr("Mark %1 complete").arg(itemName(row)));
}

Result<QList<Goal>> GoalModel::load() const
{
    return m_workspace.goals().getUserGoals(m_userId);
}

Result<Goal> GoalModel::fetch(qint64 id) const
{
    return m_workspace.goals().getGoal(m_userId, id);
}

QVariant GoalModel::value(const Goal& goal, int column) const
{
    switch (column) {
    case Title:
        return goal.title;
    case Category:
        return enumKey(goal.category);
    case Status:
        return enumKey(goal.status);
    case Priority:
        return enumKey(goal.priority);
    case TargetDate:
        return goal.targetDate;
    case CompletedAt:
        return goal.completedAt;
    case Description:
        return goal.description;
    default:
        return {};
    }
}

bool GoalModel::assign(Goal& goal, int column, const QVariant& value) const
{
    switch (column) {
    case Title:
        goal.title = value.toString();
        return true;
    case Category:
        return assignEnum(goal.category, value);
    case Status:
        return assignEnum(goal.status, value);
    case Priority:
        return assignEnum(goal.priority, value);
    case TargetDate:
        goal.targetDate = value.toDate();
        return true;
    case Description:
        goal.description = value.toString();
        return true;
    default:
        return false;
    }
}

Goal GoalModel::blank() const
{
    Goal goal;
    goal.title = tr("New goal");
    return goal;
}

Result<Goal> GoalModel::create(const Goal& goal)
{
    return m_workspace.goals().createGoal(m_userId, goal);
}

Result<Goal> GoalModel::save(const Goal& goal)
{
    return m_workspace.goals().updateGoal(m_userId, goal);
}

Status GoalModel::erase(qint64 id)
{
    return m_workspace.goals().deleteGoal(m_userId, id);
}

} // namespace careerdesk
