#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace sb {

enum class SandboxScenarioKind {
    Demo, // a seeded population of customers with history and windows in every state
    Empty, // nobody until a customer is played through the control API
};

// How webhooks go to one registered URL (spec §5.2: batching, duplicates, no ordering promise).
struct SandboxWebhookOptions
{
    int batchSize = 1; // events per POST; > 1 waits up to batchWindow to fill a batch
    std::chrono::milliseconds batchWindow{50};
    bool duplicate = false; // every POST is sent twice
    bool reorder = false; // events gathered during reorderWindow leave in a seeded shuffled order
    std::chrono::milliseconds reorderWindow{100};
    bool replayHistory = true; // the scenario's past inbound messages are delivered on registration

    friend bool operator==(const SandboxWebhookOptions &, const SandboxWebhookOptions &) = default;
};

// Everything a Sandbox needs; the defaults give the behaviour of the real platform at demo speed.
// All durations are sandbox-clock time: a frozen clock only moves through Sandbox::advanceClock().
struct SandboxConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port, see Sandbox::listen()
    QList<QUrl> webhookUrls;
    SandboxWebhookOptions webhookOptions;
    QString appSecret;
    QString accessToken;
    quint32 seed = 1;
    SandboxScenarioKind scenario = SandboxScenarioKind::Demo;

    QString wabaId = QStringLiteral("102290129340398");
    QString phoneNumberId = QStringLiteral("106540352242922");
    QString displayPhoneNumber = QStringLiteral("15550783881");
    QString verifiedName = QStringLiteral("Lucky Shrub");
    // A second registered number of the same WABA (listed, queryable, sendable).
    QString secondPhoneNumberId = QStringLiteral("106540352242923");
    QString secondDisplayPhoneNumber = QStringLiteral("15550783882");

    // Clock: starts at clockStart (default: the system time) and runs in real time unless frozen.
    std::optional<QDateTime> clockStart;
    bool frozenClock = false;

    // Status progression of accepted messages; each delay is spread by +-delayJitter (seeded).
    std::chrono::milliseconds sentDelay{300};
    std::chrono::milliseconds deliveredDelay{1200};
    std::chrono::milliseconds readDelay{6000};
    std::chrono::milliseconds playedDelay{9000};
    double delayJitter = 0.3;
    double readProbability = 0.85; // delivered messages the customer reads
    double undeliverableProbability = 0.02; // accepted messages that fail with 131026
    double marketingCapProbability = 0.1; // marketing templates that fail with 131049

    // Simulated customers answer the business (demo scenario and played customers).
    bool customersReply = true;
    std::chrono::milliseconds customerReplyDelay{8000};
    // Numbers outside the population fail with 131026 like numbers that are not on WhatsApp.
    bool restrictToPopulation = false;

    // Limits (spec §9): throughput per number, pair rate per recipient, messaging tier.
    int throughputMps = 80;
    int pairRateBurst = 45; // messages to one recipient allowed at once
    std::chrono::milliseconds pairRateInterval{6000}; // then one more per interval
    QString messagingTier = QStringLiteral("TIER_250");

    // Webhook delivery retries: backoff doubles from the base up to the cap, for up to 7 days.
    std::chrono::milliseconds webhookRetryBase{1000};
    std::chrono::milliseconds webhookRetryCap{std::chrono::hours(1)};
    std::chrono::milliseconds webhookRetryFor{std::chrono::hours(24 * 7)};
    std::chrono::milliseconds webhookTimeout{10000}; // real time, per POST

    qint64 maxRequestBytes = 110 * 1024 * 1024; // documents may be 100 MB plus multipart overhead
};

} // namespace sb
