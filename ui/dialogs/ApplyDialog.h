#pragma once

#include "domain/CoverLetter.h"
#include "domain/Resume.h"

#include <QDialog>

class QComboBox;

namespace careerdesk {

// Apply to a posting: which resume goes out (the default preselected) and which cover letter —
// none, one already written, or a new one generated for this posting.
class ApplyDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        qint64 resumeId = 0;
        qint64 coverLetterId = 0; // 0: none, unless generateLetter
        bool generateLetter = false;
    };

    ApplyDialog(const QString& postingLabel, const QList<Resume>& resumes, const QList<CoverLetter>& letters,
                qint64 opportunityId, qint64 preferredResumeId, QWidget* parent = nullptr);

    Choice choice() const;
    QComboBox* resumeChoice() const { return m_resume; }
    QComboBox* letterChoice() const { return m_letter; }

private:
    QComboBox* m_resume;
    QComboBox* m_letter;
};

} // namespace careerdesk
