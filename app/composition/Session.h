#pragma once

#include "GraphResponses.h"
#include "Ingestor.h"

#include <QDir>
#include <QObject>
#include <QStandardPaths>
#include <QStringList>

namespace sb {

class Clock;
class Database;
class GraphClient;
class Outbox;

// What the inbox runs on, whichever mode started it: the built-in sandbox or a connected
// account (solo). The wiring and the inbox service only see this, so both modes share every
// code path after start-up.
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    using QObject::QObject;
    ~Session() override = default;

    // Opens the store, starts intake and dispatch, asks the Graph API for each number's fields.
    // False (with `error`) when something the inbox cannot run without fails.
    virtual bool start(QString *error) = 0;

    virtual bool isSandbox() const = 0;
    virtual GraphClient *graph() const = 0;
    virtual Database *database() const = 0;
    virtual Outbox *outbox() const = 0;
    virtual const Clock &clock() const = 0;
    // Every connected phone number id; the first is where new conversations start.
    virtual QStringList phoneNumberIds() const = 0;
    QString phoneNumberId() const
    {
        const QStringList ids = phoneNumberIds();
        return ids.isEmpty() ? QString() : ids.first();
    }
    virtual QString wabaId() const = 0;
    // Where downloaded media is cached. Media ids are only unique within one account, so a
    // sandbox profile keeps its own; the default is the app's cache folder.
    virtual QString mediaCacheDir() const
    {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
            .filePath(QStringLiteral("media"));
    }

Q_SIGNALS:
    void phoneNumberLoaded(const sb::PhoneNumberInfo &info);
    void phoneNumberFailed(const QString &phoneNumberId, const QString &explanation);
    // A webhook batch was committed to the store: what changed.
    void ingested(const sb::IngestResult &result);
    // Something the agent sent changed state (queued, sent, failed, ...).
    void outboxChanged(const QString &localId);
};

} // namespace sb
