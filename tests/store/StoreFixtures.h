#pragma once

#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "IngestEvents.h"
#include "MessageRepository.h"
#include "StoreTestSupport.h"

// Rows the ingest tests start from: a customer, their conversation, an outbound message.
namespace fixtures {

using namespace sb;
using namespace std::chrono_literals;
using storetest::T0;

inline const QString Customer = QStringLiteral("16505551234");

inline QDateTime at(std::chrono::milliseconds offset)
{
    return T0.addMSecs(offset.count());
}

inline ContactRecord contactOf(Database &db, const QString &waId)
{
    return ContactRepository(db)
        .findByIdentity(ContactIdentity{{}, {}, waId, {}})
        .value_or(ContactRecord{});
}

inline ConversationRecord conversationOf(Database &db, const QString &waId)
{
    const ContactRecord contact = contactOf(db, waId);
    return ConversationRepository(db)
        .find(contact.id, events::PhoneNumberId)
        .value_or(ConversationRecord{});
}

// An outbound message row as the engine stores it before sending.
inline qint64 outbound(Database &db, const QString &localId, const QString &wamid = {})
{
    ContactRepository contacts(db);
    const qint64 contact = contacts.upsert(ContactIdentity{{}, {}, Customer, {}}).id;
    const qint64 conversation = ConversationRepository(db).ensure(contact, events::PhoneNumberId);
    NewMessage m;
    m.conversationId = conversation;
    m.direction = Direction::Outbound;
    m.kind = QStringLiteral("text");
    m.localId = localId;
    m.platformId = wamid;
    m.contentJson = QStringLiteral("{\"type\":\"text\"}");
    m.bodyText = QStringLiteral("Your order shipped");
    m.initialState = DeliveryState::Queued;
    m.createdAt = T0;
    return MessageRepository(db).insert(m).value_or(0);
}

} // namespace fixtures
