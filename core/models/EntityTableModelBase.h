#pragma once

#include "ColumnSpec.h"
#include "UndoCommand.h"
#include "domain/Opportunity.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

namespace careerdesk {

class Workspace;

// What the window needs of every area's table model, whatever its entity: the current user,
// columns that describe their editors, and undoable create / edit / delete.
class EntityTableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit EntityTableModelBase(Workspace& workspace, QObject* parent = nullptr);

    void setUserId(qint64 userId);
    qint64 userId() const { return m_userId; }
    // Edits, creates and deletes become undo steps on this stack (when set).
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    // A coach reading a client's rows: nothing can be edited, added or deleted.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Who adds rows through the model: the person whose data it is, or their coach reading it. An area
    // whose rows keep who added them (keepsAuthors) lets a coach add rows for the client there.
    void setAuthorId(qint64 authorId) { m_authorId = authorId; }
    virtual bool keepsAuthors() const { return false; }
    // Whether the row may be edited or deleted through the model; an area with authors narrows it.
    virtual bool canChange(int row) const;

    virtual QString tableName() const = 0;
    virtual QString itemName(int row) const = 0; // names the row in messages and confirmations
    virtual qint64 idAt(int row) const = 0;
    virtual int rowOf(qint64 id) const = 0;
    virtual void reload() = 0;
    // Adds a new row with sensible defaults; returns its id, or 0 when it failed.
    virtual qint64 addNew() = 0;
    virtual bool removeById(qint64 id) = 0;

    const QList<ColumnSpec>& columns() const { return m_columns; }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Another session changed rows without saying which (an import on a server): one reload a moment
    // later for however many arrive. A view that edits rows takes reloadWanted to save its form first;
    // without one the model reloads by itself.
    void reloadSoon();
    static constexpr int reloadDelayMs = 1000;

Q_SIGNALS:
    void reloadWanted();
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

protected:
    void setColumns(QList<ColumnSpec> columns) { m_columns = std::move(columns); }
    // A moment shown as the day it falls on (local time), for columns where only the day means anything;
    // and a day given back as a moment: its middle, which stays the same day for a reader a few time
    // zones away.
    static QVariant dayOf(const QDateTime& moment)
    {
        return moment.isValid() ? QVariant(moment.toLocalTime().date()) : QVariant();
    }
    static QDateTime middleOf(const QVariant& day)
    {
        return day.toDate().isValid() ? QDateTime(day.toDate(), QTime(12, 0)).toUTC() : QDateTime();
    }
    // Runs the step through the undo stack, or at once when there is none; true when it worked.
    bool run(const QString& text, UndoCommand::Operation redo, UndoCommand::Operation undo);
    void reportError(const QString& message) { Q_EMIT errorOccurred(message); }
    QString opportunityLabel(qint64 opportunityId) const; // "Title at Company", or empty
    // The postings the rows link, read together when the rows are (readPostings) and kept current on the
    // posting service's signals, so that no cell reads one; one not read yet is read alone. An empty
    // posting (id 0) for one that is not there.
    Opportunity postingOf(qint64 opportunityId) const;
    void readPostings(const QSet<qint64>& ids) const; // those not read yet, in one call
    void forgetPostings() { m_postings.clear(); }
    // Postings the rows link have changed: the model shows them again.
    virtual void postingsChanged() {}
    // Areas with a column that links a posting name it (and say which posting a row links).
    virtual int opportunityColumn() const { return -1; }
    // Choices for a column that links a posting: "(none)", the user's pipeline, and `linked`.
    QVariantList opportunityChoices(const QSet<qint64>& linked) const;
    void setColumnChoices(int column, const QVariantList& choices);
    // A new row's author: 0 when the person adds it themself, else the coach adding it for them.
    qint64 addedBy() const { return m_authorId == 0 || m_authorId == m_userId ? 0 : m_authorId; }
    QString personName(qint64 userId) const; // the display name of a row's author; empty for none

    Workspace& m_workspace;
    qint64 m_userId = 0;

private:
    QList<ColumnSpec> m_columns;
    QPointer<QUndoStack> m_undoStack;
    bool m_readOnly = false;
    qint64 m_authorId = 0;
    void rereadPostings(const QList<qint64>& ids);

    mutable QHash<qint64, QString> m_personNames;
    mutable QHash<qint64, Opportunity> m_postings;
    QTimer m_reloadSoon;
};

} // namespace careerdesk
