#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>

namespace sb {

// Per-recipient pacing for the (business number, customer) pair limit (spec §9.3, 131056).
//
// Model: a token bucket per recipient holding `burst` messages and refilling one every
// `interval`, implemented as GCRA (one "theoretical arrival time" per recipient, exact integer
// milliseconds). Defaults: one message per 6 s and a burst of 20. The platform reportedly allows
// bursts of up to 45 in 6 s that borrow future quota, and "after a burst of 20, wait about
// 2 min": with burst 20 and 6 s refill, a full burst is paid back after exactly 20 x 6 s = 2 min.
// Staying at 20, well below 45, leaves room for the platform's own accounting (those figures
// are third-party) while still letting an agent fire off several quick replies.
//
// A recipient whose bucket is full again is indistinguishable from one never seen, so it is
// dropped from memory: the map only holds recipients messaged within the last burst x interval.
class PairRateLimiter
{
public:
    struct Config
    {
        int burst = 20;
        std::chrono::milliseconds interval{6'000};
        friend bool operator==(const Config &, const Config &) = default;
    };
    static constexpr int kMaxBurst = 45; // the largest burst the platform is reported to allow
    static constexpr std::chrono::milliseconds kMinInterval{100};
    static constexpr std::chrono::milliseconds kMaxInterval{10 * 60 * 1000};
    // Idle recipients are swept at most this often (and by evictIdle() on demand).
    static constexpr std::chrono::milliseconds kSweepInterval{60'000};

    PairRateLimiter() = default;
    explicit PairRateLimiter(const Config &config); // invalid fields are clamped and logged

    static bool isValid(const Config &config);
    bool setConfig(const Config &config); // false (and unchanged) if invalid
    Config config() const { return m_config; }

    // Recipient keys are the conversation keys (wa_id or BSUID), used verbatim. An empty key
    // or an invalid time is refused: tryTake() returns false, nextAvailable() an invalid time.
    bool tryTake(const QString &recipient, const QDateTime &now);
    QDateTime nextAvailable(const QString &recipient, const QDateTime &now) const;
    int available(const QString &recipient, const QDateTime &now) const; // messages sendable now

    // After a 131056 for this recipient: block only them for 4^attempt s (1, 4, 16, 64, 256),
    // and forget their burst allowance, so afterwards they get one message per interval.
    // Returns when the recipient may be tried again.
    QDateTime penalize(const QString &recipient, const QDateTime &now, int attempt);

    // Drops every recipient whose bucket is full again; returns how many were dropped.
    int evictIdle(const QDateTime &now);
    qsizetype trackedRecipients() const { return m_tat.size(); }

private:
    qint64 tolerance() const; // (burst - 1) x interval
    qint64 tatFor(const QString &recipient, qint64 nowMs) const;
    void sweepIfDue(qint64 nowMs);
    int removeIdle(qint64 nowMs);

    Config m_config;
    QHash<QString, qint64> m_tat; // theoretical arrival time, ms since epoch
    qint64 m_lastSweepMs = 0;
};

} // namespace sb
