#include "SandboxCustomers.h"

#include "SandboxInbound.h"
#include "SandboxPhrases.h"
#include "SandboxWorld.h"

namespace sb {

namespace {

using sandboxphrases::Kind;

QString pickFrom(const QStringList &list, quint32 pick)
{
    return list.isEmpty() ? QString() : list.at(qsizetype(pick % quint32(list.size())));
}

} // namespace

SandboxCustomers::SandboxCustomers(SandboxWorld &world, SandboxInbound &inbound)
    : m_world(world)
    , m_inbound(inbound)
{
}

std::optional<SandboxCustomers::Reply>
SandboxCustomers::replyTo(const SandboxSentMessage &sent, const SandboxCustomer &customer) const
{
    if (!m_world.config.customersReply || !customer.replies || customer.unreachable)
        return std::nullopt;
    const Message &message = sent.message;
    if (message.kind == MessageKind::Reaction)
        return std::nullopt;
    auto engine = sandboxEngine(m_world.config.seed, sent.serial, SandboxStream::CustomerReply);
    const double silent = sandboxUniform(engine);
    const double roll = sandboxUniform(engine);
    const quint32 pick = quint32(engine());
    const double spread = 0.5 + sandboxUniform(engine);
    if (silent < 0.1)
        return std::nullopt;

    Reply reply;
    reply.delay = std::chrono::milliseconds(
        qint64(double(m_world.config.customerReplyDelay.count()) * spread));
    const QString from = customer.waId;
    const QString context = sent.wamid;
    SandboxInbound &inbound = m_inbound;

    if (const auto *interactive = message.as<InteractiveContent>()) {
        if (interactive->kind == InteractiveKind::Button && !interactive->buttons.isEmpty()) {
            const ReplyButton button =
                interactive->buttons.at(qsizetype(pick % quint32(interactive->buttons.size())));
            reply.build = [&inbound, from, context, button](const QDateTime &at) {
                return inbound.interactiveReply(from, at, false, button.id, button.title, {},
                                                context);
            };
            return reply;
        }
        if (interactive->kind == InteractiveKind::List) {
            QList<ListRow> rows;
            for (const ListSection &section : interactive->sections)
                rows += section.rows;
            if (!rows.isEmpty()) {
                const ListRow row = rows.at(qsizetype(pick % quint32(rows.size())));
                reply.build = [&inbound, from, context, row](const QDateTime &at) {
                    return inbound.interactiveReply(from, at, true, row.id, row.title,
                                                    row.description, context);
                };
                return reply;
            }
        }
    }
    if (message.kind == MessageKind::LocationRequest) {
        const auto place = sandboxphrases::placeFor(customer.language, pick);
        reply.build = [&inbound, from, context, place](const QDateTime &at) {
            return inbound.location(from, at, place.latitude, place.longitude,
                                    QString::fromUtf8(place.name), QString::fromUtf8(place.address),
                                    context);
        };
        return reply;
    }
    if (const auto *content = message.as<TemplateContent>(); content && roll < 0.6) {
        // Tap a quick reply of the template: the payload the business set, or the label.
        const TemplateDefinition *definition =
            m_world.templates.find(content->name, content->languageCode);
        QList<int> quickReplies;
        for (qsizetype i = 0; definition && i < definition->buttons.size(); ++i) {
            if (definition->buttons[i].type == TemplateButtonType::QuickReply)
                quickReplies.append(int(i));
        }
        if (!quickReplies.isEmpty()) {
            const int index = quickReplies.at(qsizetype(pick % quint32(quickReplies.size())));
            const QString label = definition->buttons[index].text;
            QString payload = label;
            for (const TemplateComponent &component : content->components) {
                if (component.kind == TemplateComponentKind::Button && component.index == index
                    && !component.parameters.isEmpty())
                    payload = component.parameters.first().text;
            }
            reply.build = [&inbound, from, context, payload, label](const QDateTime &at) {
                return inbound.buttonTap(from, at, payload, label, context);
            };
            return reply;
        }
    }
    Reply text = freeText(sent, customer, roll, pick);
    text.delay = reply.delay;
    return text;
}

SandboxCustomers::Reply SandboxCustomers::freeText(const SandboxSentMessage &sent,
                                                   const SandboxCustomer &customer, double roll,
                                                   quint32 pick) const
{
    Reply reply;
    const QString from = customer.waId;
    const QString language = customer.language;
    const QString phoneId = sent.phoneNumberId;
    SandboxInbound &inbound = m_inbound;
    if (roll < 0.70) {
        const QString body = pickFrom(sandboxphrases::phrases(language, Kind::Answer), pick);
        reply.build = [&inbound, from, body](const QDateTime &at) {
            return inbound.text(from, at, body);
        };
    } else if (roll < 0.80) {
        const QString caption = pickFrom(sandboxphrases::phrases(language, Kind::Caption), pick);
        reply.build = [&inbound, from, caption, phoneId](const QDateTime &at) {
            return inbound.media(from, at, QStringLiteral("image"), caption, false, phoneId);
        };
    } else if (roll < 0.87) {
        reply.build = [&inbound, from, phoneId](const QDateTime &at) {
            return inbound.media(from, at, QStringLiteral("audio"), {}, true, phoneId);
        };
    } else if (roll < 0.92) {
        reply.build = [&inbound, from, phoneId](const QDateTime &at) {
            return inbound.media(from, at, QStringLiteral("document"), {}, false, phoneId,
                                 QStringLiteral("receipt.pdf"));
        };
    } else if (roll < 0.96) {
        const auto place = sandboxphrases::placeFor(language, pick);
        reply.build = [&inbound, from, place](const QDateTime &at) {
            return inbound.location(from, at, place.latitude, place.longitude,
                                    QString::fromUtf8(place.name),
                                    QString::fromUtf8(place.address));
        };
    } else {
        reply.build = [&inbound, from](const QDateTime &at) {
            return inbound.contacts(from, at, QStringLiteral("Robin Gardener"),
                                    QStringLiteral("+4915771234567"));
        };
    }
    return reply;
}

} // namespace sb
