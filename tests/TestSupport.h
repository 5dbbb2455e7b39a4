#pragma once

#include "services/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace careerdesk {

// A fresh database in a temporary folder, a clock the test moves by hand, and two users: the one
// the test works as and another whose rows must stay out of reach.
// Overwrites the 4 KiB database page that holds byte `offset` of a closed database file with zeros, as
// a failing disk would; false when the file cannot be written.
bool zeroPage(const QString& path, qint64 offset);

class TestWorkspace
{
public:
    TestWorkspace();
    TestWorkspace(const TestWorkspace&) = delete;
    TestWorkspace& operator=(const TestWorkspace&) = delete;

    Workspace& operator*() { return *workspace; }
    Workspace* operator->() { return workspace.get(); }
    QString databasePath() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    void advanceDays(int days) { now = now.addDays(days); }

    qint64 addOpportunity(const QString& title, const QString& company, const QStringList& requirements = {});
    qint64 addResume(qint64 owner, const QString& name, const QString& content = QString());

    QTemporaryDir dir;
    QDateTime now;
    std::unique_ptr<Workspace> workspace;
    qint64 userId = 0;
    qint64 otherUserId = 0;
};

} // namespace careerdesk
