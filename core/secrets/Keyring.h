#pragma once

#include <QString>

#include <functional>

namespace careerdesk {

// Where passwords a person asked to be remembered are kept: the system's keyring, never a settings
// file. Answers come later, through the callbacks (a keyring may ask the person to unlock it first).
class Keyring
{
public:
    virtual ~Keyring() = default;

    struct Answer
    {
        bool available = false; // false: no keyring here (then nothing is remembered; ask each time)
        QString password;       // empty when none is kept under the name
        QString problem;        // why the keyring could not answer, when it could not
    };

    virtual void read(const QString& name, std::function<void(const Answer&)> done) = 0;
    virtual void write(const QString& name, const QString& password,
                       std::function<void(const Answer&)> done) = 0;
    virtual void forget(const QString& name) = 0;
};

} // namespace careerdesk
