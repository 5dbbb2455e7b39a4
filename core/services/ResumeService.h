#pragma once

#include "OwnedEntityService.h"
#include "domain/Resume.h"
#include "store/ResumeRepository.h"

namespace careerdesk {

// A user's resumes; exactly one of them is the default as soon as there is one.
class ResumeService : public OwnedEntityService<ResumeRepository, Resume>
{
    Q_DECLARE_TR_FUNCTIONS(ResumeService)

public:
    using OwnedEntityService::OwnedEntityService;

    Result<QList<Resume>> getUserResumes(qint64 userId) const { return listFor(userId); }
    Result<Resume> getResume(qint64 userId, qint64 id) const { return getFor(userId, id); }
    Result<Resume> createResume(qint64 userId, Resume resume);
    Result<Resume> updateResume(qint64 userId, Resume resume);
    Status deleteResume(qint64 userId, qint64 id);
    Result<std::optional<Resume>> getDefaultResume(qint64 userId) const;
    Result<Resume> setDefaultResume(qint64 userId, qint64 id);

protected:
    Status validate(const Resume& resume) const override;

private:
    // Clears the current default (announcing it) so that another resume can take its place.
    Status releaseDefault(qint64 userId, qint64 keptId);
};

} // namespace careerdesk
