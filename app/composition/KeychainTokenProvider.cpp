#include "KeychainTokenProvider.h"

namespace sb {

KeychainTokenProvider::KeychainTokenProvider(SecretStore &secrets, QString accountKey,
                                             QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_accountKey(std::move(accountKey))
{
    connect(&m_secrets, &SecretStore::changed, this, [this](const QString &key, SecretKind kind) {
        if (key != m_accountKey || kind != SecretKind::AccessToken || !m_loaded)
            return;
        load([this](const std::optional<SecretError> &error) {
            if (error)
                Q_EMIT reloadFailed(*error);
            else
                Q_EMIT tokenChanged();
        });
    });
}

void KeychainTokenProvider::load(std::function<void(const std::optional<SecretError> &)> done)
{
    m_secrets.read(m_accountKey, SecretKind::AccessToken, this,
                   [this, done = std::move(done)](const SecretOutcome<QString> &outcome) {
                       if (const auto *error = std::get_if<SecretError>(&outcome)) {
                           done(*error);
                           return;
                       }
                       m_token = std::get<QString>(outcome);
                       m_loaded = true;
                       done(std::nullopt);
                   });
}

} // namespace sb
