#pragma once

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

    // Runs the headless command; returns the process exit code.
    int runHeadless(Workspace& workspace);

private:
    int listUsers(Workspace& workspace);
    int exportPdf(Workspace& workspace);
    int importFiles(Workspace& workspace);

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
};

} // namespace careerdesk
