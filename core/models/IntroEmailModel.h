#pragma once

#include "EntityTableModel.h"
#include "domain/IntroEmail.h"

namespace careerdesk {

class IntroEmailModel : public EntityTableModel<IntroEmail>
{
    Q_OBJECT

public:
    enum Column { Subject, Recipient, Purpose, Opportunity, SentAt, Content, ColumnCount };

    explicit IntroEmailModel(Workspace& workspace, QObject* parent = nullptr);

    QString itemName(int row) const override;
    bool markSent(int row);
    // The email's subject and text replaced by `draft`'s, as one undo step.
    bool rewrite(int row, const IntroEmail& draft);

protected:
    QString entityLabel() const override { return tr("intro email"); }
    Result<QList<IntroEmail>> load() const override;
    Result<IntroEmail> fetch(qint64 id) const override;
    QVariant value(const IntroEmail& email, int column) const override;
    bool assign(IntroEmail& email, int column, const QVariant& value) const override;
    IntroEmail blank() const override;
    Result<IntroEmail> create(const IntroEmail& email) override;
    Result<IntroEmail> save(const IntroEmail& email) override;
    careerdesk::Status erase(qint64 id) override;
    int opportunityColumn() const override { return Opportunity; }
    qint64 linkedOpportunity(const IntroEmail& email) const override { return email.opportunityId; }
};

} // namespace careerdesk
