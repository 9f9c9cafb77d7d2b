#include "SandboxScenario.h"

#include "SandboxInbound.h"
#include "SandboxPhrases.h"
#include "SandboxWorld.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sb {

namespace {

using sandboxphrases::Kind;

// What the last message of a customer's history is.
enum class Last {
    Text,
    Image,
    Voice,
    Document,
    Location,
    Contacts,
    ButtonTap,
    ButtonReply,
    ListReply,
    Order,
    Reaction,
    Unsupported,
    Sticker,
    FlowReply,
    AdReferral,
    System,
};

struct Person
{
    const char *name;
    const char *waId;
    const char *language;
    qint64 lastAgoSeconds; // -1: never wrote
    Last last;
    bool secondNumber = false;
    bool optedOut = false;
    bool unreachable = false;
};

constexpr qint64 kMin = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

const Person kPeople[] = {
    {"Jessica Miller", "16505550101", "en_US", 4 * kMin, Last::Text},
    {"Lukas Becker", "4915155501234", "de", 12 * kMin, Last::Image},
    {"Mia Hoffmann", "4917655502345", "de", 40 * kMin, Last::ButtonReply},
    {"Priya Nair", "16505550102", "en_US", 1 * kHour, Last::AdReferral},
    {"Sofía García", "34655503456", "es", 2 * kHour, Last::Voice},
    {"Sophie Taylor", "447700900123", "en_US", 2 * kHour + 30 * kMin, Last::Image, true},
    {"João Silva", "5511955504567", "pt_BR", 5 * kHour, Last::Document},
    {"Giulia Bianchi", "393475505678", "it", 6 * kHour, Last::Unsupported},
    {"Lena Fischer", "4915255506789", "de", 7 * kHour, Last::FlowReply},
    {"Emma Dubois", "33655507890", "fr", 9 * kHour, Last::Location},
    {"Marco Rossi", "393405508901", "it", 15 * kHour, Last::Contacts},
    {"Diego Torres", "5215555509012", "es", 18 * kHour, Last::Text},
    {"Liam O'Brien", "353855510123", "en_US", 20 * kHour, Last::ButtonTap},
    {"Hannah Schmidt", "4916055511234", "de", 23 * kHour + 50 * kMin, Last::Text},
    {"Carlos Méndez", "34655512345", "es", 23 * kHour + 58 * kMin, Last::ListReply},
    {"Ana Souza", "5521955513456", "pt_BR", 24 * kHour + 5 * kMin, Last::Order},
    {"Noah Wilson", "16505550103", "en_US", 25 * kHour, Last::Reaction},
    {"Oliver Brown", "16505550104", "en_US", 2 * kDay, Last::Text, false, true},
    {"Chloé Martin", "33655514567", "fr", 3 * kDay, Last::Text},
    {"Felix Wagner", "4915755515678", "de", 9 * kDay, Last::Sticker},
    {"Mateus Costa", "5531955516789", "pt_BR", 30 * kDay, Last::System, false, false, true},
    {"Yuki Tanaka", "819055517890", "en_US", -1, Last::Text},
};

} // namespace

QList<SandboxHistoryItem> SandboxScenario::populateDemo(SandboxWorld &world,
                                                        SandboxInbound &inbound)
{
    const QDateTime now = world.clock.now();
    auto engine = sandboxEngine(world.config.seed, 0, SandboxStream::Scenario);
    QList<SandboxHistoryItem> history;
    // Earlier business messages the history refers to (quoted replies, reactions).
    auto businessMessage = [&world](const QString &waId) { return world.ids.wamid(waId); };

    for (const Person &person : kPeople) {
        SandboxCustomer &customer =
            world.ensureCustomer(QString::fromLatin1(person.waId), QString::fromUtf8(person.name));
        customer.language = QString::fromLatin1(person.language);
        customer.optedOutMarketing = person.optedOut;
        customer.unreachable = person.unreachable;
        if (person.lastAgoSeconds < 0)
            continue; // never wrote: only templates can reach them
        const QString phoneId = person.secondNumber && world.phones.size() > 1
            ? world.phones.at(1).id
            : world.phones.first().id;
        const QString from = customer.waId;
        const QDateTime last = now.addSecs(-person.lastAgoSeconds);
        const quint32 pick = quint32(engine());
        auto add = [&](const QJsonObject &message, const QDateTime &at, bool fep = false) {
            history.append({from, phoneId, message, at, fep});
        };
        // An opening line a few minutes before the last message.
        const QDateTime opening = last.addSecs(-qint64(6 + pick % 20) * kMin);
        if (person.last != Last::AdReferral)
            add(inbound.text(
                    from, opening,
                    sandboxphrases::phrases(customer.language, Kind::Opening).at(pick % 4)),
                opening);

        const auto place = sandboxphrases::placeFor(customer.language, pick);
        const QString caption =
            sandboxphrases::phrases(customer.language, Kind::Caption).at(pick % 2);
        switch (person.last) {
        case Last::Text:
            add(inbound.text(from, last,
                             sandboxphrases::phrases(customer.language, Kind::Answer).at(pick % 6)),
                last);
            break;
        case Last::Image:
            add(inbound.media(from, last, QStringLiteral("image"), caption, false, phoneId), last);
            break;
        case Last::Voice:
            add(inbound.media(from, last, QStringLiteral("audio"), {}, true, phoneId), last);
            break;
        case Last::Document:
            add(inbound.media(from, last, QStringLiteral("document"), {}, false, phoneId,
                              QStringLiteral("comprovante.pdf")),
                last);
            break;
        case Last::Location:
            add(inbound.location(from, last, place.latitude, place.longitude,
                                 QString::fromUtf8(place.name), QString::fromUtf8(place.address)),
                last);
            break;
        case Last::Contacts:
            add(inbound.contacts(from, last, QStringLiteral("Francesca Russo"),
                                 QStringLiteral("+393401112233")),
                last);
            break;
        case Last::ButtonTap:
            add(inbound.buttonTap(from, last, QStringLiteral("Talk to us"),
                                  QStringLiteral("Talk to us"), businessMessage(from)),
                last);
            break;
        case Last::ButtonReply:
            add(inbound.interactiveReply(from, last, false, QStringLiteral("change-button"),
                                         QStringLiteral("Verschieben"), {}, businessMessage(from)),
                last);
            break;
        case Last::ListReply:
            add(inbound.interactiveReply(from, last, true, QStringLiteral("priority_express"),
                                         QStringLiteral("Envío exprés"),
                                         QStringLiteral("Entrega al día siguiente"),
                                         businessMessage(from)),
                last);
            break;
        case Last::Order:
            add(inbound.order(from, last, QStringLiteral("194836987003835"),
                              QStringLiteral("Quero estas, por favor")),
                last);
            break;
        case Last::Reaction:
            add(inbound.reaction(from, last, businessMessage(from), QStringLiteral("👍")), last);
            break;
        case Last::Unsupported:
            add(inbound.unsupported(from, last, QStringLiteral("poll_creation")), last);
            break;
        case Last::Sticker:
            add(inbound.media(from, last, QStringLiteral("sticker"), {}, false, phoneId), last);
            break;
        case Last::FlowReply: {
            QJsonObject message = inbound.text(from, last, QString());
            message.insert(QStringLiteral("type"), QStringLiteral("interactive"));
            message.remove(QStringLiteral("text"));
            const QJsonObject response{{QStringLiteral("flow_token"), QStringLiteral("booking-17")},
                                       {QStringLiteral("date"), QStringLiteral("2026-05-04")},
                                       {QStringLiteral("slot"), QStringLiteral("10:00")}};
            message.insert(
                QStringLiteral("interactive"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("nfm_reply")},
                            {QStringLiteral("nfm_reply"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("flow")},
                                         {QStringLiteral("body"), QStringLiteral("Sent")},
                                         {QStringLiteral("response_json"),
                                          QString::fromUtf8(QJsonDocument(response).toJson(
                                              QJsonDocument::Compact))}}}});
            message.insert(
                QStringLiteral("context"),
                QJsonObject{{QStringLiteral("from"), world.primaryPhone().displayPhoneNumber},
                            {QStringLiteral("id"), businessMessage(from)}});
            add(message, last);
            break;
        }
        case Last::AdReferral: {
            QJsonObject message = inbound.text(
                from, last, sandboxphrases::phrases(customer.language, Kind::Opening).at(0));
            SandboxInbound::addReferral(message, QStringLiteral("Spring plant sale: 20% off"));
            customer.referralHeadline = QStringLiteral("Spring plant sale: 20% off");
            add(message, last, true);
            break;
        }
        case Last::System:
            // The customer moved to a new number; the old one no longer reaches anybody.
            add(inbound.systemChangedNumber(from, last, QStringLiteral("5531955599999")), last);
            break;
        }
    }
    std::stable_sort(history.begin(), history.end(),
                     [](const auto &a, const auto &b) { return a.at < b.at; });
    return history;
}

} // namespace sb
