#pragma once

#include "AccountFields.h"

#include <QCoreApplication>

#include <optional>

class QSettings;

namespace sb {

// The non-secret account settings in a QSettings group (phone number ids, WABA id, the webhook
// listen address, a Graph base URL override). Secrets never pass through here: they belong to
// SecretStore. Inbox preferences (closing-soon threshold, ...) are the desktop settings' part.
// The settings object is borrowed.
class AccountSettings
{
    Q_DECLARE_TR_FUNCTIONS(sb::AccountSettings)

public:
    explicit AccountSettings(QSettings *settings);

    bool hasAccount() const;
    // nullopt with `problem` (translated) when nothing is saved or what is saved is unusable
    // (e.g. edited by hand).
    std::optional<AccountConfig> load(QString *problem = nullptr) const;
    void save(const AccountConfig &config);
    void forget();

    // A Graph API address for accounts connected from now on (tests and the standalone
    // sandbox: developer/graphBaseUrl). Empty: Meta's.
    QUrl graphBaseUrlOverride() const;

private:
    QSettings *m_settings;
};

} // namespace sb
