#include "ContactRepository.h"

#include "ConversationRepository.h"
#include "Database.h"
#include "E164.h"
#include "Logging.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <algorithm>
#include <array>
#include <utility>

namespace sb {

namespace {

const QString Columns = QStringLiteral(
    "id, contact_key, parent_user_id, user_id, wa_id, phone, username, profile_name, "
    "identity_key_hash, opt_in_source, opt_in_at, opt_out_at, opt_out_method, opt_out_detail, "
    "marketing_preference, marketing_preference_at, created_at, updated_at");

// Fills the empty fields of `into` from `from`; returns whether anything changed.
bool fillIdentity(ContactIdentity &into, const ContactIdentity &from)
{
    bool changed = false;
    const auto fill = [&changed](QString &field, const QString &value) {
        if (field.isEmpty() && !value.isEmpty()) {
            field = value;
            changed = true;
        }
    };
    fill(into.parentUserId, from.parentUserId);
    fill(into.userId, from.userId);
    fill(into.waId, from.waId);
    fill(into.phone, from.phone);
    return changed;
}

// Newer non-empty values win: a profile name is whatever the customer calls themselves now.
bool applyProfile(ContactProfile &into, const ContactProfile &from)
{
    bool changed = false;
    const auto take = [&changed](QString &field, const QString &value) {
        if (!value.isEmpty() && field != value) {
            field = value;
            changed = true;
        }
    };
    take(into.profileName, from.profileName.trimmed());
    take(into.username, from.username.trimmed());
    take(into.identityKeyHash, from.identityKeyHash.trimmed());
    return changed;
}

} // namespace

ContactIdentity ContactRepository::normalized(const ContactIdentity &identity)
{
    ContactIdentity n;
    n.parentUserId = identity.parentUserId.trimmed();
    n.userId = identity.userId.trimmed();
    n.waId = identity.waId.trimmed();
    if (n.waId.startsWith(u'+'))
        n.waId.remove(0, 1);
    if (!identity.phone.trimmed().isEmpty()) {
        const E164Result phone = normalizeE164(identity.phone);
        n.phone = phone.ok() ? *phone.e164 : QString();
    }
    return n;
}

bool ContactRepository::isLater(const std::optional<QDateTime> &candidate,
                                const std::optional<QDateTime> &current)
{
    return candidate && (!current || *candidate > *current);
}

bool ContactRecord::isOptedOut() const
{
    return optOutAt && (!optInAt || *optOutAt > *optInAt);
}

bool ContactRecord::marketingStopped() const
{
    return marketingPreference == u"stop";
}

ContactRepository::ContactRepository(Database &db)
    : m_db(db)
{
}

ContactRecord ContactRepository::read(const SqlStatement &q)
{
    ContactRecord r;
    r.id = q.int64(0);
    r.key = q.text(1);
    r.identity = {q.text(2), q.text(3), q.text(4), q.text(5)};
    r.profile = {q.text(7), q.text(6), q.text(8)};
    r.optInSource = q.text(9);
    r.optInAt = q.time(10);
    r.optOutAt = q.time(11);
    r.optOutMethod = q.text(12);
    r.optOutDetail = q.text(13);
    r.marketingPreference = q.text(14);
    r.marketingPreferenceAt = q.time(15);
    r.createdAt = q.timeOrInvalid(16);
    r.updatedAt = q.timeOrInvalid(17);
    return r;
}

std::optional<ContactRecord> ContactRepository::find(qint64 id)
{
    SqlStatement q(
        m_db, QLatin1String("SELECT ") + Columns + QLatin1String(" FROM contacts WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<ContactRecord> ContactRepository::findMany(const QList<qint64> &ids)
{
    constexpr qsizetype chunkSize = 500; // bound values per statement
    QList<ContactRecord> rows;
    for (qsizetype from = 0; from < ids.size(); from += chunkSize) {
        const QList<qint64> chunk = ids.mid(from, chunkSize);
        QString marks = QStringLiteral("?");
        for (qsizetype i = 1; i < chunk.size(); ++i)
            marks += QLatin1String(",?");
        SqlStatement q(m_db,
                       QLatin1String("SELECT ") + Columns
                           + QLatin1String(" FROM contacts WHERE id IN (") + marks
                           + QLatin1Char(')'));
        for (qint64 id : chunk)
            q.bind(id);
        q.exec();
        while (q.next())
            rows.append(read(q));
    }
    return rows;
}

std::optional<ContactRecord> ContactRepository::findByKey(const QString &key)
{
    SqlStatement q(m_db,
                   QLatin1String("SELECT ") + Columns
                       + QLatin1String(" FROM contacts WHERE contact_key = ?"));
    q.bind(key).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<ContactRecord> ContactRepository::findByIdentity(const ContactIdentity &identity)
{
    const ContactIdentity n = normalized(identity);
    if (const auto exact = findByKey(contactKey(n)))
        return exact;
    QList<ContactRecord> found = candidates(n);
    found.removeIf([&n](const ContactRecord &r) { return !sameContact(r.identity, n); });
    if (found.isEmpty())
        return std::nullopt;
    return *std::max_element(
        found.cbegin(), found.cend(),
        [](const ContactRecord &a, const ContactRecord &b) { return a.updatedAt < b.updatedAt; });
}

QList<ContactRecord> ContactRepository::candidates(const ContactIdentity &n)
{
    // A superset: sameContact() decides. wa_id and phone match each other's shapes too.
    // Only the known facts become terms (an empty one matches nothing anyway): this runs for
    // every inbound message, and each OR term is one more index search.
    const QString phoneAsWaId = waIdFromE164(n.phone);
    const QString waIdAsPhone = n.waId.isEmpty() ? QString() : u'+' + n.waId;
    const std::array<std::pair<QLatin1String, const QString *>, 6> terms{{
        {QLatin1String("parent_user_id = ?"), &n.parentUserId},
        {QLatin1String("user_id = ?"), &n.userId},
        {QLatin1String("wa_id = ?"), &n.waId},
        {QLatin1String("wa_id = ?"), &phoneAsWaId},
        {QLatin1String("phone = ?"), &n.phone},
        {QLatin1String("phone = ?"), &waIdAsPhone},
    }};
    QString where;
    for (const auto &[term, value] : terms) {
        if (value->isEmpty())
            continue;
        if (!where.isEmpty())
            where += QLatin1String(" OR ");
        where += term;
    }
    if (where.isEmpty())
        return {};
    SqlStatement q(
        m_db, QLatin1String("SELECT ") + Columns + QLatin1String(" FROM contacts WHERE ") + where);
    for (const auto &[term, value] : terms) {
        if (!value->isEmpty())
            q.bind(*value);
    }
    q.exec();
    QList<ContactRecord> found;
    while (q.next())
        found.append(read(q));
    // Sorted here, not by ORDER BY: SQLite would build a temporary b-tree for it on every call.
    std::sort(found.begin(), found.end(),
              [](const ContactRecord &a, const ContactRecord &b) { return a.id < b.id; });
    return found;
}

ContactRepository::UpsertResult ContactRepository::upsert(const ContactIdentity &identity,
                                                          const ContactProfile &profile)
{
    const ContactIdentity incoming = normalized(identity);
    if (contactKey(incoming).isEmpty()) {
        throw StoreException({StoreErrorKind::InvalidArgument,
                              tr("A contact needs a business-scoped user id, a WhatsApp id or a "
                                 "valid phone number."),
                              {}});
    }
    QList<ContactRecord> found = candidates(incoming);
    found.removeIf(
        [&incoming](const ContactRecord &r) { return !sameContact(r.identity, incoming); });
    // The common case, once per inbound message: a known customer with nothing new.
    if (found.size() == 1 && found.first().key == contactKey(incoming)) {
        ContactRecord probe = found.first();
        const auto same = [](const QString &given, const QString &stored) {
            return given.isEmpty() || given == stored;
        };
        const bool identityKnown = same(incoming.parentUserId, probe.identity.parentUserId)
            && same(incoming.userId, probe.identity.userId)
            && same(incoming.waId, probe.identity.waId)
            && same(incoming.phone, probe.identity.phone);
        if (identityKnown && !applyProfile(probe.profile, profile))
            return UpsertResult{probe.id, false, false, {}};
    }
    Transaction tx(m_db);
    if (!found.isEmpty()) {
        // Re-read inside the transaction: another writer may have changed them meanwhile.
        found = candidates(incoming);
        found.removeIf(
            [&incoming](const ContactRecord &r) { return !sameContact(r.identity, incoming); });
    }

    UpsertResult result;
    if (found.isEmpty()) {
        ContactRecord record;
        record.identity = incoming;
        record.key = contactKey(incoming);
        applyProfile(record.profile, profile);
        const qint64 now = m_db.nowMs();
        SqlStatement insert(
            m_db,
            QStringLiteral("INSERT INTO contacts (contact_key, parent_user_id, user_id, "
                           "wa_id, phone, username, profile_name, identity_key_hash, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"));
        insert.bind(record.key)
            .bindText(incoming.parentUserId)
            .bindText(incoming.userId)
            .bindText(incoming.waId)
            .bindText(incoming.phone)
            .bindText(record.profile.username)
            .bindText(record.profile.profileName)
            .bindText(record.profile.identityKeyHash)
            .bind(now)
            .bind(now);
        result.id = insert.execScalar().value_or(0);
        result.created = result.changed = true;
        tx.commit();
        return result;
    }

    // The record whose key the identity names wins; else the most recently active one (a
    // recycled number belongs to its newest owner).
    const QString incomingKey = contactKey(incoming);
    auto winnerIt =
        std::find_if(found.begin(), found.end(),
                     [&incomingKey](const ContactRecord &r) { return r.key == incomingKey; });
    if (winnerIt == found.end()) {
        winnerIt = std::max_element(found.begin(), found.end(),
                                    [](const ContactRecord &a, const ContactRecord &b) {
                                        return a.updatedAt < b.updatedAt;
                                    });
    }
    ContactRecord winner = *winnerIt;
    const ContactRecord before = winner;

    // Newer identity facts first, then what the stored records knew.
    ContactIdentity merged = incoming;
    fillIdentity(merged, winner.identity);
    for (const ContactRecord &other : std::as_const(found)) {
        if (other.id == winner.id || !sameContact(other.identity, merged))
            continue;
        fillIdentity(merged, other.identity);
        mergeInto(winner, other);
        result.mergedIds.append(other.id);
    }
    winner.identity = merged;
    applyProfile(winner.profile, profile);

    const QString newKey = contactKey(merged);
    if (newKey != winner.key) {
        SqlStatement clash(
            m_db, QStringLiteral("SELECT id FROM contacts WHERE contact_key = ? AND id <> ?"));
        clash.bind(newKey).bind(winner.id);
        if (clash.execScalar()) {
            qCWarning(lcStore) << "Contact" << winner.id << "keeps key" << winner.key
                               << "because another contact holds" << newKey;
        } else {
            winner.key = newKey;
        }
    }

    result.id = winner.id;
    const bool changed = !result.mergedIds.isEmpty() || winner.key != before.key
        || winner.identity != before.identity
        || winner.profile.profileName != before.profile.profileName
        || winner.profile.username != before.profile.username
        || winner.profile.identityKeyHash != before.profile.identityKeyHash
        || winner.optInAt != before.optInAt || winner.optOutAt != before.optOutAt
        || winner.marketingPreferenceAt != before.marketingPreferenceAt;
    if (changed) {
        save(winner);
        result.changed = true;
    }
    tx.commit();
    return result;
}

void ContactRepository::mergeInto(ContactRecord &winner, const ContactRecord &loser)
{
    ConversationRepository conversations(m_db);
    conversations.moveContact(loser.id, winner.id);

    // Consent: the latest word on each side stands, so an opt-out on either record survives.
    if (isLater(loser.optInAt, winner.optInAt)) {
        winner.optInAt = loser.optInAt;
        winner.optInSource = loser.optInSource;
    }
    if (isLater(loser.optOutAt, winner.optOutAt)) {
        winner.optOutAt = loser.optOutAt;
        winner.optOutMethod = loser.optOutMethod;
        winner.optOutDetail = loser.optOutDetail;
    }
    if (isLater(loser.marketingPreferenceAt, winner.marketingPreferenceAt)) {
        winner.marketingPreferenceAt = loser.marketingPreferenceAt;
        winner.marketingPreference = loser.marketingPreference;
    }
    ContactProfile fromLoser = loser.profile;
    ContactProfile kept = winner.profile;
    winner.profile = fromLoser;
    applyProfile(winner.profile, kept);

    SqlStatement remove(m_db, QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    remove.bind(loser.id).exec();
    qCInfo(lcStore) << "Merged contact" << loser.id << "into" << winner.id;
}

void ContactRepository::save(const ContactRecord &r)
{
    SqlStatement q(
        m_db,
        QStringLiteral(
            "UPDATE contacts SET contact_key = ?, parent_user_id = ?, user_id = ?, wa_id = ?, "
            "phone = ?, username = ?, profile_name = ?, identity_key_hash = ?, "
            "opt_in_source = ?, opt_in_at = ?, opt_out_at = ?, opt_out_method = ?, "
            "opt_out_detail = ?, marketing_preference = ?, marketing_preference_at = ?, "
            "updated_at = ? WHERE id = ?"));
    q.bind(r.key)
        .bindText(r.identity.parentUserId)
        .bindText(r.identity.userId)
        .bindText(r.identity.waId)
        .bindText(r.identity.phone)
        .bindText(r.profile.username)
        .bindText(r.profile.profileName)
        .bindText(r.profile.identityKeyHash)
        .bindText(r.optInSource)
        .bindTime(r.optInAt)
        .bindTime(r.optOutAt)
        .bindText(r.optOutMethod)
        .bindText(r.optOutDetail)
        .bindText(r.marketingPreference)
        .bindTime(r.marketingPreferenceAt)
        .bind(m_db.nowMs())
        .bind(r.id)
        .exec();
}

} // namespace sb
