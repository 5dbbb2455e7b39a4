#pragma once

#include "EntityTableModel.h"
#include "domain/Prompt.h"

#include <QHash>

namespace careerdesk {

class PromptModel : public EntityTableModel<Prompt>
{
    Q_OBJECT

public:
    enum Column { Text, Category, Cadence, Tags, LastAnswered, ColumnCount };

    explicit PromptModel(Workspace& workspace, QObject* parent = nullptr);

    QString itemName(int row) const override;
    // Adds a dated answer to the prompt's journal, as one undo step.
    bool answer(int row, const QString& text);
    int dueCount() const;

protected:
    QString entityLabel() const override { return tr("prompt"); }
    Result<QList<Prompt>> load() const override;
    Result<Prompt> fetch(qint64 id) const override;
    QVariant value(const Prompt& prompt, int column) const override;
    bool assign(Prompt& prompt, int column, const QVariant& value) const override;
    Prompt blank() const override;
    Result<Prompt> create(const Prompt& prompt) override;
    Result<Prompt> save(const Prompt& prompt) override;
    careerdesk::Status erase(qint64 id) override;
    bool needsAttention(const Prompt& prompt) const override;

private:
    mutable QHash<qint64, QDateTime> m_lastAnswered;
};

} // namespace careerdesk
