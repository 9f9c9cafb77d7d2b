#include "SandboxControlApi.h"

#include "Sandbox.h"
#include "SandboxWorld.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

namespace {

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QString> optionalString(const QJsonObject &body, const char *key)
{
    const QJsonValue value = body.value(QLatin1String(key));
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

std::optional<bool> optionalBool(const QJsonObject &body, const char *key)
{
    const QJsonValue value = body.value(QLatin1String(key));
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

QJsonObject phoneJson(const SandboxPhoneNumber &phone)
{
    return QJsonObject{{QStringLiteral("id"), phone.id},
                       {QStringLiteral("display_phone_number"), phone.displayPhoneNumber},
                       {QStringLiteral("verified_name"), phone.verifiedName},
                       {QStringLiteral("quality_rating"), phone.qualityRating},
                       {QStringLiteral("status"), phone.status},
                       {QStringLiteral("messaging_limit"), phone.messagingTier},
                       {QStringLiteral("throughput_level"), phone.throughputLevel},
                       {QStringLiteral("throughput_mps"), phone.throughputMps}};
}

QString windowPhaseName(WindowPhase phase)
{
    switch (phase) {
    case WindowPhase::Never:
        return QStringLiteral("never");
    case WindowPhase::Open:
        return QStringLiteral("open");
    case WindowPhase::ClosingSoon:
        return QStringLiteral("closing_soon");
    case WindowPhase::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

} // namespace

SandboxControlApi::SandboxControlApi(Sandbox &sandbox)
    : m_sandbox(sandbox)
{
}

SandboxResponse SandboxControlApi::problem(int status, const QString &message)
{
    return SandboxResponse::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

SandboxResponse SandboxControlApi::handle(const SandboxRequest &request)
{
    const QString what =
        request.path.mid(QStringLiteral("/_sandbox/").size()).section(QLatin1Char('/'), 0, 0);
    const bool get = request.method == "GET";
    QJsonObject body;
    if (!get) {
        if (request.method != "POST")
            return problem(405, tr("The control API takes GET and POST."));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (!request.body.trimmed().isEmpty() && !document.isObject())
            return problem(400,
                           tr("The body must be a JSON object (%1).").arg(error.errorString()));
        body = document.object();
    }
    if (what == QLatin1String("inbound") && !get)
        return inbound(body);
    if (what == QLatin1String("sent") && get)
        return sent(request);
    if (what == QLatin1String("phone"))
        return get ? phones() : phone(body);
    if (what == QLatin1String("faults"))
        return get ? faultsState() : faults(body);
    if (what == QLatin1String("clock"))
        return clock(get ? QJsonObject{} : body);
    if (what == QLatin1String("webhooks"))
        return get ? webhookList() : webhooks(body);
    if (what == QLatin1String("templates") && !get)
        return templates(body);
    if (what == QLatin1String("customers"))
        return get ? customerList() : customers(body);
    if (what.isEmpty() && get) {
        return SandboxResponse::json(
            200,
            QJsonObject{{QStringLiteral("endpoints"),
                         QJsonArray{QStringLiteral("POST /_sandbox/inbound"),
                                    QStringLiteral("GET /_sandbox/sent"),
                                    QStringLiteral("GET|POST /_sandbox/phone"),
                                    QStringLiteral("GET|POST /_sandbox/faults"),
                                    QStringLiteral("GET|POST /_sandbox/clock"),
                                    QStringLiteral("GET|POST /_sandbox/webhooks"),
                                    QStringLiteral("POST /_sandbox/templates"),
                                    QStringLiteral("GET|POST /_sandbox/customers")}}});
    }
    return problem(
        404,
        tr("No control endpoint %1 %2.").arg(QString::fromLatin1(request.method), request.path));
}

SandboxResponse SandboxControlApi::inbound(const QJsonObject &body)
{
    const QString from = body.value(u"from").toString(body.value(u"wa_id").toString());
    if (from.isEmpty())
        return problem(400, tr("Say who writes: \"from\" is the customer's wa_id."));
    QJsonObject message = body.value(u"message").toObject();
    if (message.isEmpty()) {
        message = body;
        for (const char *key : {"from", "wa_id", "name", "phone_number_id"})
            message.remove(QLatin1String(key));
    }
    QString why;
    const QString id = m_sandbox.playInbound(from, body.value(u"name").toString(), message, &why,
                                             body.value(u"phone_number_id").toString());
    if (id.isEmpty())
        return problem(400, why);
    return SandboxResponse::json(
        200, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("from"), from}});
}

SandboxResponse SandboxControlApi::sent(const SandboxRequest &request) const
{
    const QString to = request.query.queryItemValue(QStringLiteral("to"));
    QJsonArray data;
    for (const SandboxSentMessage &message : m_sandbox.world().sent) {
        if (!to.isEmpty() && message.waId != to && message.input != to)
            continue;
        QJsonArray statuses;
        for (const SandboxStatusEvent &event : message.statuses) {
            QJsonObject status{{QStringLiteral("status"), event.status},
                               {QStringLiteral("at"), iso(event.at)},
                               {QStringLiteral("timestamp"), event.at.toSecsSinceEpoch()}};
            if (event.error)
                status.insert(QStringLiteral("error"), event.error->webhookObject());
            statuses.append(status);
        }
        QJsonObject entry{
            {QStringLiteral("id"), message.wamid},
            {QStringLiteral("phone_number_id"), message.phoneNumberId},
            {QStringLiteral("to"), message.input},
            {QStringLiteral("wa_id"), message.waId},
            {QStringLiteral("type"), message.request.value(u"type").toString()},
            {QStringLiteral("category"), message.category},
            {QStringLiteral("pricing_type"), message.pricingType},
            {QStringLiteral("accepted_at"), iso(message.acceptedAt)},
            {QStringLiteral("status"),
             message.lastStatus().isEmpty() ? QStringLiteral("accepted") : message.lastStatus()},
            {QStringLiteral("statuses"), statuses},
            {QStringLiteral("request"), message.request},
        };
        if (!message.message.bizOpaqueCallbackData.isEmpty())
            entry.insert(QStringLiteral("biz_opaque_callback_data"),
                         message.message.bizOpaqueCallbackData);
        data.append(entry);
    }
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("data"), data}});
}

SandboxResponse SandboxControlApi::phone(const QJsonObject &body)
{
    SandboxPhoneUpdate update;
    update.phoneNumberId = body.value(u"phone_number_id").toString();
    update.qualityRating = optionalString(body, "quality_rating");
    update.messagingTier = optionalString(body, "messaging_limit");
    if (!update.messagingTier)
        update.messagingTier = optionalString(body, "tier");
    update.status = optionalString(body, "status");
    if (body.value(u"throughput").isDouble())
        update.throughputMps = body.value(u"throughput").toInt();
    else if (body.contains(QStringLiteral("throughput")))
        return problem(400, tr("\"throughput\" is a number of messages per second."));
    update.denyTierIncrease = body.value(u"deny_tier_increase").toBool();
    QString why;
    if (!m_sandbox.updatePhone(update, &why))
        return problem(400, why);
    return phones();
}

SandboxResponse SandboxControlApi::phones() const
{
    QJsonArray data;
    for (const SandboxPhoneNumber &phone : m_sandbox.world().phones)
        data.append(phoneJson(phone));
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("data"), data}});
}

SandboxResponse SandboxControlApi::faults(const QJsonObject &body)
{
    SandboxFaults &faults = m_sandbox.world().faults;
    if (body.value(u"reset").toBool()) {
        faults = SandboxFaults{};
        m_sandbox.setWebhookFault(SandboxWebhookFault::None);
    }
    const QJsonValue serverErrors = body.value(u"http_5xx");
    if (serverErrors.isDouble()) {
        faults.serverErrors = serverErrors.toInt();
    } else if (serverErrors.isObject()) {
        const QJsonObject spec = serverErrors.toObject();
        faults.serverErrors = spec.value(u"count").toInt(1);
        faults.serverErrorStatus = spec.value(u"status").toInt(500);
        faults.serverErrorCode = spec.value(u"code").toInt(131000);
        if (faults.serverErrorStatus < 500 || faults.serverErrorStatus > 599)
            return problem(400, tr("\"http_5xx.status\" must be between 500 and 599."));
    }
    if (body.contains(QStringLiteral("delay_ms"))) {
        faults.delayMs = std::max(0, body.value(u"delay_ms").toInt());
        faults.slowResponses = body.value(u"slow_count").toInt(-1);
    }
    if (body.contains(QStringLiteral("drop_responses"))) {
        faults.dropResponses = std::max(0, body.value(u"drop_responses").toInt());
        faults.dropTruncates = body.value(u"drop_mode").toString() == QLatin1String("truncate");
    }
    if (const auto mode = optionalString(body, "webhooks")) {
        if (*mode == QLatin1String("fail"))
            m_sandbox.setWebhookFault(SandboxWebhookFault::Fail);
        else if (*mode == QLatin1String("pause"))
            m_sandbox.setWebhookFault(SandboxWebhookFault::Pause);
        else if (*mode == QLatin1String("ok"))
            m_sandbox.setWebhookFault(SandboxWebhookFault::None);
        else
            return problem(400, tr("\"webhooks\" is one of ok, fail, pause."));
    }
    return faultsState();
}

SandboxResponse SandboxControlApi::faultsState() const
{
    const SandboxFaults &faults = m_sandbox.world().faults;
    QString webhooks = QStringLiteral("ok");
    if (m_sandbox.webhookFault() == SandboxWebhookFault::Fail)
        webhooks = QStringLiteral("fail");
    else if (m_sandbox.webhookFault() == SandboxWebhookFault::Pause)
        webhooks = QStringLiteral("pause");
    return SandboxResponse::json(
        200,
        QJsonObject{{QStringLiteral("http_5xx"),
                     QJsonObject{{QStringLiteral("count"), faults.serverErrors},
                                 {QStringLiteral("status"), faults.serverErrorStatus},
                                 {QStringLiteral("code"), faults.serverErrorCode}}},
                    {QStringLiteral("delay_ms"), faults.delayMs},
                    {QStringLiteral("slow_count"), faults.slowResponses},
                    {QStringLiteral("drop_responses"), faults.dropResponses},
                    {QStringLiteral("drop_mode"),
                     faults.dropTruncates ? QStringLiteral("truncate") : QStringLiteral("close")},
                    {QStringLiteral("webhooks"), webhooks}});
}

SandboxResponse SandboxControlApi::clock(const QJsonObject &body)
{
    qint64 advanceMs = 0;
    if (body.contains(QStringLiteral("advance_seconds")))
        advanceMs = qint64(body.value(u"advance_seconds").toDouble() * 1000.0);
    else if (body.contains(QStringLiteral("advance_ms")))
        advanceMs = qint64(body.value(u"advance_ms").toDouble());
    if (advanceMs < 0)
        return problem(400, tr("The clock only moves forward."));
    if (advanceMs > 0)
        m_sandbox.advanceClock(std::chrono::milliseconds(advanceMs));
    const QDateTime now = m_sandbox.now();
    return SandboxResponse::json(
        200,
        QJsonObject{{QStringLiteral("now"), iso(now)},
                    {QStringLiteral("unix"), now.toSecsSinceEpoch()},
                    {QStringLiteral("frozen"), m_sandbox.config().frozenClock}});
}

SandboxResponse SandboxControlApi::webhooks(const QJsonObject &body)
{
    const QUrl url(body.value(u"url").toString(), QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return problem(400, tr("\"url\" must be an http or https URL."));
    if (body.value(u"remove").toBool()) {
        if (!m_sandbox.removeWebhook(url))
            return problem(404, tr("%1 is not registered.").arg(url.toString()));
        return webhookList();
    }
    SandboxWebhookOptions options;
    for (const SandboxWebhookEndpointInfo &existing : m_sandbox.webhooks()) {
        if (existing.url == url)
            options = existing.options;
    }
    options.batchSize = std::clamp(body.value(u"batch_size").toInt(options.batchSize), 1, 1000);
    options.batchWindow = std::chrono::milliseconds(
        body.value(u"batch_window_ms").toInt(int(options.batchWindow.count())));
    options.duplicate = body.value(u"duplicate").toBool(options.duplicate);
    options.reorder = body.value(u"reorder").toBool(options.reorder);
    options.reorderWindow = std::chrono::milliseconds(
        body.value(u"reorder_window_ms").toInt(int(options.reorderWindow.count())));
    options.replayHistory = body.value(u"replay_history").toBool(options.replayHistory);
    m_sandbox.addWebhook(url, options);
    return webhookList();
}

SandboxResponse SandboxControlApi::webhookList() const
{
    QJsonArray data;
    for (const SandboxWebhookEndpointInfo &info : m_sandbox.webhooks()) {
        data.append(QJsonObject{{QStringLiteral("url"), info.url.toString()},
                                {QStringLiteral("batch_size"), info.options.batchSize},
                                {QStringLiteral("duplicate"), info.options.duplicate},
                                {QStringLiteral("reorder"), info.options.reorder},
                                {QStringLiteral("delivered"), info.delivered},
                                {QStringLiteral("failed_attempts"), info.failedAttempts},
                                {QStringLiteral("queued"), info.queued}});
    }
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("data"), data}});
}

SandboxResponse SandboxControlApi::templates(const QJsonObject &body)
{
    if (body.value(u"template").isObject()) {
        QString why;
        const auto definition =
            SandboxTemplates::fromGraphJson(body.value(u"template").toObject(), &why);
        if (!definition)
            return problem(400, why);
        m_sandbox.putTemplate(*definition);
        const TemplateDefinition *stored =
            m_sandbox.world().templates.find(definition->name, definition->language);
        return SandboxResponse::json(200, SandboxTemplates::toGraphJson(*stored));
    }
    const QString name = body.value(u"name").toString();
    const QString language = body.value(u"language").toString();
    const TemplateStatus status = templateStatusFromWire(body.value(u"status").toString());
    QString why;
    if (!m_sandbox.setTemplateStatus(name, language, status, body.value(u"reason").toString(),
                                     &why))
        return problem(400, why);
    return SandboxResponse::json(
        200, SandboxTemplates::toGraphJson(*m_sandbox.world().templates.find(name, language)));
}

SandboxResponse SandboxControlApi::customers(const QJsonObject &body)
{
    SandboxCustomerUpdate update;
    update.waId = body.value(u"wa_id").toString();
    update.name = optionalString(body, "name");
    update.language = optionalString(body, "language");
    update.optedOutMarketing = optionalBool(body, "opted_out_marketing");
    update.unreachable = optionalBool(body, "unreachable");
    update.replies = optionalBool(body, "replies");
    QString why;
    if (!m_sandbox.updateCustomer(update, &why))
        return problem(400, why);
    return customerList();
}

SandboxResponse SandboxControlApi::customerList() const
{
    const SandboxWorld &world = m_sandbox.world();
    QJsonArray data;
    for (const SandboxCustomer &customer : world.customers) {
        QJsonObject windows;
        for (const SandboxPhoneNumber &phone : world.phones) {
            const WindowState state = world.windowOf(customer, phone.id);
            QJsonObject window{
                {QStringLiteral("phase"), windowPhaseName(state.phase)},
                {QStringLiteral("remaining_seconds"), qint64(state.remaining.count() / 1000)},
                {QStringLiteral("free_entry_point"), state.freeEntryPointActive}};
            if (state.deadline.isValid())
                window.insert(QStringLiteral("closes_at"), iso(state.deadline));
            windows.insert(phone.id, window);
        }
        data.append(QJsonObject{{QStringLiteral("wa_id"), customer.waId},
                                {QStringLiteral("name"), customer.name},
                                {QStringLiteral("language"), customer.language},
                                {QStringLiteral("opted_out_marketing"), customer.optedOutMarketing},
                                {QStringLiteral("unreachable"), customer.unreachable},
                                {QStringLiteral("replies"), customer.replies},
                                {QStringLiteral("windows"), windows}});
    }
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("data"), data}});
}

} // namespace sb
