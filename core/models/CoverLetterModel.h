#pragma once

#include "EntityTableModel.h"
#include "domain/CoverLetter.h"

namespace careerdesk {

class CoverLetterModel : public EntityTableModel<CoverLetter>
{
    Q_OBJECT

public:
    enum Column { Title, Opportunity, UpdatedAt, Content, ColumnCount };

    explicit CoverLetterModel(Workspace& workspace, QObject* parent = nullptr);

    QString itemName(int row) const override;

protected:
    QString entityLabel() const override { return tr("cover letter"); }
    Result<QList<CoverLetter>> load() const override;
    Result<CoverLetter> fetch(qint64 id) const override;
    QVariant value(const CoverLetter& letter, int column) const override;
    bool assign(CoverLetter& letter, int column, const QVariant& value) const override;
    CoverLetter blank() const override;
    Result<CoverLetter> create(const CoverLetter& letter) override;
    Result<CoverLetter> save(const CoverLetter& letter) override;
    careerdesk::Status erase(qint64 id) override;
    int opportunityColumn() const override { return Opportunity; }
    qint64 linkedOpportunity(const CoverLetter& letter) const override { return letter.opportunityId; }
};

} // namespace careerdesk
