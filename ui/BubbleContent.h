#pragma once

#include "BubbleGeometry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

enum class ButtonGlyph { None, Reply, Link, Phone, Copy, List, Location, Form, Cart };

// A button as the customer sees it under a message. `target` is what a click opens (URL or
// tel:), empty for buttons only the customer can use (quick replies).
struct BubbleButton
{
    QString label;
    QString target;
    ButtonGlyph glyph = ButtonGlyph::None;
};

struct SheetRow
{
    QString title;
    QString description;
};

struct SheetSection
{
    QString title;
    QList<SheetRow> rows;
};

// Which media a bubble shows and where it comes from.
struct BubbleMediaRef
{
    MediaKind kind = MediaKind::Image;
    const MediaContent *content = nullptr; // nullptr for template headers (only a link or id)
    bool header = false; // the header of an interactive or template message
};

// What each message kind contributes to its bubble, as text: one place that decides the
// strings, shared by layout (to measure) and painters (to draw).
class BubbleContent
{
    Q_DECLARE_TR_FUNCTIONS(sb::BubbleContent)

public:
    BubbleContent() = delete;

    static QString markup(const BubbleInput &input); // formatted body or caption; may be empty
    static QString headerText(const BubbleInput &input);
    static QString footer(const BubbleInput &input);
    static QString templateTag(const BubbleInput &input);
    static QString replyLabel(const BubbleInput &input);
    static QString description(const BubbleInput &input);
    static QString forwardedLabel(const BubbleInput &input);
    static QString unsupportedText(const BubbleInput &input);
    static QString systemText(const BubbleInput &input);
    static std::optional<BubbleMediaRef> media(const BubbleInput &input);
    // A template's location header; the message's own location otherwise.
    static bool hasLocation(const BubbleInput &input);
    static QString mapUrl(const BubbleInput &input);

    static QList<BubbleButton> buttons(const BubbleInput &input);
    static std::optional<BubbleButton> listButton(const BubbleInput &input);
    // What the list button opens on the customer's phone.
    static QList<SheetSection> sheet(const Message &message);
};

} // namespace sb
