#pragma once

#include "SecretProvider.h"
#include "SecretStore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace sb {

// The Graph client's access token, read from the OS keychain. The client asks synchronously per
// request, so the token is held in memory after load(); when the keychain entry is rewritten
// (a new token saved from the connect dialog) it is read again and tokenChanged() follows.
class KeychainTokenProvider final
    : public QObject
    , public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainTokenProvider)

public:
    // `secrets` must outlive the provider.
    KeychainTokenProvider(SecretStore &secrets, QString accountKey, QObject *parent = nullptr);

    // Reads the token; `done` gets the keychain's error, or nullopt when the token is loaded.
    void load(std::function<void(const std::optional<SecretError> &)> done);
    bool isLoaded() const { return m_loaded; }
    QString accessToken() const override { return m_token; }

Q_SIGNALS:
    void tokenChanged();
    void reloadFailed(const sb::SecretError &error);

private:
    SecretStore &m_secrets;
    QString m_accountKey;
    QString m_token;
    bool m_loaded = false;
};

} // namespace sb
