#include "SettingsDraftStore.h"

#include <QSettings>

namespace sb {

SettingsDraftStore::SettingsDraftStore(QSettings *settings)
    : m_settings(settings)
{
}

QString SettingsDraftStore::key(qint64 conversationId)
{
    return QStringLiteral("drafts/%1").arg(conversationId);
}

QString SettingsDraftStore::load(qint64 conversationId) const
{
    if (!m_settings)
        return {};
    return m_settings->value(key(conversationId)).toString();
}

void SettingsDraftStore::save(qint64 conversationId, const QString &text)
{
    if (!m_settings)
        return;
    if (text.trimmed().isEmpty()) {
        remove(conversationId);
        return;
    }
    if (m_settings->value(key(conversationId)).toString() != text)
        m_settings->setValue(key(conversationId), text);
}

void SettingsDraftStore::remove(qint64 conversationId)
{
    if (m_settings)
        m_settings->remove(key(conversationId));
}

} // namespace sb
