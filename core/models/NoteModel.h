#pragma once

#include "EntityTableModel.h"
#include "domain/Note.h"

namespace careerdesk {

// A person's notes and those their coach added for them; each is changed only by whoever added it.
class NoteModel : public EntityTableModel<Note>
{
    Q_OBJECT

public:
    enum Column { Title, AddedBy, Added, Content, ColumnCount };

    explicit NoteModel(Workspace& workspace, QObject* parent = nullptr);

    QString itemName(int row) const override;
    bool keepsAuthors() const override { return true; }
    bool canChange(int row) const override;

protected:
    QString entityLabel() const override { return tr("note"); }
    Result<QList<Note>> load() const override;
    Result<Note> fetch(qint64 id) const override;
    QVariant value(const Note& note, int column) const override;
    bool assign(Note& note, int column, const QVariant& value) const override;
    Note blank() const override;
    Result<Note> create(const Note& note) override;
    Result<Note> save(const Note& note) override;
    careerdesk::Status erase(qint64 id) override;
};

} // namespace careerdesk
