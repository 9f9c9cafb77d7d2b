#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

namespace sb {

enum class SecretKind {
    AccessToken,
    AppSecret,
    VerifyToken,
};

// Why the keychain could not do what was asked.
struct SecretError
{
    enum class Code {
        NotFound, // nothing is stored under this account and kind
        Unavailable, // no keychain service reachable (e.g. no Secret Service on the session bus)
        AccessDenied, // the user refused, or the keychain is locked and stayed locked
        Failed, // anything else the keychain reported
    };
    Code code = Code::Failed;
    QString message; // translated: what happened and what to do about it
    QString detail; // the keychain's own words, for the log (never contains the secret)
};

template<typename T>
using SecretOutcome = std::variant<T, SecretError>;

// The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows)
// through QtKeychain. Secrets are stored per account key and kind; nothing ever falls back to a
// plain file: without a keychain every call fails with Code::Unavailable and says how to get one.
//
// Every call returns at once and later calls `done` once on this object's thread; when `context`
// is destroyed first the callback is skipped.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    // `service` names this app's entries in the keychain; tests pass their own.
    explicit SecretStore(QString service = defaultService(), QObject *parent = nullptr);
    ~SecretStore() override;

    static QString defaultService();
    QString service() const { return m_service; }

    void read(const QString &accountKey, SecretKind kind, const QObject *context,
              std::function<void(const SecretOutcome<QString> &)> done);
    void write(const QString &accountKey, SecretKind kind, const QString &value,
               const QObject *context,
               std::function<void(const std::optional<SecretError> &)> done);
    // Removing an entry that is not there succeeds.
    void remove(const QString &accountKey, SecretKind kind, const QObject *context,
                std::function<void(const std::optional<SecretError> &)> done);

    // The keychain entry name, e.g. "102290129340398/access-token".
    static QString entryName(const QString &accountKey, SecretKind kind);
    static QString kindName(SecretKind kind); // translated, for messages

Q_SIGNALS:
    // A write or remove succeeded (so cached copies, e.g. a token provider's, can reload).
    void changed(const QString &accountKey, sb::SecretKind kind);

private:
    QString m_service;
};

} // namespace sb
