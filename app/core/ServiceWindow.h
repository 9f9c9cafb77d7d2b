#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <algorithm>
#include <chrono>
#include <optional>

namespace sb {

// What may be sent to the customer right now (spec §7.1).
enum class SendPermission {
    AnyMessage, // customer-service window open: free-form and templates
    TemplatesOnly, // window closed or never opened: approved templates only (else error 131047)
};

enum class WindowPhase {
    Never, // the customer has never messaged or called
    Open,
    ClosingSoon, // still open, within the configured threshold of the deadline
    Closed,
};

// How an inbound message reached the business. Click-to-WhatsApp ads and Facebook Page CTA buttons
// are free entry points (spec §7.1); everything else is Direct.
enum class InboundOrigin { Direct, EntryPoint };

// Everything the window depends on, persisted with the conversation. Change it through the
// ServiceWindow::record* functions, which keep the three fields consistent. Times are stored in
// UTC.
struct WindowInputs
{
    // Latest customer message or call; the 24 h window runs from here.
    std::optional<QDateTime> lastInbound;
    // The customer message that came through a free entry point and still awaits (or got) its
    // reply.
    std::optional<QDateTime> entryPointAt;
    // The business reply that opened the 72 h free-entry-point window.
    std::optional<QDateTime> entryPointReplyAt;

    friend bool operator==(const WindowInputs &, const WindowInputs &) = default;
};

// The window as seen at one instant. All QDateTime values are UTC; invalid means "does not apply".
struct WindowState
{
    WindowPhase phase = WindowPhase::Never;
    SendPermission permission = SendPermission::TemplatesOnly;
    QDateTime deadline; // lastInbound + 24 h
    QDateTime closingSoonAt; // deadline - threshold
    std::chrono::milliseconds remaining{0}; // until the deadline; 0 once closed
    std::chrono::milliseconds closedFor{0}; // since the deadline; 0 while open
    // Pricing, not permission: inside the FEP window every message is free, yet once the 24 h
    // window has closed only templates may still be sent.
    std::optional<QDateTime> freeEntryPointUntil;
    bool freeEntryPointActive = false;
    // The earliest instant strictly after `now` at which phase, permission or FEP activity changes.
    // Schedule one timer for it and evaluate again; invalid when nothing will change any more.
    QDateTime nextChange;

    bool canSendFreeForm() const { return permission == SendPermission::AnyMessage; }

    friend bool operator==(const WindowState &, const WindowState &) = default;
};

// The customer-service window rules as pure functions over WindowInputs and an injected "now".
class ServiceWindow
{
    Q_DECLARE_TR_FUNCTIONS(sb::ServiceWindow)

public:
    static constexpr std::chrono::hours Length{24};
    static constexpr std::chrono::hours FreeEntryPointLength{72};
    static constexpr std::chrono::minutes DefaultClosingSoon{60};
    static constexpr std::chrono::minutes DefaultSecondsDisplay{10};

    ServiceWindow() = delete;

    // A closing-soon threshold as evaluate() uses it: within [0, 24 h].
    static constexpr std::chrono::minutes clampClosingSoon(std::chrono::minutes threshold)
    {
        return std::clamp<std::chrono::minutes>(
            threshold, std::chrono::minutes{0},
            std::chrono::duration_cast<std::chrono::minutes>(Length));
    }

    // The threshold is clamped to [0, 24 h]; 0 means the window never reports ClosingSoon.
    // An invalid `now` is a caller bug: it is logged and answered with TemplatesOnly and no next
    // change.
    static WindowState evaluate(const WindowInputs &inputs, const QDateTime &now,
                                std::chrono::minutes closingSoonThreshold = DefaultClosingSoon);

    // A customer message or call at `at`. The window only ever moves forward: an older message that
    // arrives late never shortens it. Returns whether `inputs` changed; an invalid `at` is
    // rejected.
    static bool recordInbound(WindowInputs &inputs, const QDateTime &at,
                              InboundOrigin origin = InboundOrigin::Direct);
    // A business message sent at `at` (any type). The first one inside the open window of a pending
    // entry-point conversation opens the 72 h free-entry-point window. Returns whether `inputs`
    // changed.
    static bool recordBusinessReply(WindowInputs &inputs, const QDateTime &at);
    // The platform billed a message sent at `sentAt` as pricing.type "free_entry_point". When the
    // status carried conversation.expiration_timestamp, pass it: it fixes the window's end exactly.
    static bool recordFreeEntryPointConfirmed(WindowInputs &inputs, const QDateTime &sentAt,
                                              const std::optional<QDateTime> &expiresAt = {});

    // Countdown text: "hh:mm" while more than `secondsDisplay` remain, then "mm:ss"; both round up,
    // so the countdown reaches 00:00 exactly at the deadline. Once closed: "closed 2 min ago".
    static QString formatRemaining(const WindowState &state,
                                   std::chrono::minutes secondsDisplay = DefaultSecondsDisplay);
};

} // namespace sb
