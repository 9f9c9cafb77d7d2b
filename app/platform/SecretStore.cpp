#include "SecretStore.h"

#include "Logging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace sb {

namespace {

QString kindKey(SecretKind kind)
{
    switch (kind) {
    case SecretKind::AccessToken:
        return QStringLiteral("access-token");
    case SecretKind::AppSecret:
        return QStringLiteral("app-secret");
    case SecretKind::VerifyToken:
        return QStringLiteral("verify-token");
    }
    return QStringLiteral("unknown");
}

// QtKeychain reports a missing Secret Service as OtherError with libsecret's or D-Bus's words;
// those are what a user without gnome-keyring/KWallet running sees, so they get the install hint.
bool soundsUnavailable(const QString &detail)
{
    static const char *const markers[] = {
        "org.freedesktop.secrets",
        "secret service",
        "secretservice",
        "dbus",
        "d-bus",
        "autolaunch",
        "no such interface",
        "was not provided",
        "serviceunknown",
        "kwallet",
        "cannot connect",
        "could not connect",
        "no backend",
    };
    const QString lower = detail.toLower();
    for (const char *marker : markers) {
        if (lower.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

SecretError errorOf(const QKeychain::Job &job, SecretKind kind)
{
    SecretError error;
    error.detail = job.errorString();
    const QString what = SecretStore::kindName(kind);
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        error.code = SecretError::Code::NotFound;
        error.message = SecretStore::tr("No %1 is saved in the system keychain for this account. "
                                        "Connect the number again to save it.")
                            .arg(what);
        return error;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        error.code = SecretError::Code::AccessDenied;
        error.message = SecretStore::tr("The system keychain refused access to the %1. Unlock "
                                        "the keychain (or allow Switchboard) and try again.")
                            .arg(what);
        return error;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        if (!soundsUnavailable(error.detail)) {
            error.code = SecretError::Code::Failed;
            error.message = SecretStore::tr("The system keychain could not handle the %1: %2")
                                .arg(what, error.detail);
            return error;
        }
        break;
    }
    error.code = SecretError::Code::Unavailable;
    error.message =
        SecretStore::tr(
            "No system keychain is reachable, so the %1 cannot be stored safely. Switchboard keeps "
            "secrets only in the keychain, never in a file. On Linux, start a Secret Service "
            "(GNOME "
            "Keyring or KWallet; e.g. install gnome-keyring and log in again) and try again.")
            .arg(what);
    return error;
}

template<typename Job>
Job *makeJob(const QString &service, const QString &entry)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    // The whole point of this class: a missing keychain is an error, never a plain-text file.
    job->setInsecureFallback(false);
    job->setKey(entry);
    return job;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::defaultService()
{
    return QStringLiteral("io.switchboard.Switchboard");
}

QString SecretStore::entryName(const QString &accountKey, SecretKind kind)
{
    return accountKey + u'/' + kindKey(kind);
}

QString SecretStore::kindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::AccessToken:
        return tr("access token");
    case SecretKind::AppSecret:
        return tr("App Secret");
    case SecretKind::VerifyToken:
        return tr("webhook verify token");
    }
    return QString();
}

void SecretStore::read(const QString &accountKey, SecretKind kind, const QObject *context,
                       std::function<void(const SecretOutcome<QString> &)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, entryName(accountKey, kind));
    QPointer<const QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [job, kind, guard, hadContext, done = std::move(done)] {
                if (hadContext && !guard)
                    return;
                if (job->error() == QKeychain::NoError) {
                    done(job->textData());
                    return;
                }
                const SecretError error = errorOf(*job, kind);
                if (error.code != SecretError::Code::NotFound)
                    qCWarning(lcPlatform) << "keychain read failed:" << error.detail;
                done(error);
            });
    job->start();
}

void SecretStore::write(const QString &accountKey, SecretKind kind, const QString &value,
                        const QObject *context,
                        std::function<void(const std::optional<SecretError> &)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, entryName(accountKey, kind));
    job->setTextData(value);
    QPointer<const QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [this, job, accountKey, kind, guard, hadContext, done = std::move(done)] {
                std::optional<SecretError> error;
                if (job->error() != QKeychain::NoError) {
                    error = errorOf(*job, kind);
                    qCWarning(lcPlatform) << "keychain write failed:" << error->detail;
                } else {
                    Q_EMIT changed(accountKey, kind);
                }
                if (!hadContext || guard)
                    done(error);
            });
    job->start();
}

void SecretStore::remove(const QString &accountKey, SecretKind kind, const QObject *context,
                         std::function<void(const std::optional<SecretError> &)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, entryName(accountKey, kind));
    QPointer<const QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [this, job, accountKey, kind, guard, hadContext, done = std::move(done)] {
                std::optional<SecretError> error;
                if (job->error() != QKeychain::NoError
                    && job->error() != QKeychain::EntryNotFound) {
                    error = errorOf(*job, kind);
                    qCWarning(lcPlatform) << "keychain delete failed:" << error->detail;
                } else {
                    Q_EMIT changed(accountKey, kind);
                }
                if (!hadContext || guard)
                    done(error);
            });
    job->start();
}

} // namespace sb
