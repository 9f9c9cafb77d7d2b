#pragma once

#include <QString>

#include <random>

namespace sb {

// What a seeded random stream is for; each purpose gets its own stream per message, so one
// message's outcome does not depend on how many other things happened in between.
enum class SandboxStream : quint32 {
    Wamid = 1,
    Delivery,
    CustomerReply,
    Scenario,
    WebhookOrder,
    Trace,
    Media,
};

// A generator for (seed, serial, purpose). Never the global generator: a seed gives one story.
std::mt19937 sandboxEngine(quint32 seed, quint64 serial, SandboxStream purpose);
// Uniform in [0, 1).
double sandboxUniform(std::mt19937 &engine);

// The platform's id shapes, deterministic for a seed and the order of calls.
class SandboxIds
{
public:
    explicit SandboxIds(quint32 seed);

    // "wamid.HBgL…": base64 of a protobuf-like record holding the customer's wa_id.
    QString wamid(const QString &waId);
    QString mediaId(); // 15-16 digits, as the Graph API returns
    QString templateId();
    QString fbtraceId(); // 11-27 characters of [A-Za-z0-9_-]
    quint64 nextSerial() { return ++m_serial; }

private:
    quint32 m_seed;
    quint64 m_serial = 0;
};

} // namespace sb
