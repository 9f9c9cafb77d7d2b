#include "MessageText.h"

#include <QStringList>

namespace sb {

namespace {

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            kept.append(trimmed);
    }
    return kept.join(u'\n');
}

struct TextOf
{
    QString operator()(const TextContent &c) const { return c.body; }
    QString operator()(const MediaContent &c) const { return joined({c.caption, c.filename}); }
    QString operator()(const LocationContent &c) const { return joined({c.name, c.address}); }
    QString operator()(const LocationRequestContent &c) const { return c.body; }
    QString operator()(const ContactsContent &c) const
    {
        QStringList names;
        for (const ContactCard &card : c.contacts)
            names.append(card.name.formattedName);
        return joined(names);
    }
    QString operator()(const InteractiveContent &c) const
    {
        QStringList parts{c.header.text, c.body, c.footer};
        for (const ReplyButton &button : c.buttons)
            parts.append(button.title);
        return joined(parts);
    }
    QString operator()(const TemplateContent &c) const
    {
        QStringList parts;
        for (const TemplateComponent &component : c.components) {
            for (const TemplateParameter &p : component.parameters) {
                if (p.kind == TemplateParameterKind::Text)
                    parts.append(p.text);
            }
        }
        return joined(parts);
    }
    QString operator()(const ReactionContent &c) const { return c.emoji; }
    QString operator()(const ButtonTapContent &c) const { return c.text; }
    QString operator()(const ReplyContent &c) const { return joined({c.title, c.description}); }
    QString operator()(const FlowReplyContent &c) const { return c.body; }
    QString operator()(const OrderContent &c) const { return c.text; }
    QString operator()(const SystemContent &c) const { return c.body; }
    QString operator()(const UnsupportedContent &) const { return {}; }
};

} // namespace

QString messageSearchText(const Message &message)
{
    return std::visit(TextOf{}, message.body);
}

} // namespace sb
