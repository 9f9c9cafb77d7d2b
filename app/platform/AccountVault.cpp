#include "AccountVault.h"

#include "AccountSettings.h"

#include <QPointer>

#include <array>
#include <memory>
#include <utility>

namespace sb {

namespace {

constexpr std::array kKinds = {SecretKind::AccessToken, SecretKind::AppSecret,
                               SecretKind::VerifyToken};

QString &field(AccountSecrets &secrets, SecretKind kind)
{
    switch (kind) {
    case SecretKind::AccessToken:
        return secrets.accessToken;
    case SecretKind::AppSecret:
        return secrets.appSecret;
    case SecretKind::VerifyToken:
        break;
    }
    return secrets.verifyToken;
}

// Calls `done` unless a context was given and has gone since.
class Guard
{
public:
    explicit Guard(const QObject *context)
        : m_context(context)
        , m_hadContext(context != nullptr)
    {
    }
    bool alive() const { return !m_hadContext || m_context; }

private:
    QPointer<const QObject> m_context;
    bool m_hadContext;
};

} // namespace

AccountVault::AccountVault(AccountSettings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
}

void AccountVault::save(const AccountConfig &config, const AccountSecrets &secrets,
                        const QObject *context, Done done)
{
    const Guard guard(context);
    const QStringList problems = AccountFields::problems(config, secrets);
    if (!problems.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), problems] {
                if (guard.alive())
                    done(problems.join(u'\n'));
            },
            Qt::QueuedConnection);
        return;
    }
    AccountSecrets trimmed = secrets;
    for (const SecretKind kind : kKinds)
        field(trimmed, kind) = field(trimmed, kind).trimmed();
    // One write after the other; the settings are written after the last one succeeded. The
    // pending keychain callback holds the chain alive; the chain only refers to itself weakly.
    auto step = std::make_shared<std::function<void(std::size_t)>>();
    *step = [this, self = std::weak_ptr(step), config, trimmed, guard,
             done = std::move(done)](std::size_t index) {
        if (index == kKinds.size()) {
            m_settings.save(config);
            if (guard.alive())
                done(std::nullopt);
            return;
        }
        AccountSecrets values = trimmed;
        const SecretKind kind = kKinds.at(index);
        m_secrets.write(
            config.accountKey(), kind, field(values, kind), this,
            [next = self.lock(), index, guard, done](const std::optional<SecretError> &error) {
                if (!error)
                    (*next)(index + 1);
                else if (guard.alive())
                    done(error->message);
            });
    };
    (*step)(0);
}

void AccountVault::loadSecrets(
    const QString &accountKey, const QObject *context,
    std::function<void(const std::variant<AccountSecrets, SecretError> &)> done)
{
    const Guard guard(context);
    auto loaded = std::make_shared<AccountSecrets>();
    auto step = std::make_shared<std::function<void(std::size_t)>>();
    *step = [this, self = std::weak_ptr(step), loaded, accountKey, guard,
             done = std::move(done)](std::size_t index) {
        if (index == kKinds.size()) {
            if (guard.alive())
                done(*loaded);
            return;
        }
        const SecretKind kind = kKinds.at(index);
        m_secrets.read(accountKey, kind, this,
                       [next = self.lock(), loaded, index, kind, guard,
                        done](const SecretOutcome<QString> &out) {
                           if (const auto *error = std::get_if<SecretError>(&out)) {
                               if (guard.alive())
                                   done(*error);
                               return;
                           }
                           field(*loaded, kind) = std::get<QString>(out);
                           (*next)(index + 1);
                       });
    };
    (*step)(0);
}

void AccountVault::forget(const QObject *context, Done done)
{
    const Guard guard(context);
    const auto config = m_settings.load();
    const QString accountKey = config ? config->accountKey() : QString();
    m_settings.forget();
    if (accountKey.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done)] {
                if (guard.alive())
                    done(std::nullopt);
            },
            Qt::QueuedConnection);
        return;
    }
    auto firstError = std::make_shared<std::optional<QString>>();
    auto remaining = std::make_shared<std::size_t>(kKinds.size());
    for (const SecretKind kind : kKinds) {
        m_secrets.remove(accountKey, kind, this,
                         [firstError, remaining, guard, done](const std::optional<SecretError> &e) {
                             if (e && !*firstError)
                                 *firstError = e->message;
                             if (--*remaining == 0 && guard.alive())
                                 done(*firstError);
                         });
    }
}

} // namespace sb
