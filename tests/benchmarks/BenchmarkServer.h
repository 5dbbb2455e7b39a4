#pragma once

#include "domain/Result.h"
#include "services/Workspace.h"

#include <memory>

namespace careerdesk {

// A benchmark's database on a PostgreSQL server, set up as its administrator does (--init-server:
// schema, roles, row-level security) and with one person, whose login the timings use: the
// administrator owns the tables and passes the policies by, people (the window's users) do not.
// The address's login must own the database or be a superuser, and may create roles.
class BenchmarkServer
{
public:
    // The login and email of the benchmark's person; the role is made once per server.
    static constexpr auto personLogin = "careerdesk_bench";
    static constexpr auto personEmail = "bench@example.org";

    // Drops the database `name` from the server at `address` when it is there, and makes it anew
    // (owned by the address's login); its address. `name` is a fixed name of the benchmark's, never
    // read from anywhere: DDL cannot bind it.
    static Result<QString> freshDatabase(const QString& address, const QString& name);
    // Creates or upgrades the schema of the database at `address`, applies the policies and makes the
    // benchmark's person.
    static Result<BenchmarkServer> administer(const QString& address);

    // The database as its administrator sees it (the address's login).
    Workspace& administrator() { return *m_administrator; }
    // The same database through the person's login.
    QString personAddress() const { return m_personAddress; }
    qint64 personId() const { return m_personId; }

private:
    BenchmarkServer() = default;

    std::unique_ptr<Workspace> m_administrator;
    QString m_personAddress;
    qint64 m_personId = 0;
};

} // namespace careerdesk
