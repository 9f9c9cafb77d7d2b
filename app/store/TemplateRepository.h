#pragma once

#include "Template.h"
#include "WebhookEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

class Database;
class SqlStatement;

struct TemplateRecord
{
    qint64 rowId = 0;
    QString wabaId;
    // Status, category and quality come from the columns webhooks keep current.
    TemplateDefinition definition;
    QString statusReason; // e.g. INCORRECT_CATEGORY, FIRST_PAUSE
    QString statusDetail; // rejection recommendation, pause description
    std::optional<QDateTime> statusAt;
    std::optional<QDateTime> qualityAt;
    std::optional<QDateTime> categoryAt;
    QString previousCategory;
    QString pendingCategory; // announced by template_category_update, not yet in force
    std::optional<QDateTime> pendingCategoryAt;
    QDateTime updatedAt;
};

struct TemplateChange
{
    qint64 rowId = 0; // 0: the reference named no template (no id, no name)
    bool changed = false;
    bool stale = false; // older than what is stored: ignored
    bool created = false; // the cache had not seen this template: a stub row was added
    QString previous; // the value before (wire spelling)
};

// The template cache: definitions from the template sync, kept current by template webhooks.
// Webhooks find a template by its id, else by name + language in the WABA; a template the
// cache has not seen yet gets a stub row until the next sync fills in its definition. Each
// webhook-driven column keeps the time of its last change, so late webhooks never undo newer
// ones.
class TemplateRepository
{
public:
    explicit TemplateRepository(Database &db);

    // From a sync (GET /{WABA}/message_templates): stores the whole definition.
    qint64 upsert(const QString &wabaId, const TemplateDefinition &definition,
                  const QDateTime &at = {});
    bool remove(qint64 rowId);
    std::optional<TemplateRecord> find(qint64 rowId);
    std::optional<TemplateRecord> findByTemplateId(const QString &templateId);
    std::optional<TemplateRecord> find(const QString &wabaId, const QString &name,
                                       const QString &language);
    // Empty wabaId: every WABA. Ordered by name, language.
    QList<TemplateRecord> list(const QString &wabaId = {},
                               std::optional<TemplateStatus> status = {});

    TemplateChange updateStatus(const QString &wabaId, const TemplateRef &ref,
                                TemplateStatus status, const QString &reason, const QString &detail,
                                const QDateTime &at);
    TemplateChange updateQuality(const QString &wabaId, const TemplateRef &ref,
                                 TemplateQuality quality, const QDateTime &at);
    // A completed category change.
    TemplateChange updateCategory(const QString &wabaId, const TemplateRef &ref,
                                  TemplateCategory category, const QDateTime &at);
    // An announced one (in force from `effectiveAt`).
    TemplateChange announceCategory(const QString &wabaId, const TemplateRef &ref,
                                    TemplateCategory pending, const QDateTime &effectiveAt);
    // message_template_components_update: the approved text changed.
    TemplateChange updateComponents(const QString &wabaId, const TemplateRef &ref,
                                    const QString &body, const QString &headerText,
                                    const QString &footer, const QList<TemplateButtonDef> &buttons);

private:
    // The row `ref` names, with a stub created when unknown; nullopt without id and name.
    // resolve() + row lock + a fresh read; sets change.rowId.
    std::optional<TemplateRecord> lockedForUpdate(const QString &wabaId, const TemplateRef &ref,
                                                  TemplateChange &change);
    std::optional<TemplateRecord> resolve(const QString &wabaId, const TemplateRef &ref,
                                          bool *created);
    void saveDefinition(qint64 rowId, const TemplateDefinition &definition);
    static TemplateRecord read(const SqlStatement &q);
    std::optional<TemplateRecord> findWhere(const QString &where, const QList<QVariant> &values);

    Database &m_db;
};

} // namespace sb
