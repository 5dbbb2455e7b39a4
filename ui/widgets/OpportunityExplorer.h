#pragma once

#include "dialogs/ApplyDialog.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QPushButton;
class QTextBrowser;

namespace careerdesk {

class ApplicationModel;
class Workspace;

// "Explore Gig Instance": the selected posting in full, where it stands in the person's pipeline,
// how a resume matches its requirements, and Save / Apply.
class OpportunityExplorer : public QWidget
{
    Q_OBJECT

public:
    // Asked on Apply; tests answer without the dialog. nullopt cancels.
    using ApplyQuestion = std::function<std::optional<ApplyDialog::Choice>(
        const QString& postingLabel, const QList<Resume>& resumes, const QList<CoverLetter>& letters,
        qint64 opportunityId, qint64 preferredResumeId)>;

    OpportunityExplorer(Workspace& workspace, ApplicationModel* applications, QWidget* parent = nullptr);

    void setUserId(qint64 userId);
    void showOpportunity(qint64 opportunityId); // 0 shows nothing
    qint64 opportunityId() const { return m_opportunityId; }
    void setApplyQuestion(ApplyQuestion question) { m_applyQuestion = std::move(question); }
    // Asked before saving or applying to a posting that looks like one already in the pipeline.
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }

    QTextBrowser* page() const { return m_page; }
    QComboBox* resumeChoice() const { return m_resume; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* applyButton() const { return m_apply; }

    void save();
    void apply();

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    void refresh();
    void refreshResumes();
    QString postingLabel() const;
    bool confirmNotADuplicate(const QString& action);

    Workspace& m_workspace;
    ApplicationModel* m_applications;
    qint64 m_userId = 0;
    qint64 m_opportunityId = 0;
    QTextBrowser* m_page;
    QComboBox* m_resume;
    QPushButton* m_save;
    QPushButton* m_apply;
    ApplyQuestion m_applyQuestion;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace careerdesk
