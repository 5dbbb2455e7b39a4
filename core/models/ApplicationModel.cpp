#include "ApplicationModel.h"

namespace careerdesk {

namespace {

QVariantMap choice(const QString& key, const QString& label)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("label"), label}};
}

} // namespace

ApplicationModel::ApplicationModel(Workspace& workspace, QObject* parent)
    : EntityTableModel(workspace, workspace.applications(), parent)
{
    setColumns({
        column(tr("Title"), EditorKind::Text, ReadOnly),
        column(tr("Company"), EditorKind::Text, ReadOnly),
        column(tr("Status"), EditorKind::Choice, Editable, choicesOf<ApplicationStatus>()),
        column(tr("Applied"), EditorKind::Date),
        column(tr("Resume"), EditorKind::Choice),
        column(tr("Cover letter"), EditorKind::Choice),
        column(tr("Updated"), EditorKind::DateTime, ReadOnly),
        column(tr("Notes"), EditorKind::LongText, FormOnly),
    });
    refreshChoices();
    connect(&workspace.applications(), &EntityService::changed, this,
            [this](qint64 id) { m_stageSince.remove(id); });
    connect(&workspace.applications(), &EntityService::manyChanged, this, [this] { m_stageSince.clear(); });
    for (EntityService* linked : {static_cast<EntityService*>(&workspace.resumes()),
                                  static_cast<EntityService*>(&workspace.coverLetters())}) {
        connect(linked, &EntityService::created, this, &ApplicationModel::refreshChoices);
        connect(linked, &EntityService::changed, this, &ApplicationModel::refreshChoices);
        connect(linked, &EntityService::removed, this, &ApplicationModel::refreshChoices);
        connect(linked, &EntityService::manyChanged, this, &ApplicationModel::refreshChoices);
    }
}

void ApplicationModel::refreshChoices()
{
    QVariantList resumes{choice(QStringLiteral("0"), tr("(none)"))};
    QVariantList letters{choice(QStringLiteral("0"), tr("(none)"))};
    if (m_userId > 0) {
        if (auto list = m_workspace.resumes().getUserResumes(m_userId))
            for (const careerdesk::Resume& resume : list.value())
                resumes << choice(QString::number(resume.id), resume.name);
        if (auto list = m_workspace.coverLetters().getUserCoverLetters(m_userId))
            for (const careerdesk::CoverLetter& letter : list.value())
                letters << choice(QString::number(letter.id), letter.title);
    }
    setColumnChoices(Resume, resumes);
    setColumnChoices(CoverLetter, letters);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Resume), index(rowCount() - 1, CoverLetter));
}

void ApplicationModel::reload()
{
    m_stageSince.clear();
    refreshChoices();
    EntityTableModel::reload();
}

void ApplicationModel::postingsChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Title), index(rowCount() - 1, Company));
}

QString ApplicationModel::itemName(int row) const
{
    const careerdesk::Opportunity posting = postingOf(entityAt(row).opportunityId);
    return tr("application for “%1” at %2").arg(posting.title, posting.company);
}

qint64 ApplicationModel::addForOpportunity(qint64 opportunityId)
{
    m_nextOpportunityId = opportunityId;
    return addNew();
}

bool ApplicationModel::apply(qint64 opportunityId, qint64 resumeId, qint64 coverLetterId)
{
    auto& applications = m_workspace.applications();
    auto existing = applications.getApplicationForOpportunity(m_userId, opportunityId);
    if (!existing) {
        reportError(existing.errorMessage());
        return false;
    }
    const std::optional<Application> before = *existing;
    return run(
        tr("Apply to %1").arg(opportunityLabel(opportunityId)),
        [=, this, &applications] {
            return toStatus(
                applications.applyToOpportunity(m_userId, opportunityId, resumeId, coverLetterId));
        },
        [=, this, &applications]() -> careerdesk::Status {
            if (before)
                return toStatus(restore(*before));
            auto created = applications.getApplicationForOpportunity(m_userId, opportunityId);
            if (!created)
                return created.error();
            return *created ? erase((*created)->id) : careerdesk::Status();
        });
}

QDateTime ApplicationModel::stageSince(int row) const
{
    const careerdesk::Application& application = entityAt(row);
    auto cached = m_stageSince.constFind(application.id);
    if (cached != m_stageSince.constEnd())
        return cached.value();
    QDateTime since = application.createdAt;
    if (auto history = m_workspace.applications().getApplicationHistory(m_userId, application.id);
        history && !history->isEmpty())
        since = history->constLast().at;
    m_stageSince.insert(application.id, since);
    return since;
}

QString ApplicationModel::cardText(int row) const
{
    const careerdesk::Application& application = entityAt(row);
    const careerdesk::Opportunity posting = postingOf(application.opportunityId);
    const qint64 days = qMax<qint64>(0, stageSince(row).daysTo(m_workspace.clock().now()));
    QStringList details{posting.company, days == 1 ? tr("1 day in stage") : tr("%1 days in stage").arg(days)};
    if (application.resumeId > 0 && application.coverLetterId > 0)
        details << tr("with resume and letter");
    else if (application.resumeId > 0)
        details << tr("with resume");
    else if (application.coverLetterId > 0)
        details << tr("with letter");
    if (needsAttention(application))
        details << tr("Follow-up due");
    return posting.title + QLatin1Char('\n') + details.join(QStringLiteral(" · "));
}

void ApplicationModel::setFollowUpsDue(const QSet<qint64>& applicationIds)
{
    // Only the rows whose mark changed: the form of the selected row is shown again on a change of it.
    const QSet<qint64> changed = (applicationIds - m_followUpsDue) | (m_followUpsDue - applicationIds);
    m_followUpsDue = applicationIds;
    for (const qint64 id : changed) {
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

int ApplicationModel::countInStatus(ApplicationStatus status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const Application& row) { return row.applicationStatus == status; }));
}

// The rows, and when each entered its stage, in one read each (their postings are read by reload()).
Result<QList<Application>> ApplicationModel::load() const
{
    auto applications = m_workspace.applications().getUserOpportunities(m_userId);
    if (!applications)
        return applications;
    if (auto histories = m_workspace.applications().getApplicationHistories(m_userId)) {
        for (const Application& application : applications.value()) {
            const QList<ApplicationEvent> history = histories->value(application.id);
            m_stageSince.insert(application.id,
                                history.isEmpty() ? application.createdAt : history.constLast().at);
        }
    }
    return applications;
}

Result<Application> ApplicationModel::fetch(qint64 id) const
{
    return m_workspace.applications().getApplication(m_userId, id);
}

QVariant ApplicationModel::value(const Application& application, int column) const
{
    switch (column) {
    case Title:
        return postingOf(application.opportunityId).title;
    case Company:
        return postingOf(application.opportunityId).company;
    case Status:
        return enumKey(application.applicationStatus);
    case AppliedAt:
        return dayOf(application.appliedAt);
    case Resume:
        return QString::number(application.resumeId);
    case CoverLetter:
        return QString::number(application.coverLetterId);
    case UpdatedAt:
        return application.updatedAt;
    case Notes:
        return application.notes;
    default:
        return {};
    }
}

bool ApplicationModel::assign(Application& application, int column, const QVariant& value) const
{
    switch (column) {
    case Status:
        return assignEnum(application.applicationStatus, value);
    case AppliedAt:
        application.appliedAt = middleOf(value);
        return true;
    case Resume:
        application.resumeId = value.toLongLong();
        return true;
    case CoverLetter:
        application.coverLetterId = value.toLongLong();
        return true;
    case Notes:
        application.notes = value.toString();
        return true;
    default:
        return false;
    }
}

Application ApplicationModel::blank() const
{
    Application application;
    application.opportunityId = m_nextOpportunityId;
    application.applicationStatus = ApplicationStatus::Saved;
    return application;
}

Result<Application> ApplicationModel::create(const Application& application)
{
    return m_workspace.applications().createApplication(m_userId, application);
}

Result<Application> ApplicationModel::save(const Application& application)
{
    return m_workspace.applications().updateApplication(m_userId, application);
}

Result<Application> ApplicationModel::restore(const Application& earlier)
{
    return m_workspace.applications().restoreApplication(m_userId, earlier);
}

bool ApplicationModel::moveToStatus(qint64 id, ApplicationStatus status)
{
    const int row = rowOf(id);
    if (row < 0 || entityAt(row).applicationStatus == status)
        return false;
    Application after = entityAt(row);
    after.applicationStatus = status;
    return replace(entityAt(row), after, tr("Move %1 to %2").arg(itemName(row), enumLabel(status)));
}

Status ApplicationModel::erase(qint64 id)
{
    return m_workspace.applications().deleteApplication(m_userId, id);
}

} // namespace careerdesk
