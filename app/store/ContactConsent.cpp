#include "ContactRepository.h"
#include "Database.h"
#include "Logging.h"
#include "SqlStatement.h"
#include "Transaction.h"

// ContactRepository: consent and identity changes of one known contact.
namespace sb {

bool ContactRepository::recordOptIn(qint64 id, const QString &source, const QDateTime &at)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("contacts"), id);
    std::optional<ContactRecord> r = find(id);
    if (!r || !at.isValid() || !isLater(at, r->optInAt))
        return false;
    r->optInAt = at;
    r->optInSource = source;
    save(*r);
    tx.commit();
    return true;
}

bool ContactRepository::recordOptOut(qint64 id, const QString &method, const QString &detail,
                                     const QDateTime &at)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("contacts"), id);
    std::optional<ContactRecord> r = find(id);
    if (!r || !at.isValid() || !isLater(at, r->optOutAt))
        return false;
    r->optOutAt = at;
    r->optOutMethod = method;
    r->optOutDetail = detail;
    save(*r);
    tx.commit();
    return true;
}

bool ContactRepository::setMarketingPreference(qint64 id, const QString &value, const QDateTime &at)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("contacts"), id);
    std::optional<ContactRecord> r = find(id);
    if (!r || !at.isValid() || !isLater(at, r->marketingPreferenceAt))
        return false;
    r->marketingPreference = value.trimmed().toLower();
    r->marketingPreferenceAt = at;
    save(*r);
    tx.commit();
    return true;
}

bool ContactRepository::changeWaId(qint64 id, const QString &newWaId)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("contacts"), id);
    std::optional<ContactRecord> r = find(id);
    const ContactIdentity wanted = normalized(ContactIdentity{{}, {}, newWaId, {}});
    if (!r || wanted.waId.isEmpty() || r->identity.waId == wanted.waId)
        return false;
    SqlStatement owner(m_db, QStringLiteral("SELECT id FROM contacts WHERE wa_id = ? AND id <> ?"));
    owner.bind(wanted.waId).bind(id);
    if (owner.execScalar()) {
        qCWarning(lcStore) << "Contact" << id
                           << "changed number, but another contact already has it";
        return false;
    }
    r->identity.waId = wanted.waId;
    r->identity.phone.clear(); // the old phone number is no longer theirs
    const QString key = contactKey(r->identity);
    SqlStatement clash(m_db,
                       QStringLiteral("SELECT id FROM contacts WHERE contact_key = ? AND id <> ?"));
    clash.bind(key).bind(id);
    if (!clash.execScalar())
        r->key = key;
    save(*r);
    tx.commit();
    return true;
}

} // namespace sb
