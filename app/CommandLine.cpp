#include "CommandLine.h"

#include "services/Workspace.h"

#include <QTextStream>

#include <cstring>

namespace careerdesk {

namespace {

const char* const headlessOptions[] = {"--list-users", "--help", "-h", "--help-all", "--version", "-v"};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

bool CommandLine::isHeadless(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : headlessOptions) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

CommandLine::CommandLine()
    : m_database(QStringList{QStringLiteral("database")},
                 tr("Open the SQLite database file PATH instead of the default one."), tr("PATH"))
    , m_user(QStringList{QStringLiteral("user")},
             tr("Work as the user with this email; a headless command creates the user if needed."),
             tr("EMAIL"))
    , m_listUsers(QStringList{QStringLiteral("list-users")}, tr("Print the users of the database and exit."))
    , m_demo(QStringList{QStringLiteral("demo")}, tr("Fill the database with demo data (a fresh temporary "
                                                     "one unless --database is given) and open it."))
{
    m_parser.setApplicationDescription(tr("CareerDesk keeps your whole career search in one place.\n\n"
                                          "Examples:\n"
                                          "  careerdesk --database ~/coaching.sqlite --user ana@example.org\n"
                                          "  careerdesk --demo\n"
                                          "  careerdesk --list-users"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_database);
    m_parser.addOption(m_user);
    m_parser.addOption(m_listUsers);
    m_parser.addOption(m_demo);
}

bool CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        err() << tr("careerdesk: %1").arg(m_parser.errorText()) << '\n'
              << tr("Run careerdesk --help for the options.") << Qt::endl;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        m_parser.showHelp(0);
    if (m_parser.isSet(QStringLiteral("version")))
        m_parser.showVersion();
    if (!m_parser.positionalArguments().isEmpty()) {
        err() << tr("careerdesk: unexpected argument \"%1\"").arg(m_parser.positionalArguments().constFirst())
              << '\n'
              << tr("Run careerdesk --help for the options.") << Qt::endl;
        return false;
    }
    if (m_parser.isSet(m_user) && !UserService::isValidEmail(m_parser.value(m_user))) {
        err() << tr("careerdesk: --user needs an email address, not \"%1\"").arg(m_parser.value(m_user))
              << Qt::endl;
        return false;
    }
    return true;
}

QString CommandLine::databaseLocation() const
{
    return m_parser.value(m_database);
}

QString CommandLine::userEmail() const
{
    return m_parser.value(m_user);
}

bool CommandLine::wantsDemo() const
{
    return m_parser.isSet(m_demo);
}

bool CommandLine::isHeadless() const
{
    return m_parser.isSet(m_listUsers);
}

int CommandLine::runHeadless(Workspace& workspace)
{
    if (m_parser.isSet(m_listUsers))
        return listUsers(workspace);
    return 0;
}

int CommandLine::listUsers(Workspace& workspace)
{
    auto users = workspace.users().listUsers();
    if (!users) {
        err() << tr("careerdesk: %1").arg(users.errorMessage()) << Qt::endl;
        return 1;
    }
    for (const User& user : users.value())
        out() << user.id << '\t' << user.email << '\t' << user.displayName() << '\n';
    out().flush();
    return 0;
}

} // namespace careerdesk
