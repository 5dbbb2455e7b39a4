#pragma once

#include "EntityTableModel.h"
#include "domain/Application.h"
#include "domain/Opportunity.h"

#include <QHash>
#include <QSet>

namespace careerdesk {

// The user's pipeline: each application with its posting's title and company.
class ApplicationModel : public EntityTableModel<Application>
{
    Q_OBJECT

public:
    enum Column { Title, Company, Status, AppliedAt, Resume, CoverLetter, UpdatedAt, Notes, ColumnCount };

    explicit ApplicationModel(Workspace& workspace, QObject* parent = nullptr);

    QString itemName(int row) const override;
    void reload() override;
    // "New" in this area needs a posting: the id of the one to add.
    qint64 addForOpportunity(qint64 opportunityId);
    // Records an application (APPLIED) to a posting, in the pipeline already or not, as one undo step.
    bool apply(qint64 opportunityId, qint64 resumeId, qint64 coverLetterId);
    int countInStatus(ApplicationStatus status) const;
    QDateTime stageSince(int row) const; // when the application entered its stage
    // A board card: the title, then company, days in stage, which documents went out and whether a
    // follow-up is due.
    QString cardText(int row) const;
    // The applications due a follow-up (PipelineAdvisor): marked for attention, in the table and on cards.
    void setFollowUpsDue(const QSet<qint64>& applicationIds);
    // Moves an application to another stage (recorded as an event) as one undo step; undo takes
    // the event back too.
    bool moveToStatus(qint64 id, ApplicationStatus status);

protected:
    Result<careerdesk::Application> restore(const careerdesk::Application& earlier) override;
    QString entityLabel() const override { return tr("application"); }
    Result<QList<Application>> load() const override;
    Result<Application> fetch(qint64 id) const override;
    QVariant value(const Application& application, int column) const override;
    bool assign(Application& application, int column, const QVariant& value) const override;
    Application blank() const override;
    Result<Application> create(const Application& application) override;
    Result<Application> save(const Application& application) override;
    careerdesk::Status erase(qint64 id) override;
    qint64 linkedOpportunity(const Application& application) const override
    {
        return application.opportunityId;
    }
    void postingsChanged() override;
    bool needsAttention(const Application& application) const override
    {
        return m_followUpsDue.contains(application.id);
    }

private:
    mutable QHash<qint64, QDateTime> m_stageSince;
    void refreshChoices();

    qint64 m_nextOpportunityId = 0;
    QSet<qint64> m_followUpsDue;
};

} // namespace careerdesk
