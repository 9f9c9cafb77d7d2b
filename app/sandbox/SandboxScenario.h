#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sb {

struct SandboxWorld;
class SandboxInbound;

// One customer message from before the sandbox started.
struct SandboxHistoryItem
{
    QString waId;
    QString phoneNumberId;
    QJsonObject message; // webhook shape
    QDateTime at;
    bool freeEntryPoint = false;
};

// The demo population (--scenario demo): customers in six languages whose windows sit in every
// state relative to the sandbox clock (fresh, hours left, minutes left, just closed, closed for
// days, never opened, a free entry point from an ad), one who stopped marketing messages, one
// whose number is no longer on WhatsApp, and a history of inbound messages of every kind.
class SandboxScenario
{
public:
    // Adds the customers to `world` and returns their history, oldest first. The caller records
    // it (windows, inbound ids) and replays it to webhook endpoints.
    static QList<SandboxHistoryItem> populateDemo(SandboxWorld &world, SandboxInbound &inbound);
};

} // namespace sb
