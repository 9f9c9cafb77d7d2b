#pragma once

#include "DraftStore.h"

class QSettings;

namespace sb {

// Drafts in a QSettings group ("drafts/<conversation id>"). The settings object is borrowed and
// must outlive the store.
class SettingsDraftStore final : public DraftStore
{
public:
    explicit SettingsDraftStore(QSettings *settings);

    QString load(qint64 conversationId) const override;
    void save(qint64 conversationId, const QString &text) override;
    void remove(qint64 conversationId) override;

private:
    static QString key(qint64 conversationId);

    QSettings *m_settings;
};

} // namespace sb
