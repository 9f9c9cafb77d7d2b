#pragma once

#include "Clock.h"
#include "GraphResponses.h"
#include "Ingestor.h"
#include "MessagingTier.h"

#include <QDir>
#include <QObject>
#include <QStandardPaths>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace sb {

class AlertRepository;
class Database;
class DispatcherSet;
class GraphClient;
struct GraphClientConfig;
class Outbox;
class StoreWebhookSink;
class TokenProvider;
class WebhookReceiver;
struct WebhookReceiverConfig;

// What the inbox runs on, whichever mode started it: the built-in sandbox or a connected
// account (solo). The wiring and the inbox service only see this, so both modes share every
// code path after start-up. The base owns what every mode runs (store, intake sink, receiver,
// Graph client, outbox, dispatchers); a mode's start() builds them through the protected steps.
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Opens the store, starts intake and dispatch, asks the Graph API for each number's fields.
    // False (with `error`) when something the inbox cannot run without fails.
    virtual bool start(QString *error) = 0;

    virtual bool isSandbox() const = 0;
    GraphClient *graph() const { return m_graph; }
    Database *database() const { return m_database.get(); }
    Outbox *outbox() const { return m_outbox; }
    WebhookReceiver *receiver() const { return m_receiver; }
    const Clock &clock() const { return m_clock; }
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

protected:
    // The start() steps, in this order. openStore: the database and the intake sink (false with
    // the store's own message). listenForWebhooks: the app's receiver (false with the socket's
    // message). startDispatch: Graph client, outbox and one dispatcher per phoneNumberIds().
    // loadPhoneNumbers: each number's fields; the messaging tier follows what the API reports.
    bool openStore(const QString &path, QString *error);
    bool listenForWebhooks(const WebhookReceiverConfig &config, QString *error);
    void startDispatch(const TokenProvider &tokens, const GraphClientConfig &graphConfig,
                       MessagingTier tier);
    void loadPhoneNumbers();
    // Stops intake and dispatch before a mode's own parts (its token provider, its sandbox)
    // go; a mode's destructor calls it first. Idempotent.
    void stopEngine();
    DispatcherSet *dispatchers() const { return m_dispatchers; }

private:
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<StoreWebhookSink> m_sink;
    std::unique_ptr<AlertRepository> m_alerts;
    WebhookReceiver *m_receiver = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    GraphClient *m_graph = nullptr;
    Outbox *m_outbox = nullptr;
    DispatcherSet *m_dispatchers = nullptr;
};

} // namespace sb
