#pragma once

#include "domain/Enums.h"

#include <QSortFilterProxyModel>

namespace careerdesk {

class ApplicationModel;

// One column of the application board: the applications in one stage, shown as cards. Cards can be
// dragged out of it, and dropping a card on it moves that application to its stage.
class StageColumnModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr const char* mimeType = "application/x-careerdesk-application-ids";

    StageColumnModel(ApplicationModel* applications, ApplicationStatus stage, QObject* parent = nullptr);

    ApplicationStatus stage() const { return m_stage; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ApplicationModel* m_applications;
    ApplicationStatus m_stage;
};

} // namespace careerdesk
