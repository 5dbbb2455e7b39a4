#pragma once

#include "EntityService.h"
#include "store/UserRepository.h"

namespace careerdesk {

// The shared rules of every area whose rows belong to one user: a row of another user is not
// there, rows are validated before anything is written, and timestamps are the service's to set.
template <typename Repo, typename Entity> class OwnedEntityService : public EntityService
{
public:
    OwnedEntityService(const Database& database, const Clock& clock, QObject* parent = nullptr)
        : EntityService(database, clock, parent)
        , m_repository(database)
    {}

    QString table() const override { return Repo::table(); }

protected:
    virtual Status validate(const Entity& entity) const = 0;
    // Derived fields that follow from others (e.g. completedAt from status); `before` is null on create.
    virtual void applyRules(const Entity* before, Entity& entity) const
    {
        Q_UNUSED(before);
        Q_UNUSED(entity);
    }

    Result<QList<Entity>> listFor(qint64 userId) const { return m_repository.findByUser(userId); }
    Result<Entity> getFor(qint64 userId, qint64 id) const { return m_repository.get(id, userId); }

    // Keeps entity.id and createdAt when set: that is how an undone delete comes back.
    Result<Entity> createFor(qint64 userId, Entity entity)
    {
        if (auto user = UserRepository(database()).get(userId); !user)
            return user.error();
        entity.userId = userId;
        if (!entity.createdAt.isValid())
            entity.createdAt = now();
        entity.updatedAt = now();
        applyRules(nullptr, entity);
        if (Status valid = validate(entity); !valid)
            return valid.error();
        auto inserted = m_repository.insert(entity);
        if (inserted)
            announce(&EntityService::created, inserted->id);
        return inserted;
    }

    Result<Entity> updateFor(qint64 userId, Entity entity)
    {
        auto stored = m_repository.get(entity.id, userId);
        if (!stored)
            return stored.error();
        entity.userId = userId;
        entity.createdAt = stored->createdAt;
        entity.updatedAt = now();
        applyRules(&stored.value(), entity);
        if (Status valid = validate(entity); !valid)
            return valid.error();
        if (Status updated = m_repository.update(entity); !updated)
            return updated.error();
        announce(&EntityService::changed, entity.id);
        return entity;
    }

    Status deleteFor(qint64 userId, qint64 id)
    {
        if (auto stored = m_repository.get(id, userId); !stored)
            return stored.error();
        Status removedRow = m_repository.remove(id);
        if (removedRow)
            announce(&EntityService::removed, id);
        return removedRow;
    }

    Repo m_repository;
};

} // namespace careerdesk
