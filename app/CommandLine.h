#pragma once

#include "domain/OpportunitySearchCriteria.h"
#include "domain/Result.h"
#include "store/Database.h"

#include <QCommandLineParser>

#include <QCoreApplication>

namespace careerdesk {

class Workspace;

// The command line: which database and user, and the headless commands that run without a window.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Decided before any QCoreApplication exists, from the raw arguments.
    static bool isHeadless(int argc, char** argv);

    CommandLine();
    // False when the arguments are wrong; the message is then on stderr.
    bool parse(const QStringList& arguments);

    QString databaseLocation() const;
    QString userEmail() const;
    bool wantsDemo() const;
    // Whether the command only reads the database: then a missing database is an error, not created.
    bool onlyReads() const;
    // How the command opens the database: --init-server creates or upgrades a server's schema.
    Database::OpenMode openMode() const;
    // The files the command reads, which nothing it writes may replace.
    QStringList inputFiles() const;
    // --restore runs before the database is opened: a damaged one must be restorable too.
    bool wantsRestore() const;
    int restoreBackup(const QString& databasePath);

    // Runs the headless command; returns the process exit code.
    int runHeadless(Workspace& workspace);

private:
    Status checkCombinations() const;
    int listUsers(Workspace& workspace);
    int exportPdf(Workspace& workspace);
    int importFiles(Workspace& workspace);
    int backUp(Workspace& workspace);
    int exportAll(Workspace& workspace);
    int importAll(Workspace& workspace);
    int initServer(Workspace& workspace);
    int addPerson(Workspace& workspace);
    int assignCoach(Workspace& workspace, bool assign);
    int search(Workspace& workspace);
    Result<OpportunitySearchCriteria> searchCriteria() const;

    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_user;
    QCommandLineOption m_listUsers;
    QCommandLineOption m_demo;
    QCommandLineOption m_exportPdf;
    QCommandLineOption m_template;
    QCommandLineOption m_pageSize;
    QCommandLineOption m_pdfA;
    QCommandLineOption m_import;
    QCommandLineOption m_backup;
    QCommandLineOption m_restore;
    QCommandLineOption m_exportAll;
    QCommandLineOption m_importAll;
    QCommandLineOption m_initServer;
    QCommandLineOption m_addPerson;
    QCommandLineOption m_login;
    QCommandLineOption m_firstName;
    QCommandLineOption m_lastName;
    QCommandLineOption m_coach;
    QCommandLineOption m_assignCoach;
    QCommandLineOption m_unassignCoach;
    QCommandLineOption m_client;
    QCommandLineOption m_search;
    QCommandLineOption m_location;
    QCommandLineOption m_type;
    QCommandLineOption m_remote;
    QCommandLineOption m_limit;
};

} // namespace careerdesk
