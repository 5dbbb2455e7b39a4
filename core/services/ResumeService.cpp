#include "ResumeService.h"

#include "Validator.h"
#include "store/Transaction.h"

namespace careerdesk {

Status ResumeService::validate(const Resume& resume) const
{
    return Validator()
        .required(tr("Name"), resume.name)
        .maxLength(tr("Name"), resume.name)
        .maxLength(tr("Content"), resume.content, Validator::longTextLimit)
        .maxLength(tr("JSON Resume"), resume.jsonResume, Validator::longTextLimit)
        .status();
}

Status ResumeService::releaseDefault(qint64 userId, qint64 keptId)
{
    auto current = m_repository.findDefault(userId);
    if (!current)
        return current.error();
    if (!current.value() || current.value()->id == keptId)
        return {};
    if (Status cleared = m_repository.clearDefault(userId); !cleared)
        return cleared;
    announce(&EntityService::changed, current.value()->id);
    return {};
}

Result<Resume> ResumeService::createResume(qint64 userId, Resume resume)
{
    Transaction transaction(database().connection());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    auto current = m_repository.findDefault(userId);
    if (!current)
        return current.error();
    resume.isDefault = resume.isDefault || !current.value().has_value();
    if (resume.isDefault) {
        if (Status released = releaseDefault(userId, 0); !released)
            return released.error();
    }
    auto created = createFor(userId, resume);
    if (!created)
        return created;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

Result<Resume> ResumeService::updateResume(qint64 userId, Resume resume)
{
    auto stored = getFor(userId, resume.id);
    if (!stored)
        return stored;
    // The default moves by setDefaultResume or by deleting; unticking it alone would leave none.
    if (stored->isDefault)
        resume.isDefault = true;
    Transaction transaction(database().connection());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    if (resume.isDefault) {
        if (Status released = releaseDefault(userId, resume.id); !released)
            return released.error();
    }
    auto updated = updateFor(userId, resume);
    if (!updated)
        return updated;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return updated;
}

Status ResumeService::deleteResume(qint64 userId, qint64 id)
{
    auto stored = getFor(userId, id);
    if (!stored)
        return stored.error();
    Transaction transaction(database().connection());
    if (Status begun = transaction.begun(); !begun)
        return begun;
    if (Status deleted = deleteFor(userId, id); !deleted)
        return deleted;
    if (stored->isDefault) {
        auto remaining = m_repository.findByUser(userId);
        if (!remaining)
            return remaining.error();
        if (!remaining->isEmpty()) {
            Resume successor = remaining->constFirst();
            successor.isDefault = true;
            if (auto promoted = updateFor(userId, successor); !promoted)
                return promoted.error();
        }
    }
    return transaction.commit();
}

Result<std::optional<Resume>> ResumeService::getDefaultResume(qint64 userId) const
{
    return m_repository.findDefault(userId);
}

Result<Resume> ResumeService::setDefaultResume(qint64 userId, qint64 id)
{
    auto resume = getFor(userId, id);
    if (!resume)
        return resume;
    resume.value().isDefault = true;
    return updateResume(userId, resume.value());
}

} // namespace careerdesk
