#pragma once

#include "Keyring.h"

namespace careerdesk {

// The desktop's keyring (Secret Service, KWallet) through QtKeychain, under the service "CareerDesk".
// Without one (no session bus, no keyring daemon) every answer says it is not available; QtKeychain's
// insecure fallback (a plain settings file) is never used.
class SystemKeyring : public Keyring
{
public:
    static constexpr const char* service = "CareerDesk";

    void read(const QString& name, std::function<void(const Answer&)> done) override;
    void write(const QString& name, const QString& password,
               std::function<void(const Answer&)> done) override;
    void forget(const QString& name) override;
};

} // namespace careerdesk
