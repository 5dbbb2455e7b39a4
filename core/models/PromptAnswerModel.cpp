#include "PromptAnswerModel.h"

#include "ColumnSpec.h"
#include "domain/DisplayFormat.h"
#include "services/Workspace.h"

namespace careerdesk {

PromptAnswerModel::PromptAnswerModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.prompts(), &EntityService::changed, this, [this](qint64 id) {
        if (id == m_promptId)
            reload();
    });
    connect(&workspace.prompts(), &EntityService::removed, this, [this](qint64 id) {
        if (id == m_promptId)
            setPrompt(m_userId, 0);
    });
    connect(&workspace.prompts(), &EntityService::manyChanged, this, [this] {
        if (m_promptId > 0)
            reload();
    });
}

void PromptAnswerModel::setPrompt(qint64 userId, qint64 promptId)
{
    m_userId = userId;
    m_promptId = promptId;
    reload();
}

void PromptAnswerModel::reload()
{
    beginResetModel();
    m_answers.clear();
    if (m_promptId > 0) {
        if (auto answers = m_workspace.prompts().getPromptAnswers(m_userId, m_promptId))
            m_answers = answers.value();
    }
    endResetModel();
}

int PromptAnswerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_answers.size());
}

int PromptAnswerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromptAnswerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PromptAnswer& answer = m_answers.at(index.row());
    if (role == IdRole)
        return answer.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == AnsweredAt)
        return DisplayFormat::dateTime(answer.answeredAt);
    return role == Qt::DisplayRole ? DisplayFormat::firstLine(answer.answer, 200) : answer.answer;
}

QVariant PromptAnswerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == AnsweredAt ? tr("Answered") : tr("Answer");
}

} // namespace careerdesk
