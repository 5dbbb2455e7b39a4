#include "SystemKeyring.h"

#include <qt6keychain/keychain.h>

namespace careerdesk {

namespace {

Keyring::Answer answerOf(const QKeychain::Job& job, const QString& password = QString())
{
    Keyring::Answer answer;
    switch (job.error()) {
    case QKeychain::NoError:
        answer.available = true;
        answer.password = password;
        break;
    case QKeychain::EntryNotFound:
        answer.available = true;
        break;
    default:
        answer.problem = job.errorString();
        break;
    }
    return answer;
}

template <typename Job> Job* startedJob(const QString& name)
{
    auto* job = new Job(QString::fromLatin1(SystemKeyring::service));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    return job;
}

} // namespace

void SystemKeyring::read(const QString& name, std::function<void(const Answer&)> done)
{
    auto* job = startedJob<QKeychain::ReadPasswordJob>(name);
    QObject::connect(job, &QKeychain::Job::finished, [job, done = std::move(done)] {
        if (done)
            done(answerOf(*job, job->textData()));
    });
    job->start();
}

void SystemKeyring::write(const QString& name, const QString& password,
                          std::function<void(const Answer&)> done)
{
    auto* job = startedJob<QKeychain::WritePasswordJob>(name);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, [job, done = std::move(done)] {
        if (done)
            done(answerOf(*job));
    });
    job->start();
}

void SystemKeyring::forget(const QString& name)
{
    startedJob<QKeychain::DeletePasswordJob>(name)->start();
}

} // namespace careerdesk
