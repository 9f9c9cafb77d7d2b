#include "ReadReceiptPolicy.h"

#include <QCoreApplication>

namespace sb {

QString readReceiptPolicySettingsName(ReadReceiptPolicy policy)
{
    switch (policy) {
    case ReadReceiptPolicy::OnOpen:
        return QStringLiteral("on_open");
    case ReadReceiptPolicy::OnReply:
        return QStringLiteral("on_reply");
    case ReadReceiptPolicy::Never:
        return QStringLiteral("never");
    }
    return QStringLiteral("on_reply");
}

ReadReceiptPolicy readReceiptPolicyFromSettings(QStringView name)
{
    const QString trimmed = name.trimmed().toString().toLower();
    if (trimmed == QLatin1String("on_open"))
        return ReadReceiptPolicy::OnOpen;
    if (trimmed == QLatin1String("never"))
        return ReadReceiptPolicy::Never;
    return ReadReceiptPolicy::OnReply;
}

QString readReceiptPolicyLabel(ReadReceiptPolicy policy)
{
    switch (policy) {
    case ReadReceiptPolicy::OnOpen:
        return QCoreApplication::translate("sb::ReadReceiptPolicy",
                                           "Mark as read when I open the chat");
    case ReadReceiptPolicy::OnReply:
        return QCoreApplication::translate("sb::ReadReceiptPolicy", "Mark as read when I reply");
    case ReadReceiptPolicy::Never:
        return QCoreApplication::translate("sb::ReadReceiptPolicy", "Never send read receipts");
    }
    return {};
}

} // namespace sb
