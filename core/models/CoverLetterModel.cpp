#include "CoverLetterModel.h"

namespace careerdesk {

CoverLetterModel::CoverLetterModel(Workspace& workspace, QObject* parent)
    : EntityTableModel(workspace, workspace.coverLetters(), parent)
{
    setColumns({
        column(tr("Title"), EditorKind::Text),
        column(tr("Opportunity"), EditorKind::Choice),
        column(tr("Updated"), EditorKind::DateTime, ReadOnly),
        column(tr("Content"), EditorKind::LongText, FormOnly),
    });
}

QString CoverLetterModel::itemName(int row) const
{
    return tr("cover letter “%1”").arg(entityAt(row).title);
}

Result<QList<CoverLetter>> CoverLetterModel::load() const
{
    return m_workspace.coverLetters().getUserCoverLetters(m_userId);
}

Result<CoverLetter> CoverLetterModel::fetch(qint64 id) const
{
    return m_workspace.coverLetters().getCoverLetter(m_userId, id);
}

QVariant CoverLetterModel::value(const CoverLetter& letter, int column) const
{
    switch (column) {
    case Title:
        return letter.title;
    case Opportunity:
        return QString::number(letter.opportunityId);
    case UpdatedAt:
        return letter.updatedAt;
    case Content:
        return letter.content;
    default:
        return {};
    }
}

bool CoverLetterModel::assign(CoverLetter& letter, int column, const QVariant& value) const
{
    switch (column) {
    case Title:
        letter.title = value.toString();
        return true;
    case Content:
        letter.content = value.toString();
        return true;
    case Opportunity:
        letter.opportunityId = value.toLongLong();
        return true;
    default:
        return false;
    }
}

CoverLetter CoverLetterModel::blank() const
{
    CoverLetter letter;
    letter.title = tr("New cover letter");
    return letter;
}

Result<CoverLetter> CoverLetterModel::create(const CoverLetter& letter)
{
    return m_workspace.coverLetters().createCoverLetter(m_userId, letter);
}

Result<CoverLetter> CoverLetterModel::save(const CoverLetter& letter)
{
    return m_workspace.coverLetters().updateCoverLetter(m_userId, letter);
}

Status CoverLetterModel::erase(qint64 id)
{
    return m_workspace.coverLetters().deleteCoverLetter(m_userId, id);
}

} // namespace careerdesk
