#pragma once

#include "EntityTableModelBase.h"
#include "domain/DisplayFormat.h"
#include "services/EntityService.h"
#include "services/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace careerdesk {

// The shared body of the area models: rows of one entity type for the current user, shown and
// edited column by column, kept in step with the service's change signals row by row.
// An area supplies how to load, fetch, create, save and delete through its service, and how each
// column reads (`value`) and is written (`assign`).
template <typename Entity> class EntityTableModel : public EntityTableModelBase
{
public:
    EntityTableModel(Workspace& workspace, EntityService& service, QObject* parent = nullptr)
        : EntityTableModelBase(workspace, parent)
        , m_service(service)
    {
        connect(&service, &EntityService::created, this, [this](qint64 id) { refreshRow(id); });
        connect(&service, &EntityService::changed, this,
                [this](qint64 id) { refreshRow(id, loadsEverything()); });
        connect(&service, &EntityService::removed, this, [this](qint64 id) { dropRow(id); });
        connect(&service, &EntityService::manyChanged, this, &EntityTableModelBase::reloadSoon);
        for (auto signal : {&EntityService::created, &EntityService::changed, &EntityService::removed}) {
            connect(&workspace.applications(), signal, this, [this] { refreshOpportunityChoices(); });
            connect(&service, signal, this, [this] { refreshOpportunityChoices(); });
        }
        connect(&workspace.applications(), &EntityService::manyChanged, this,
                [this] { refreshOpportunityChoices(); });
    }

    QString tableName() const override { return m_service.table(); }

    const Entity& entityAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    qint64 idAt(int row) const override { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }

    int rowOf(qint64 id) const override
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        return -1;
    }

    void reload() override
    {
        beginResetModel();
        m_rows.clear();
        forgetPostings();
        if (m_userId > 0 || !ownedByUser()) {
            auto loaded = load();
            if (loaded)
                m_rows = std::move(loaded).value();
            else
                reportError(loaded.errorMessage());
        }
        readPostings(linkedPostings());
        endResetModel();
        refreshOpportunityChoices();
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Entity& entity = m_rows.at(index.row());
        const ColumnSpec& column = columns().at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return display(entity, index.column());
        case Qt::EditRole:
            return value(entity, index.column());
        case Qt::ToolTipRole:
            return column.editor == EditorKind::LongText ? value(entity, index.column()).toString().left(2000)
                                                         : QVariant();
        case IdRole:
            return entity.id;
        case SortRole:
            return sortKey(entity, index.column());
        case AttentionRole: // the view marks it, in the colours of its theme (ui/widgets/RowDelegate)
            return needsAttention(entity);
        default:
            return {};
        }
    }

    bool setData(const QModelIndex& index, const QVariant& newValue, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole ||
            !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
            !canChange(index.row()))
            return false;
        const Entity before = m_rows.at(index.row());
        Entity after = before;
        if (!assign(after, index.column(), newValue))
            return false;
        if (value(after, index.column()) == value(before, index.column()))
            return false;
        return replace(before, after,
                       EntityTableModelBase::tr("Edit %1 of %2")
                           .arg(columns().at(index.column()).title, itemName(index.row())));
    }

    // Writes `after` over `before` as one undo step. The first save is over the row as it was read (a
    // row changed since by someone else is not overwritten, and the view shows it as it is now); undo
    // and redo write over the row as it is then.
    bool replace(const Entity& before, const Entity& after, const QString& text)
    {
        auto first = std::make_shared<bool>(true);
        const bool saved = run(
            text,
            [this, after, first] {
                const Entity written = *first ? after : overCurrent(after);
                *first = false;
                return toStatus(save(written));
            },
            [this, before] { return toStatus(restore(overCurrent(before))); });
        if (!saved && m_workspace.isConnected())
            refreshRow(after.id, false);
        return saved;
    }

    qint64 addNew() override
    {
        if (isReadOnly())
            return 0;
        Entity fresh = blank();
        auto created = std::make_shared<qint64>(0);
        const bool worked = run(
            EntityTableModelBase::tr("New %1").arg(entityLabel()),
            [this, fresh, created]() mutable {
                fresh.id = *created; // the same id again on redo
                auto result = create(fresh);
                if (result)
                    *created = result->id;
                return toStatus(result);
            },
            [this, created] { return erase(*created); });
        return worked ? *created : 0;
    }

    bool removeById(qint64 id) override
    {
        const int row = rowOf(id);
        if (isReadOnly() || (row >= 0 && !canChange(row)))
            return false;
        const QString name = row >= 0 ? itemName(row) : QString::number(id);
        auto archive = m_workspace.archive(tableName(), id);
        if (!archive) {
            reportError(archive.errorMessage());
            return false;
        }
        return run(
            EntityTableModelBase::tr("Delete %1").arg(name), [this, id] { return erase(id); },
            [this, saved = archive.value()] { return restoreDeleted(saved); });
    }

protected:
    virtual QString entityLabel() const = 0; // "goal", "resume", … for undo texts
    virtual Result<QList<Entity>> load() const = 0;
    virtual Result<Entity> fetch(qint64 id) const = 0; // an error when the row is not the user's
    virtual QVariant value(const Entity& entity, int column) const = 0;
    virtual bool assign(Entity& entity, int column, const QVariant& value) const = 0;
    virtual Entity blank() const = 0;
    virtual Result<Entity> create(const Entity& entity) = 0;
    virtual Result<Entity> save(const Entity& entity) = 0;
    virtual Status erase(qint64 id) = 0;
    // Writes a row back as it was, for undo; an area whose saves leave a trace takes the trace back.
    virtual Result<Entity> restore(const Entity& earlier) { return save(earlier); }
    virtual bool needsAttention(const Entity&) const { return false; }
    virtual bool ownedByUser() const { return true; }
    // False for a model that loads pages of a larger set: a change to a row it has not loaded is not
    // a reason to show that row.
    virtual bool loadsEverything() const { return true; }
    virtual Status restoreDeleted(const RowArchive& archive) { return m_workspace.restore(archive); }
    // The posting a row links, for areas that show one (opportunityColumn, or columns of their own).
    virtual qint64 linkedOpportunity(const Entity&) const { return 0; }

    QSet<qint64> linkedPostings() const
    {
        QSet<qint64> linked;
        for (const Entity& row : m_rows)
            linked.insert(linkedOpportunity(row));
        return linked;
    }

    void refreshOpportunityChoices()
    {
        if (opportunityColumn() >= 0)
            setColumnChoices(opportunityColumn(), opportunityChoices(linkedPostings()));
    }

    void postingsChanged() override
    {
        if (opportunityColumn() < 0)
            return;
        refreshOpportunityChoices();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, opportunityColumn()), index(rowCount() - 1, opportunityColumn()));
    }

    virtual QVariant display(const Entity& entity, int column) const
    {
        const QVariant raw = value(entity, column);
        switch (columns().at(column).editor) {
        case EditorKind::Choice:
            if (column == opportunityColumn())
                return opportunityLabel(linkedOpportunity(entity));
            for (const QVariant& choice : columns().at(column).choices) {
                if (choice.toMap().value(QStringLiteral("key")) == raw)
                    return choice.toMap().value(QStringLiteral("label"));
            }
            return raw;
        case EditorKind::Date:
            return DisplayFormat::date(raw.toDate());
        case EditorKind::DateTime:
            return DisplayFormat::dateTime(raw.toDateTime());
        case EditorKind::Bool:
            return raw.toBool() ? EntityTableModelBase::tr("Yes") : QString();
        case EditorKind::Salary:
            return raw.isValid() ? DisplayFormat::salary(raw.value<SalaryRange>()) : QString();
        case EditorKind::LongText:
            return DisplayFormat::firstLine(raw.toString());
        case EditorKind::Lines:
            return raw.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", "));
        default:
            return raw;
        }
    }

    QVariant sortKey(const Entity& entity, int column) const
    {
        const QVariant raw = value(entity, column);
        switch (columns().at(column).editor) {
        case EditorKind::Choice: {
            const QVariantList& choices = columns().at(column).choices;
            for (int i = 0; i < choices.size(); ++i) {
                if (choices.at(i).toMap().value(QStringLiteral("key")) == raw)
                    return i;
            }
            return -1;
        }
        case EditorKind::Date:
        case EditorKind::DateTime:
        case EditorKind::Bool:
            return raw;
        case EditorKind::Salary:
            return raw.isValid() ? raw.value<SalaryRange>().yearlyMaxCents() : qint64(-1);
        default:
            return display(entity, column).toString().toCaseFolded();
        }
    }

    // `earlier` to be written over its row as the model holds it now (its version).
    Entity overCurrent(Entity earlier) const
    {
        if constexpr (requires { earlier.version; }) {
            const int row = rowOf(earlier.id);
            if (row >= 0)
                earlier.version = m_rows.at(row).version;
        }
        return earlier;
    }

    template <typename T> static Status toStatus(const Result<T>& result)
    {
        return result ? Status() : Status(result.error());
    }

    QList<Entity> m_rows;

private:
    void refreshRow(qint64 id, bool addWhenMissing = true)
    {
        auto fresh = fetch(id);
        const int row = rowOf(id);
        if (!fresh) {
            if (row >= 0 && m_workspace.isConnected())
                dropRow(id);
            return;
        }
        if (row >= 0) {
            m_rows[row] = fresh.value();
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
        if (!addWhenMissing)
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows << fresh.value();
        endInsertRows();
    }

    void dropRow(qint64 id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

    EntityService& m_service;
};

} // namespace careerdesk
