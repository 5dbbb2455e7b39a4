#pragma once

#include "EntityTableModel.h"
#include "domain/Opportunity.h"

#include <QThreadPool>

namespace careerdesk {

// The postings of the local index that match a search; they are shared by every user of the
// database. Rows come a page at a time as a view scrolls (canFetchMore/fetchMore), so a search
// over a million postings holds only what has been looked at.
class OpportunityModel : public EntityTableModel<Opportunity>
{
    Q_OBJECT

public:
    enum Column {
        Title,
        Company,
        Location,
        Type,
        Remote,
        Salary,
        PostedAt,
        ExpiresAt,
        Status,
        SourceUrl,
        Requirements,
        Description,
        ColumnCount
    };

    explicit OpportunityModel(Workspace& workspace, QObject* parent = nullptr);
    ~OpportunityModel() override;

    QString itemName(int row) const override;

    static constexpr int pageSize = 100;
    static constexpr qint64 countCap = 1000; // counting stops here: "more than 1,000"

    void reload() override;
    void setCriteria(const OpportunitySearchCriteria& criteria);
    const OpportunitySearchCriteria& criteria() const { return m_criteria; }
    qint64 resultCount() const { return m_resultCount; } // -1 while counting
    bool resultCountCapped() const { return m_resultCount > countCap; }

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void resultCountChanged();

protected:
    QString entityLabel() const override { return tr("opportunity"); }
    Result<QList<careerdesk::Opportunity>> load() const override;
    Result<careerdesk::Opportunity> fetch(qint64 id) const override;
    QVariant value(const careerdesk::Opportunity& opportunity, int column) const override;
    bool assign(careerdesk::Opportunity& opportunity, int column, const QVariant& value) const override;
    careerdesk::Opportunity blank() const override;
    Result<careerdesk::Opportunity> create(const careerdesk::Opportunity& opportunity) override;
    Result<careerdesk::Opportunity> save(const careerdesk::Opportunity& opportunity) override;
    careerdesk::Status erase(qint64 id) override;
    bool ownedByUser() const override { return false; }
    bool loadsEverything() const override { return false; }

private:
    Result<QList<careerdesk::Opportunity>> page(int offset) const;
    void startCount();

    OpportunitySearchCriteria m_criteria;
    int m_fetched = 0; // rows read from search pages so far
    bool m_exhausted = false;
    bool m_fetching = false;
    qint64 m_resultCount = 0;
    int m_search = 0; // which search a count belongs to
    QThreadPool m_countThread;
};

} // namespace careerdesk
