#pragma once

// InboxService on the app's real paths: a sandbox on loopback with a frozen clock, the app's
// WebhookReceiver + StoreWebhookSink storing into the test database, the engine (outbox,
// dispatcher, Graph client) from EngineRig, and the service fed by the sink's committed batches
// and the outbox's changes, as the composition root wires it.

#include "EngineTestSupport.h"
#include "InboxService.h"
#include "StoreWebhookSink.h"
#include "WebhookReceiver.h"

#include <QTemporaryDir>

namespace sbtest {

struct InboxServiceRig
{
    InboxServiceRig(sb::Sandbox &box, sb::Database &db)
        : engine(box, db)
        , sink(db)
        , service(db, engine.outbox, box.clock(), engine.client.get())
    {
        sb::WebhookReceiverConfig config;
        config.appSecret = kSecret.toUtf8();
        config.verifyToken = QStringLiteral("verify");
        receiver = std::make_unique<sb::WebhookReceiver>(config, &sink);
        const quint16 port = receiver->listen();
        box.addWebhook(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port)));
        service.setMediaCacheDir(cache.filePath(QStringLiteral("media")));
        QObject::connect(&sink, &sb::StoreWebhookSink::ingested, &service,
                         &sb::InboxService::noteIngested);
        const auto changed = [this](const QString &, const QString &localId) {
            service.noteOutboxChanged(localId);
        };
        QObject::connect(&engine.outbox, &sb::Outbox::enqueued, &service, changed);
        QObject::connect(engine.dispatcher.get(), &sb::Dispatcher::sent, &service,
                         [this](const QString &localId, const QString &) {
                             service.noteOutboxChanged(localId);
                         });
        QObject::connect(engine.dispatcher.get(), &sb::Dispatcher::failed, &service,
                         [this](const QString &localId, const sb::ErrorInfo &) {
                             service.noteOutboxChanged(localId);
                         });
        engine.dispatcher->start();
    }

    // Plays a customer text and waits until its batch is committed. Returns the wamid.
    QString customerWrites(const QString &waId, const QString &name, const QString &text,
                           const QString &phoneNumberId = {})
    {
        return customerSends(waId, name,
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                         {QStringLiteral("text"), text}},
                             phoneNumberId);
    }

    QString customerSends(const QString &waId, const QString &name, const QJsonObject &request,
                          const QString &phoneNumberId = {})
    {
        const qint64 before = sink.acceptedCount();
        QString problem;
        const QString wamid =
            engine.sandbox.playInbound(waId, name, request, &problem, phoneNumberId);
        if (wamid.isEmpty()) {
            qWarning() << "playInbound:" << problem;
            return {};
        }
        if (!QTest::qWaitFor([&] { return sink.acceptedCount() > before; }, kWaitMs))
            return {};
        return wamid;
    }

    // The conversation of a customer on the primary number (0 when there is none).
    qint64 conversationOf(const QString &waId, const QString &phoneNumberId = {})
    {
        const QString number =
            phoneNumberId.isEmpty() ? engine.sandbox.config().phoneNumberId : phoneNumberId;
        for (const sb::InboxConversation &c : service.conversations()) {
            if (c.record.contactWaId == waId && c.record.phoneNumberId == number)
                return c.id();
        }
        return 0;
    }

    EngineRig engine;
    sb::StoreWebhookSink sink;
    std::unique_ptr<sb::WebhookReceiver> receiver;
    sb::InboxService service;
    QTemporaryDir cache;
};

} // namespace sbtest
