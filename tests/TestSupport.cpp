#include "TestSupport.h"

#include <QFile>

namespace careerdesk {

bool zeroPage(const QString& path, qint64 offset)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset / 4096 * 4096) &&
           file.write(QByteArray(4096, '\0')) == 4096;
}

TestWorkspace::TestWorkspace()
    : now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC)
{
    auto opened = Workspace::open(databasePath(), Clock([this] { return now; }));
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.errorMessage()));
    workspace = std::move(opened).value();
    User ana;
    ana.email = QStringLiteral("ana@example.org");
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Lima");
    User ben;
    ben.email = QStringLiteral("ben@example.org");
    ben.firstName = QStringLiteral("Ben");
    ben.lastName = QStringLiteral("Okafor");
    userId = workspace->users().createUser(ana).value().id;
    otherUserId = workspace->users().createUser(ben).value().id;
}

qint64 TestWorkspace::addOpportunity(const QString& title, const QString& company,
                                     const QStringList& requirements)
{
    Opportunity opportunity;
    opportunity.title = title;
    opportunity.company = company;
    opportunity.requirements = requirements;
    opportunity.postedAt = now.addDays(-1);
    auto created = workspace->opportunities().createOpportunity(opportunity);
    if (!created)
        qFatal("cannot add an opportunity: %s", qPrintable(created.errorMessage()));
    return created->id;
}

qint64 TestWorkspace::addResume(qint64 owner, const QString& name, const QString& content)
{
    Resume resume;
    resume.name = name;
    resume.content = content;
    auto created = workspace->resumes().createResume(owner, resume);
    if (!created)
        qFatal("cannot add a resume: %s", qPrintable(created.errorMessage()));
    return created->id;
}

} // namespace careerdesk
