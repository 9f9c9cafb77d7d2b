#pragma once

#include "ContactKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

class Database;
class SqlStatement;

// What the platform tells about a customer besides identity (spec §5.3, §12). Empty fields
// leave stored values alone.
struct ContactProfile
{
    QString profileName;
    QString username;
    QString identityKeyHash;
};

struct ContactRecord
{
    qint64 id = 0;
    QString key; // contactKey(identity)
    ContactIdentity identity; // wa_id as digits, phone as E.164
    ContactProfile profile;
    QString optInSource;
    std::optional<QDateTime> optInAt;
    std::optional<QDateTime> optOutAt;
    QString optOutMethod; // keyword | agent | import | ...
    QString optOutDetail; // e.g. the keyword sent
    QString marketingPreference; // stop | resume, as user_preferences said
    std::optional<QDateTime> marketingPreferenceAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Opted out, and no opt-in recorded after it.
    bool isOptedOut() const;
    // The customer stopped marketing messages inside WhatsApp (sends would fail with 131050).
    bool marketingStopped() const;
};

// Customers. A customer may first appear by wa_id and later with a BSUID, or as two records
// (phone and username) that a later message proves to be one: upsert() merges them, moving
// their conversations, so the inbox never shows one person twice.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(sb::ContactRepository)

public:
    explicit ContactRepository(Database &db);

    struct UpsertResult
    {
        qint64 id = 0;
        bool created = false;
        bool changed = false; // created, merged or any stored field changed
        QList<qint64> mergedIds; // records folded into `id` (now deleted)
    };
    // Finds the contact `identity` belongs to (sb::sameContact), creating or merging as
    // needed, and fills in identity and profile fields it learns. Throws StoreException
    // (InvalidArgument) when the identity has no usable key.
    UpsertResult upsert(const ContactIdentity &identity, const ContactProfile &profile = {});

    std::optional<ContactRecord> find(qint64 id);
    // The records of `ids` (unknown ids left out), in no particular order.
    QList<ContactRecord> findMany(const QList<qint64> &ids);
    std::optional<ContactRecord> findByKey(const QString &key);
    std::optional<ContactRecord> findByIdentity(const ContactIdentity &identity);

    // Consent. Each keeps the latest time: a late, older event never overrides a newer one.
    bool recordOptIn(qint64 id, const QString &source, const QDateTime &at);
    bool recordOptOut(qint64 id, const QString &method, const QString &detail, const QDateTime &at);
    // user_preferences "stop" / "resume" for marketing_messages; applied only if newer.
    bool setMarketingPreference(qint64 id, const QString &value, const QDateTime &at);
    // system message user_changed_number: the customer's wa_id moved. False (and unchanged)
    // when another contact already owns the new wa_id.
    bool changeWaId(qint64 id, const QString &newWaId);

private:
    QList<ContactRecord> candidates(const ContactIdentity &identity);
    void save(const ContactRecord &record);
    void mergeInto(ContactRecord &winner, const ContactRecord &loser);
    static ContactRecord read(const SqlStatement &q);
    // Stored shapes: wa_id as bare digits, phone as E.164, BSUIDs trimmed.
    static ContactIdentity normalized(const ContactIdentity &identity);
    static bool isLater(const std::optional<QDateTime> &candidate,
                        const std::optional<QDateTime> &current);

    Database &m_db;
};

} // namespace sb
