#include "DesktopSettings.h"

#include "ServiceWindow.h"

#include <QSettings>

#include <algorithm>

namespace sb {

namespace {

const QString AgentNameKey = QStringLiteral("agent/name");
const QString ClosingSoonKey = QStringLiteral("inbox/closingSoonMinutes");
const QString ReadReceiptsKey = QStringLiteral("privacy/readReceipts");
const QString NewMessagesKey = QStringLiteral("notifications/newMessages");
const QString ClosingWindowsKey = QStringLiteral("notifications/closingWindows");
const QString DoNotDisturbKey = QStringLiteral("notifications/doNotDisturb");

std::chrono::minutes clampedThreshold(qint64 minutes)
{
    return std::chrono::minutes(
        std::clamp<qint64>(minutes, 0, DesktopSettings::MaxClosingSoonMinutes));
}

} // namespace

DesktopSettings::DesktopSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_closingSoon(ServiceWindow::DefaultClosingSoon)
{
    m_agentName = m_settings->value(AgentNameKey).toString().trimmed();
    bool ok = false;
    const qint64 minutes = m_settings->value(ClosingSoonKey).toLongLong(&ok);
    if (ok)
        m_closingSoon = clampedThreshold(minutes);
    m_readReceipts = readReceiptPolicyFromSettings(
        m_settings->value(ReadReceiptsKey, readReceiptPolicySettingsName(m_readReceipts))
            .toString());
    m_notifyNewMessages = m_settings->value(NewMessagesKey, true).toBool();
    m_notifyClosingWindows = m_settings->value(ClosingWindowsKey, true).toBool();
    m_doNotDisturb = m_settings->value(DoNotDisturbKey, false).toBool();
}

void DesktopSettings::setAgentName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == m_agentName)
        return;
    m_agentName = trimmed;
    m_settings->setValue(AgentNameKey, m_agentName);
    Q_EMIT agentNameChanged(m_agentName);
}

void DesktopSettings::setClosingSoonThreshold(std::chrono::minutes threshold)
{
    const auto clamped = clampedThreshold(threshold.count());
    if (clamped == m_closingSoon)
        return;
    m_closingSoon = clamped;
    m_settings->setValue(ClosingSoonKey, static_cast<int>(m_closingSoon.count()));
    Q_EMIT closingSoonThresholdChanged(static_cast<int>(m_closingSoon.count()));
}

void DesktopSettings::setReadReceiptPolicy(ReadReceiptPolicy policy)
{
    if (policy == m_readReceipts)
        return;
    m_readReceipts = policy;
    m_settings->setValue(ReadReceiptsKey, readReceiptPolicySettingsName(policy));
    Q_EMIT readReceiptPolicyChanged(policy);
}

void DesktopSettings::setNotifyNewMessages(bool on)
{
    if (on == m_notifyNewMessages)
        return;
    m_notifyNewMessages = on;
    m_settings->setValue(NewMessagesKey, on);
    Q_EMIT notifyNewMessagesChanged(on);
}

void DesktopSettings::setNotifyClosingWindows(bool on)
{
    if (on == m_notifyClosingWindows)
        return;
    m_notifyClosingWindows = on;
    m_settings->setValue(ClosingWindowsKey, on);
    Q_EMIT notifyClosingWindowsChanged(on);
}

void DesktopSettings::setDoNotDisturb(bool on)
{
    if (on == m_doNotDisturb)
        return;
    m_doNotDisturb = on;
    m_settings->setValue(DoNotDisturbKey, on);
    Q_EMIT doNotDisturbChanged(on);
}

} // namespace sb
