#pragma once

#include "ReadReceiptPolicy.h"

#include <QObject>
#include <QString>

#include <chrono>

class QSettings;

namespace sb {

// The agent's preferences that are not secrets, kept in QSettings and announced live: every
// setter writes through and emits its change signal only when the value really changed, so the
// list, composer and notifications follow without a restart.
class DesktopSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopSettings)

public:
    static constexpr int MaxClosingSoonMinutes = 12 * 60;

    // `settings` is borrowed and must outlive this object.
    explicit DesktopSettings(QSettings *settings, QObject *parent = nullptr);

    QString agentName() const { return m_agentName; }
    void setAgentName(const QString &name);
    // How long before the 24 h deadline a window counts as closing soon; 0 turns it off.
    std::chrono::minutes closingSoonThreshold() const { return m_closingSoon; }
    void setClosingSoonThreshold(std::chrono::minutes threshold);
    ReadReceiptPolicy readReceiptPolicy() const { return m_readReceipts; }
    void setReadReceiptPolicy(ReadReceiptPolicy policy);
    bool notifyNewMessages() const { return m_notifyNewMessages; }
    void setNotifyNewMessages(bool on);
    bool notifyClosingWindows() const { return m_notifyClosingWindows; }
    void setNotifyClosingWindows(bool on);
    bool doNotDisturb() const { return m_doNotDisturb; }
    void setDoNotDisturb(bool on);

Q_SIGNALS:
    void agentNameChanged(const QString &name);
    void closingSoonThresholdChanged(int minutes);
    void readReceiptPolicyChanged(sb::ReadReceiptPolicy policy);
    void notifyNewMessagesChanged(bool on);
    void notifyClosingWindowsChanged(bool on);
    void doNotDisturbChanged(bool on);

private:
    QSettings *m_settings;
    QString m_agentName;
    std::chrono::minutes m_closingSoon;
    ReadReceiptPolicy m_readReceipts = ReadReceiptPolicy::OnReply;
    bool m_notifyNewMessages = true;
    bool m_notifyClosingWindows = true;
    bool m_doNotDisturb = false;
};

} // namespace sb
