#pragma once

#include "domain/PromptAnswer.h"

#include <QAbstractTableModel>

namespace careerdesk {

class Workspace;

// The journal under one prompt: its dated answers, oldest first.
class PromptAnswerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AnsweredAt, Answer, ColumnCount };

    explicit PromptAnswerModel(Workspace& workspace, QObject* parent = nullptr);

    void setPrompt(qint64 userId, qint64 promptId);
    qint64 promptId() const { return m_promptId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    Workspace& m_workspace;
    qint64 m_userId = 0;
    qint64 m_promptId = 0;
    QList<PromptAnswer> m_answers;
};

} // namespace careerdesk
