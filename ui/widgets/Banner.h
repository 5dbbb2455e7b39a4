#pragma once

#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;

namespace careerdesk {

// A strip across the top of the window that says what is wrong with the database and offers what can
// be done about it (restore a backup, reconnect now). Hidden until it has something to say.
// Its name names the frame ("<name>Banner") and its text ("<name>Text"), for style sheets and tests.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Warning, Information };
    Banner(const QString& name, QWidget* parent = nullptr, Tone tone = Tone::Warning);

    QLabel* text() const { return m_text; }
    void addButton(QAction* action);
    void say(const QString& message, const QString& details = QString());

private:
    QLabel* m_text;
    QHBoxLayout* m_layout;
};

} // namespace careerdesk
