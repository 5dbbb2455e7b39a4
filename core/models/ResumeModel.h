#pragma once

#include "EntityTableModel.h"
#include "domain/Resume.h"

namespace careerdesk {

class ResumeModel : public EntityTableModel<Resume>
{
    Q_OBJECT

public:
    enum Column { Name, Format, IsDefault, UpdatedAt, Content, ColumnCount };

    explicit ResumeModel(Workspace& workspace, QObject* parent = nullptr);

    QString itemName(int row) const override;
    bool setAsDefault(int row);

protected:
    QString entityLabel() const override { return tr("resume"); }
    Result<QList<Resume>> load() const override;
    Result<Resume> fetch(qint64 id) const override;
    QVariant value(const Resume& resume, int column) const override;
    bool assign(Resume& resume, int column, const QVariant& value) const override;
    Resume blank() const override;
    Result<Resume> create(const Resume& resume) override;
    Result<Resume> save(const Resume& resume) override;
    careerdesk::Status erase(qint64 id) override;
    careerdesk::Status restoreDeleted(const RowArchive& archive) override;
};

} // namespace careerdesk
