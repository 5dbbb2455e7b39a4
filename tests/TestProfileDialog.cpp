#include "dialogs/ProfileDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace careerdesk;

// The first-start profile: OK only when it describes a person the store will accept.
class TestProfileDialog : public QObject
{
    Q_OBJECT

    static QLineEdit* field(ProfileDialog& dialog, int index)
    {
        return dialog.findChildren<QLineEdit*>().at(index);
    }
    static QPushButton* ok(ProfileDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

    // The text of the label that says what is wrong (the one label that is not the intro or a field's).
    static QString problemShown(ProfileDialog& dialog)
    {
        QString shown;
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->buddy() == nullptr && label->text() != QLatin1String("Welcome"))
                shown += label->text();
        }
        return shown;
    }

private Q_SLOTS:
    void okOnlyWhenValid()
    {
        ProfileDialog dialog(QStringLiteral("Welcome"));
        QVERIFY(!ok(dialog)->isEnabled());
        QCOMPARE(problemShown(dialog), QString()); // nothing is wrong before anything is typed
        QTest::keyClicks(field(dialog, 0), QStringLiteral("A"));
        QTest::keyClick(field(dialog, 0), Qt::Key_Backspace);
        QVERIFY(problemShown(dialog).contains(QLatin1String("first name")));
        QTest::keyClicks(field(dialog, 0), QStringLiteral("Ana"));
        QCOMPARE(problemShown(dialog), QString()); // the email is not yet touched
        QVERIFY(!ok(dialog)->isEnabled());
        QTest::keyClicks(field(dialog, 2), QStringLiteral("ana@"));
        QVERIFY(!ok(dialog)->isEnabled());
        bool explained = false;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            explained = explained || label->text().contains(QLatin1String("email address"));
        QVERIFY(explained);
        QTest::keyClicks(field(dialog, 2), QStringLiteral("example.org"));
        QVERIFY(ok(dialog)->isEnabled());
        QTest::keyClicks(field(dialog, 1), QStringLiteral("Lima"));
        const User user = dialog.user();
        QCOMPARE(user.firstName, QStringLiteral("Ana"));
        QCOMPARE(user.lastName, QStringLiteral("Lima"));
        QCOMPARE(user.email, QStringLiteral("ana@example.org"));
    }
};

QTEST_MAIN(TestProfileDialog)
#include "TestProfileDialog.moc"
