#include "TemplateRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "TemplateDefinitionJson.h"
#include "Transaction.h"

namespace sb {

namespace {

const QString Columns = QStringLiteral(
    "id, waba_id, template_id, name, language, category, status, quality, definition_json, "
    "status_reason, status_detail, status_at, quality_at, category_at, previous_category, "
    "pending_category, pending_category_at, updated_at");

// Unknown values have no wire name; the columns say UNKNOWN, which reads back as Unknown.
QString stored(const QString &wire)
{
    return wire.isEmpty() ? QStringLiteral("UNKNOWN") : wire;
}

bool isStale(const std::optional<QDateTime> &stored, const QDateTime &at)
{
    return stored && at.isValid() && *stored > at;
}

} // namespace

TemplateRepository::TemplateRepository(Database &db)
    : m_db(db)
{
}

TemplateRecord TemplateRepository::read(const SqlStatement &q)
{
    TemplateRecord r;
    r.rowId = q.int64(0);
    r.wabaId = q.text(1);
    r.definition = TemplateDefinitionJson::fromText(q.text(8));
    r.definition.id = q.text(2);
    r.definition.name = q.text(3);
    r.definition.language = q.text(4);
    r.definition.category = templateCategoryFromWire(q.text(5));
    r.definition.status = templateStatusFromWire(q.text(6));
    r.definition.quality = templateQualityFromWire(q.text(7));
    r.statusReason = q.text(9);
    r.statusDetail = q.text(10);
    r.statusAt = q.time(11);
    r.qualityAt = q.time(12);
    r.categoryAt = q.time(13);
    r.previousCategory = q.text(14);
    r.pendingCategory = q.text(15);
    r.pendingCategoryAt = q.time(16);
    r.updatedAt = q.timeOrInvalid(17);
    return r;
}

std::optional<TemplateRecord> TemplateRepository::findWhere(const QString &where,
                                                            const QList<QVariant> &values)
{
    SqlStatement q(m_db,
                   QLatin1String("SELECT ") + Columns + QLatin1String(" FROM templates WHERE ")
                       + where + QLatin1String(" ORDER BY id LIMIT 1"));
    for (const QVariant &v : values)
        q.bind(v);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<TemplateRecord> TemplateRepository::find(qint64 rowId)
{
    return findWhere(QStringLiteral("id = ?"), {rowId});
}

std::optional<TemplateRecord> TemplateRepository::findByTemplateId(const QString &templateId)
{
    if (templateId.trimmed().isEmpty())
        return std::nullopt;
    return findWhere(QStringLiteral("template_id = ?"), {templateId.trimmed()});
}

std::optional<TemplateRecord> TemplateRepository::find(const QString &wabaId, const QString &name,
                                                       const QString &language)
{
    return findWhere(QStringLiteral("waba_id = ? AND name = ? AND language = ?"),
                     {wabaId, name, language});
}

QList<TemplateRecord> TemplateRepository::list(const QString &wabaId,
                                               std::optional<TemplateStatus> status)
{
    QString sql = QLatin1String("SELECT ") + Columns + QLatin1String(" FROM templates WHERE 1 = 1");
    if (!wabaId.isEmpty())
        sql += QLatin1String(" AND waba_id = ?");
    if (status)
        sql += QLatin1String(" AND status = ?");
    sql += QLatin1String(" ORDER BY name, language, id");
    SqlStatement q(m_db, sql);
    if (!wabaId.isEmpty())
        q.bind(wabaId);
    if (status)
        q.bind(stored(templateStatusWireName(*status)));
    q.exec();
    QList<TemplateRecord> rows;
    while (q.next())
        rows.append(read(q));
    return rows;
}

qint64 TemplateRepository::upsert(const QString &wabaId, const TemplateDefinition &d,
                                  const QDateTime &at)
{
    const qint64 when = at.isValid() ? toMs(at) : m_db.nowMs();
    const qint64 now = m_db.nowMs();
    SqlStatement q(
        m_db,
        QStringLiteral("INSERT INTO templates (waba_id, template_id, name, language, "
                       "category, status, quality, definition_json, status_reason, "
                       "status_at, quality_at, category_at, created_at, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (waba_id, "
                       "name, language) DO UPDATE SET template_id = excluded.template_id, "
                       "category = excluded.category, status = excluded.status, quality = "
                       "excluded.quality, definition_json = excluded.definition_json, "
                       "status_reason = excluded.status_reason, status_at = "
                       "excluded.status_at, quality_at = excluded.quality_at, category_at = "
                       "excluded.category_at, updated_at = excluded.updated_at RETURNING id"));
    q.bind(wabaId)
        .bindText(d.id)
        .bind(d.name)
        .bind(d.language)
        .bind(stored(templateCategoryWireName(d.category)))
        .bind(stored(templateStatusWireName(d.status)))
        .bind(stored(templateQualityWireName(d.quality)))
        .bind(TemplateDefinitionJson::toText(d))
        .bindText(d.rejectionReason)
        .bind(when)
        .bind(when)
        .bind(when)
        .bind(now)
        .bind(now);
    return q.execScalar().value_or(0);
}

bool TemplateRepository::remove(qint64 rowId)
{
    SqlStatement q(m_db, QStringLiteral("DELETE FROM templates WHERE id = ?"));
    q.bind(rowId).exec();
    return q.rowsAffected() > 0;
}

std::optional<TemplateRecord> TemplateRepository::resolve(const QString &wabaId,
                                                          const TemplateRef &ref, bool *created)
{
    *created = false;
    if (auto byId = findByTemplateId(ref.id))
        return byId;
    if (ref.name.isEmpty())
        return std::nullopt;
    if (auto byName = find(wabaId, ref.name, ref.language)) {
        if (byName->definition.id.isEmpty() && !ref.id.isEmpty()) {
            SqlStatement q(m_db,
                           QStringLiteral("UPDATE templates SET template_id = ? WHERE id = ?"));
            q.bind(ref.id).bind(byName->rowId).exec();
            byName->definition.id = ref.id;
        }
        return byName;
    }
    TemplateDefinition stub;
    stub.id = ref.id;
    stub.name = ref.name;
    stub.language = ref.language;
    const qint64 now = m_db.nowMs();
    SqlStatement q(
        m_db,
        QStringLiteral("INSERT INTO templates (waba_id, template_id, name, language, "
                       "category, status, quality, definition_json, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(wabaId)
        .bindText(ref.id)
        .bind(ref.name)
        .bind(ref.language)
        .bind(stored(templateCategoryWireName(stub.category)))
        .bind(stored(templateStatusWireName(stub.status)))
        .bind(stored(templateQualityWireName(stub.quality)))
        .bind(TemplateDefinitionJson::toText(stub))
        .bind(now)
        .bind(now);
    const std::optional<qint64> id = q.execScalar();
    *created = true;
    return id ? find(*id) : std::nullopt;
}

std::optional<TemplateRecord> TemplateRepository::lockedForUpdate(const QString &wabaId,
                                                                  const TemplateRef &ref,
                                                                  TemplateChange &change)
{
    // Resolve (creating a stub when unknown), lock the row, then read it again under the lock so
    // concurrent webhooks for the same template serialise on fresh data.
    std::optional<TemplateRecord> row = resolve(wabaId, ref, &change.created);
    if (!row)
        return std::nullopt;
    m_db.lockRow(QStringLiteral("templates"), row->rowId);
    row = find(row->rowId);
    if (row)
        change.rowId = row->rowId;
    return row;
}

TemplateChange TemplateRepository::updateStatus(const QString &wabaId, const TemplateRef &ref,
                                                TemplateStatus status, const QString &reason,
                                                const QString &detail, const QDateTime &at)
{
    Transaction tx(m_db);
    TemplateChange change;
    const std::optional<TemplateRecord> row = lockedForUpdate(wabaId, ref, change);
    if (!row)
        return change;
    change.previous = templateStatusWireName(row->definition.status);
    if (isStale(row->statusAt, at)) {
        change.stale = true;
        tx.commit();
        return change;
    }
    change.changed = row->definition.status != status || row->statusReason != reason
        || row->statusDetail != detail;
    if (change.changed) {
        SqlStatement q(m_db,
                       QStringLiteral("UPDATE templates SET status = ?, status_reason = ?, "
                                      "status_detail = ?, status_at = ?, updated_at = ? "
                                      "WHERE id = ?"));
        q.bind(stored(templateStatusWireName(status)))
            .bindText(reason)
            .bindText(detail)
            .bindTime(at)
            .bind(m_db.nowMs())
            .bind(row->rowId)
            .exec();
    }
    tx.commit();
    return change;
}

TemplateChange TemplateRepository::updateQuality(const QString &wabaId, const TemplateRef &ref,
                                                 TemplateQuality quality, const QDateTime &at)
{
    Transaction tx(m_db);
    TemplateChange change;
    const std::optional<TemplateRecord> row = lockedForUpdate(wabaId, ref, change);
    if (!row)
        return change;
    change.previous = templateQualityWireName(row->definition.quality);
    if (isStale(row->qualityAt, at)) {
        change.stale = true;
        tx.commit();
        return change;
    }
    change.changed = row->definition.quality != quality;
    if (change.changed) {
        SqlStatement q(m_db,
                       QStringLiteral("UPDATE templates SET quality = ?, quality_at = ?, "
                                      "updated_at = ? WHERE id = ?"));
        q.bind(stored(templateQualityWireName(quality)))
            .bindTime(at)
            .bind(m_db.nowMs())
            .bind(row->rowId)
            .exec();
    }
    tx.commit();
    return change;
}

TemplateChange TemplateRepository::updateCategory(const QString &wabaId, const TemplateRef &ref,
                                                  TemplateCategory category, const QDateTime &at)
{
    Transaction tx(m_db);
    TemplateChange change;
    const std::optional<TemplateRecord> row = lockedForUpdate(wabaId, ref, change);
    if (!row)
        return change;
    change.previous = templateCategoryWireName(row->definition.category);
    if (isStale(row->categoryAt, at)) {
        change.stale = true;
        tx.commit();
        return change;
    }
    const bool clearsPending = !row->pendingCategory.isEmpty()
        && row->pendingCategory == templateCategoryWireName(category);
    change.changed = row->definition.category != category || clearsPending;
    if (change.changed) {
        SqlStatement q(
            m_db,
            QStringLiteral("UPDATE templates SET category = ?, previous_category = ?, "
                           "category_at = ?, pending_category = ?, pending_category_at = ?, "
                           "updated_at = ? WHERE id = ?"));
        q.bind(stored(templateCategoryWireName(category)))
            .bindText(change.previous)
            .bindTime(at)
            .bindText(clearsPending ? QString() : row->pendingCategory)
            .bindTime(clearsPending ? std::nullopt : row->pendingCategoryAt)
            .bind(m_db.nowMs())
            .bind(row->rowId)
            .exec();
    }
    tx.commit();
    return change;
}

TemplateChange TemplateRepository::announceCategory(const QString &wabaId, const TemplateRef &ref,
                                                    TemplateCategory pending,
                                                    const QDateTime &effectiveAt)
{
    Transaction tx(m_db);
    TemplateChange change;
    const std::optional<TemplateRecord> row = lockedForUpdate(wabaId, ref, change);
    if (!row)
        return change;
    change.previous = row->pendingCategory;
    const QString wire = templateCategoryWireName(pending);
    change.changed = row->pendingCategory != wire
        || row->pendingCategoryAt != std::optional<QDateTime>(effectiveAt);
    if (change.changed) {
        SqlStatement q(m_db,
                       QStringLiteral("UPDATE templates SET pending_category = ?, "
                                      "pending_category_at = ?, updated_at = ? WHERE id = ?"));
        q.bindText(wire).bindTime(effectiveAt).bind(m_db.nowMs()).bind(row->rowId).exec();
    }
    tx.commit();
    return change;
}

TemplateChange TemplateRepository::updateComponents(const QString &wabaId, const TemplateRef &ref,
                                                    const QString &body, const QString &headerText,
                                                    const QString &footer,
                                                    const QList<TemplateButtonDef> &buttons)
{
    Transaction tx(m_db);
    TemplateChange change;
    const std::optional<TemplateRecord> row = lockedForUpdate(wabaId, ref, change);
    if (!row)
        return change;
    TemplateDefinition d = row->definition;
    d.body.text = body;
    if (!headerText.isEmpty()) {
        TemplateHeaderDef header = d.header.value_or(TemplateHeaderDef{});
        header.format = TemplateHeaderFormat::Text;
        header.text = headerText;
        d.header = header;
    }
    d.footer = footer.isEmpty() ? std::nullopt : std::optional<QString>(footer);
    d.buttons = buttons;
    change.changed = d != row->definition;
    if (change.changed)
        saveDefinition(row->rowId, d);
    tx.commit();
    return change;
}

void TemplateRepository::saveDefinition(qint64 rowId, const TemplateDefinition &definition)
{
    SqlStatement q(
        m_db,
        QStringLiteral("UPDATE templates SET definition_json = ?, updated_at = ? WHERE id = ?"));
    q.bind(TemplateDefinitionJson::toText(definition)).bind(m_db.nowMs()).bind(rowId).exec();
}

} // namespace sb
