#include "OpportunityModel.h"

#include <QScopedValueRollback>

namespace careerdesk {

OpportunityModel::OpportunityModel(Workspace& workspace, QObject* parent)
    : EntityTableModel(workspace, workspace.opportunities(), parent)
{
    m_countThread.setMaxThreadCount(1);
    // A posting added in the list (New, undo of a delete) or taken from it is counted at once; the
    // rows of the next page are not new matches.
    const auto recount = [this](int change) {
        if (m_fetching || m_resultCount < 0)
            return;
        m_resultCount = qMax<qint64>(0, m_resultCount + change);
        Q_EMIT resultCountChanged();
    };
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [recount](const QModelIndex&, int first, int last) { recount(last - first + 1); });
    connect(this, &QAbstractItemModel::rowsRemoved, this,
            [recount](const QModelIndex&, int first, int last) { recount(first - last - 1); });
    setColumns({
        column(tr("Title"), EditorKind::Text),
        column(tr("Company"), EditorKind::Text),
        column(tr("Location"), EditorKind::Text),
        column(tr("Type"), EditorKind::Choice, Editable, choicesOf<OpportunityType>()),
        column(tr("Remote"), EditorKind::Bool),
        column(tr("Salary"), EditorKind::Salary),
        column(tr("Posted"), EditorKind::Date),
        column(tr("Expires"), EditorKind::Date),
        column(tr("Status"), EditorKind::Choice, Editable, choicesOf<OpportunityStatus>()),
        column(tr("Link"), EditorKind::Text, FormOnly),
        column(tr("Requirements"), EditorKind::Lines, FormOnly),
        column(tr("Description"), EditorKind::LongText, FormOnly),
    });
}

QString OpportunityModel::itemName(int row) const
{
    return tr("opportunity “%1” at %2").arg(entityAt(row).title, entityAt(row).company);
}

void OpportunityModel::setCriteria(const OpportunitySearchCriteria& criteria)
{
    m_criteria = criteria;
    reload();
}

Result<QList<Opportunity>> OpportunityModel::page(int offset) const
{
    OpportunitySearchCriteria criteria = m_criteria;
    criteria.viewerId = m_userId;
    criteria.limit = pageSize;
    criteria.offset = offset;
    return m_workspace.opportunities().searchOpportunities(criteria);
}

void OpportunityModel::reload()
{
    m_fetched = 0;
    m_exhausted = true; // nothing to fetch while the first page is read
    EntityTableModel::reload();
    m_fetched = int(m_rows.size());
    m_exhausted = m_fetched < pageSize;
    startCount();
}

void OpportunityModel::startCount()
{
    // Counting reads up to countCap matches: on its own connection, off the thread that shows the
    // first rows. A count for an older search is dropped when it arrives.
    const int search = ++m_search;
    m_resultCount = -1;
    Q_EMIT resultCountChanged();
    const OpportunitySearchService* service = &m_workspace.opportunities();
    OpportunitySearchCriteria forCount = m_criteria;
    forCount.viewerId = m_userId;
    m_countThread.start([this, service, search, criteria = forCount] {
        auto counted = service->countOpportunities(criteria, countCap);
        const qint64 count = counted ? *counted : 0;
        QMetaObject::invokeMethod(
            this,
            [this, search, count] {
                if (search != m_search)
                    return;
                m_resultCount = count;
                Q_EMIT resultCountChanged();
            },
            Qt::QueuedConnection);
    });
}

OpportunityModel::~OpportunityModel()
{
    m_countThread.waitForDone();
}

Result<QList<Opportunity>> OpportunityModel::load() const
{
    return page(0);
}

bool OpportunityModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void OpportunityModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // A view (or a model tester) may ask for more while the rows of this page are announced.
    const QScopedValueRollback fetching(m_fetching, true);
    auto more = page(m_fetched);
    if (!more) {
        m_exhausted = true;
        reportError(more.errorMessage());
        return;
    }
    m_fetched += int(more->size());
    m_exhausted = more->size() < pageSize;
    QSet<qint64> shown; // a posting added here since the search may come again in a page
    for (const Opportunity& row : std::as_const(m_rows))
        shown.insert(row.id);
    QList<Opportunity> fresh;
    for (Opportunity& row : std::move(more).value()) {
        if (!shown.contains(row.id))
            fresh << std::move(row);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows << fresh;
    endInsertRows();
}

Result<Opportunity> OpportunityModel::fetch(qint64 id) const
{
    auto found = m_workspace.opportunities().getOpportunityById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("Opportunity %1 does not exist").arg(id)};
    return found->value();
}

QVariant OpportunityModel::value(const Opportunity& opportunity, int column) const
{
    switch (column) {
    case Title:
        return opportunity.title;
    case Company:
        return opportunity.company;
    case Location:
        return opportunity.location;
    case Type:
        return enumKey(opportunity.type);
    case Remote:
        return opportunity.isRemote;
    case Salary:
        return opportunity.salaryRange ? QVariant::fromValue(*opportunity.salaryRange) : QVariant();
    case PostedAt:
        return dayOf(opportunity.postedAt);
    case ExpiresAt:
        return dayOf(opportunity.expiresAt);
    case Status:
        return enumKey(opportunity.status);
    case SourceUrl:
        return opportunity.sourceUrl;
    case Requirements:
        return opportunity.requirements.join(QLatin1Char('\n'));
    case Description:
        return opportunity.description;
    default:
        return {};
    }
}

bool OpportunityModel::assign(Opportunity& opportunity, int column, const QVariant& value) const
{
    switch (column) {
    case Title:
        opportunity.title = value.toString();
        return true;
    case Company:
        opportunity.company = value.toString();
        return true;
    case Location:
        opportunity.location = value.toString();
        return true;
    case Type:
        return assignEnum(opportunity.type, value);
    case Remote:
        opportunity.isRemote = value.toBool();
        return true;
    case Salary:
        if (value.isValid() && value.canConvert<SalaryRange>())
            opportunity.salaryRange = value.value<SalaryRange>();
        else
            opportunity.salaryRange.reset();
        return true;
    case PostedAt:
        opportunity.postedAt = middleOf(value);
        return true;
    case ExpiresAt:
        opportunity.expiresAt = middleOf(value);
        return true;
    case Status:
        return assignEnum(opportunity.status, value);
    case SourceUrl:
        opportunity.sourceUrl = value.toString().trimmed();
        return true;
    case Requirements:
        opportunity.requirements = linesOf(value);
        return true;
    case Description:
        opportunity.description = value.toString();
        return true;
    default:
        return false;
    }
}

Opportunity OpportunityModel::blank() const
{
    Opportunity opportunity;
    opportunity.title = tr("New opportunity");
    opportunity.company = tr("Company");
    opportunity.postedAt = m_workspace.clock().now();
    opportunity.ownerId = userId(); // what a person adds is theirs (on a server, the rules say so too)
    return opportunity;
}

Result<Opportunity> OpportunityModel::create(const Opportunity& opportunity)
{
    return m_workspace.opportunities().createOpportunity(opportunity);
}

Result<Opportunity> OpportunityModel::save(const Opportunity& opportunity)
{
    return m_workspace.opportunities().updateOpportunity(opportunity);
}

Status OpportunityModel::erase(qint64 id)
{
    return m_workspace.opportunities().deleteOpportunity(id);
}

} // namespace careerdesk
