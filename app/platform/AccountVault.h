#pragma once

#include "AccountFields.h"
#include "SecretStore.h"

#include <QObject>

#include <functional>
#include <optional>
#include <variant>

namespace sb {

class AccountSettings;

// A connected account as a whole: the non-secret part in AccountSettings, the secrets in the
// SecretStore under the account's key. Saving stores the secrets first and the settings only
// when every secret is in the keychain, so a failed keychain never leaves half an account.
class AccountVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountVault)

public:
    using Done = std::function<void(const std::optional<QString> &problem)>;

    // Both are borrowed and must outlive the vault.
    AccountVault(AccountSettings &settings, SecretStore &secrets, QObject *parent = nullptr);

    // Refuses (with every field problem) an account that cannot work.
    void save(const AccountConfig &config, const AccountSecrets &secrets, const QObject *context,
              Done done);
    // The three secrets of `accountKey`; the first missing or unreadable one is the error.
    void loadSecrets(const QString &accountKey, const QObject *context,
                     std::function<void(const std::variant<AccountSecrets, SecretError> &)> done);
    // Removes the saved account's secrets and settings. The settings go even when the keychain
    // cannot be reached (the problem is reported), so the app no longer starts into it.
    void forget(const QObject *context, Done done);

    AccountSettings &settings() const { return m_settings; }
    SecretStore &secretStore() const { return m_secrets; }

private:
    AccountSettings &m_settings;
    SecretStore &m_secrets;
};

} // namespace sb
