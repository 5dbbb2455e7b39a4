#include "ResumeModel.h"

namespace careerdesk {

ResumeModel::ResumeModel(Workspace& workspace, QObject* parent)
    : EntityTableModel(workspace, workspace.resumes(), parent)
{
    setColumns({
        column(tr("Name"), EditorKind::Text),
        column(tr("Format"), EditorKind::Choice, Editable, choicesOf<ResumeFormat>()),
        column(tr("Default"), EditorKind::Bool, ReadOnly),
        column(tr("Updated"), EditorKind::DateTime, ReadOnly),
        column(tr("Content"), EditorKind::LongText, FormOnly),
    });
}

QString ResumeModel::itemName(int row) const
{
    return tr("resume “%1”").arg(entityAt(row).name);
}

bool ResumeModel::setAsDefault(int row)
{
    const qint64 id = entityAt(row).id;
    if (entityAt(row).isDefault)
        return false;
    auto previous = m_workspace.resumes().getDefaultResume(m_userId);
    const qint64 previousId = previous && previous->has_value() ? previous->value().id : 0;
    return run(
        tr("Set %1 as default").arg(itemName(row)),
        [this, id] { return toStatus(m_workspace.resumes().setDefaultResume(m_userId, id)); },
        [this, previousId] {
            return previousId > 0 ? toStatus(m_workspace.resumes().setDefaultResume(m_userId, previousId))
                                  : Status();
        });
}

Result<QList<Resume>> ResumeModel::load() const
{
    return m_workspace.resumes().getUserResumes(m_userId);
}

Result<Resume> ResumeModel::fetch(qint64 id) const
{
    return m_workspace.resumes().getResume(m_userId, id);
}

QVariant ResumeModel::value(const Resume& resume, int column) const
{
    switch (column) {
    case Name:
        return resume.name;
    case Format:
        return enumKey(resume.format);
    case IsDefault:
        return resume.isDefault;
    case UpdatedAt:
        return resume.updatedAt;
    case Content:
        return resume.content;
    default:
        return {};
    }
}

bool ResumeModel::assign(Resume& resume, int column, const QVariant& value) const
{
    switch (column) {
    case Name:
        resume.name = value.toString();
        return true;
    case Format:
        return assignEnum(resume.format, value);
    case Content:
        resume.content = value.toString();
        return true;
    default:
        return false;
    }
}

Resume ResumeModel::blank() const
{
    Resume resume;
    resume.name = tr("New resume");
    resume.content = tr("# Your Name\n\n## Experience\n\n## Education\n\n## Skills\n");
    return resume;
}

Result<Resume> ResumeModel::create(const Resume& resume)
{
    return m_workspace.resumes().createResume(m_userId, resume);
}

Result<Resume> ResumeModel::save(const Resume& resume)
{
    return m_workspace.resumes().updateResume(m_userId, resume);
}

Status ResumeModel::erase(qint64 id)
{
    return m_workspace.resumes().deleteResume(m_userId, id);
}

} // namespace careerdesk

namespace careerdesk {

// The default may have moved to another resume since the delete; it comes back by the service's rule.
Status ResumeModel::restoreDeleted(const RowArchive& archive)
{
    const bool wasDefault = archive.rootValue(QStringLiteral("is_default")).toBool();
    RowArchive restored = archive;
    restored.setRootValue(QStringLiteral("is_default"), false);
    if (Status done = m_workspace.restore(restored); !done)
        return done;
    if (!wasDefault)
        return {};
    return toStatus(m_workspace.resumes().setDefaultResume(m_userId, restored.rows().constFirst().id()));
}

} // namespace careerdesk
