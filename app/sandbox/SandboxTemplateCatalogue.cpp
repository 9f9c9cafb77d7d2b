#include "SandboxTemplates.h"

// The sandbox's starting templates. Texts are customer-facing template content in each
// template's own language (what Meta approved), so they are data, not interface strings.
namespace sb {

namespace {

using Examples = QList<TemplateExampleValue>;

Examples positional(std::initializer_list<const char *> values)
{
    Examples out;
    for (const char *value : values)
        out.append({QString(), QString::fromUtf8(value)});
    return out;
}

Examples named(std::initializer_list<std::pair<const char *, const char *>> values)
{
    Examples out;
    for (const auto &[name, value] : values)
        out.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    return out;
}

TemplateDefinition make(const char *name, const char *language, TemplateCategory category,
                        TemplateStatus status, const char *body, Examples bodyExamples)
{
    TemplateDefinition definition;
    definition.name = QString::fromUtf8(name);
    definition.language = QString::fromUtf8(language);
    definition.category = category;
    definition.status = status;
    definition.quality =
        status == TemplateStatus::Approved ? TemplateQuality::Green : TemplateQuality::Unknown;
    definition.body.text = QString::fromUtf8(body);
    definition.body.examples = std::move(bodyExamples);
    if (!definition.body.examples.isEmpty() && !definition.body.examples.first().name.isEmpty())
        definition.parameterFormat = TemplateParameterFormat::Named;
    return definition;
}

TemplateHeaderDef mediaHeader(TemplateHeaderFormat format)
{
    TemplateHeaderDef header;
    header.format = format;
    if (format != TemplateHeaderFormat::Location)
        header.mediaExample = QStringLiteral("4::aW1hZ2UvanBlZw==:ARZsandboxExampleHandle");
    return header;
}

TemplateHeaderDef textHeader(const char *text, Examples examples = {})
{
    TemplateHeaderDef header;
    header.format = TemplateHeaderFormat::Text;
    header.text = QString::fromUtf8(text);
    header.examples = std::move(examples);
    return header;
}

TemplateButtonDef button(TemplateButtonType type, const char *text, const char *extra = "",
                         const char *example = "")
{
    TemplateButtonDef b;
    b.type = type;
    b.text = QString::fromUtf8(text);
    if (type == TemplateButtonType::Url)
        b.url = QString::fromUtf8(extra);
    else if (type == TemplateButtonType::PhoneNumber)
        b.phoneNumber = QString::fromUtf8(extra);
    b.example = QString::fromUtf8(example);
    return b;
}

struct Localized
{
    const char *language;
    const char *body;
    const char *footer;
    const char *buttonA;
    const char *buttonB;
};

} // namespace

QList<TemplateDefinition> sandboxTemplateCatalogue()
{
    using C = TemplateCategory;
    using S = TemplateStatus;
    using B = TemplateButtonType;
    QList<TemplateDefinition> out;

    // Utility, positional, image header, URL button with a variable and a quick reply.
    const Localized orderConfirmation[] = {
        {"en_US", "Hi {{1}}, thank you for your order {{2}}! We will let you know when it ships.",
         "Lucky Shrub", "Track order", "Talk to us"},
        {"de",
         "Hallo {{1}}, danke für deine Bestellung {{2}}! Wir melden uns, sobald sie "
         "versandt wird.",
         "Lucky Shrub", "Bestellung verfolgen", "Mit uns sprechen"},
        {"es", "Hola {{1}}, ¡gracias por tu pedido {{2}}! Te avisaremos cuando salga.",
         "Lucky Shrub", "Seguir pedido", "Hablar con nosotros"},
        {"pt_BR", "Olá {{1}}, obrigado pelo seu pedido {{2}}! Avisaremos quando for enviado.",
         "Lucky Shrub", "Rastrear pedido", "Falar conosco"},
    };
    for (const Localized &l : orderConfirmation) {
        TemplateDefinition t = make("order_confirmation", l.language, C::Utility, S::Approved,
                                    l.body, positional({"Jessica", "SKBUP2-4CPIG9"}));
        t.header = mediaHeader(TemplateHeaderFormat::Image);
        t.footer = QString::fromUtf8(l.footer);
        t.buttons = {button(B::Url, l.buttonA, "https://luckyshrub.example/orders/{{1}}",
                            "https://luckyshrub.example/orders/SKBUP2-4CPIG9"),
                     button(B::QuickReply, l.buttonB)};
        out.append(t);
    }

    // Utility, named parameters, text header with a variable, phone and quick-reply buttons.
    const Localized delivery[] = {
        {"en_US",
         "Hi {{first_name}}, your parcel arrives on {{delivery_date}} between "
         "{{time_window}}.",
         "Reply to reschedule", "Call courier", "Reschedule"},
        {"de",
         "Hallo {{first_name}}, dein Paket kommt am {{delivery_date}} zwischen "
         "{{time_window}}.",
         "Antworte zum Verschieben", "Kurier anrufen", "Verschieben"},
        {"es",
         "Hola {{first_name}}, tu paquete llega el {{delivery_date}} entre "
         "{{time_window}}.",
         "Responde para cambiar", "Llamar al courier", "Cambiar fecha"},
        {"pt_BR",
         "Olá {{first_name}}, sua encomenda chega em {{delivery_date}} entre "
         "{{time_window}}.",
         "Responda para remarcar", "Ligar para o courier", "Remarcar"},
    };
    for (const Localized &l : delivery) {
        TemplateDefinition t = make("delivery_update", l.language, C::Utility, S::Approved, l.body,
                                    named({{"first_name", "Pablo"},
                                           {"delivery_date", "June 12"},
                                           {"time_window", "9:00-12:00"}}));
        t.header = textHeader("📦 {{order_id}}", named({{"order_id", "860198"}}));
        t.footer = QString::fromUtf8(l.footer);
        t.buttons = {button(B::PhoneNumber, l.buttonA, "+15550051310"),
                     button(B::QuickReply, l.buttonB)};
        out.append(t);
    }

    // Marketing, positional, text header variable, quick reply to stop, URL with variable.
    const Localized sale[] = {
        {"en_US", "Hi {{1}}, our summer sale has started: {{2}} off all plants this week!",
         "Reply STOP to opt out", "Stop promotions", "Shop now"},
        {"de", "Hallo {{1}}, unser Sommerschlussverkauf läuft: {{2}} Rabatt auf alle Pflanzen!",
         "Antworte STOP zum Abbestellen", "Keine Werbung", "Jetzt shoppen"},
        {"es", "Hola {{1}}, empezaron las rebajas de verano: ¡{{2}} en todas las plantas!",
         "Responde STOP para darte de baja", "No más promociones", "Comprar"},
        {"pt_BR", "Olá {{1}}, a liquidação de verão começou: {{2}} em todas as plantas!",
         "Responda SAIR para cancelar", "Parar promoções", "Comprar agora"},
    };
    for (const Localized &l : sale) {
        TemplateDefinition t = make("summer_sale", l.language, C::Marketing, S::Approved, l.body,
                                    positional({"Maria", "25%"}));
        t.header = textHeader("☀️ {{1}}", positional({"Summer Sale"}));
        t.footer = QString::fromUtf8(l.footer);
        t.buttons = {button(B::QuickReply, l.buttonA),
                     button(B::Url, l.buttonB, "https://luckyshrub.example/sale?c={{1}}",
                            "https://luckyshrub.example/sale?c=summer")};
        out.append(t);
    }

    // Authentication: the code goes in the body and in the OTP (copy code) button.
    const Localized codes[] = {
        {"en_US", "{{1}} is your verification code. For your security, do not share this code.",
         "This code expires in 10 minutes.", "Copy code", ""},
        {"de", "{{1}} ist dein Bestätigungscode. Teile diesen Code aus Sicherheitsgründen nicht.",
         "Dieser Code läuft in 10 Minuten ab.", "Code kopieren", ""},
        {"es", "{{1}} es tu código de verificación. Por tu seguridad, no lo compartas.",
         "Este código caduca en 10 minutos.", "Copiar código", ""},
        {"pt_BR", "{{1}} é o seu código de verificação. Por segurança, não o compartilhe.",
         "Este código expira em 10 minutos.", "Copiar código", ""},
    };
    for (const Localized &l : codes) {
        TemplateDefinition t = make("verification_code", l.language, C::Authentication, S::Approved,
                                    l.body, positional({"482913"}));
        t.footer = QString::fromUtf8(l.footer);
        t.buttons = {button(B::Otp, l.buttonA)};
        out.append(t);
    }

    // Marketing with a copy-code coupon.
    TemplateDefinition coupon =
        make("coupon_offer", "en_US", C::Marketing, S::Approved,
             "{{1}}, enjoy {{2}} off your next order with this code.", positional({"Ana", "15%"}));
    coupon.footer = QStringLiteral("Valid until the end of the month");
    coupon.buttons = {button(B::CopyCode, "", "", "PLANT15"),
                      button(B::Url, "Shop", "https://luckyshrub.example/shop")};
    out.append(coupon);
    TemplateDefinition couponPt = coupon;
    couponPt.language = QStringLiteral("pt_BR");
    couponPt.body.text =
        QStringLiteral("{{1}}, ganhe {{2}} de desconto no próximo pedido com este código.");
    couponPt.footer = QStringLiteral("Válido até o fim do mês");
    couponPt.buttons[1].text = QStringLiteral("Comprar");
    out.append(couponPt);

    // Utility with a location header.
    TemplateDefinition pickup =
        make("pickup_ready", "en_US", C::Utility, S::Approved,
             "Your order {{1}} is ready for pickup at our store.", positional({"860198"}));
    pickup.header = mediaHeader(TemplateHeaderFormat::Location);
    out.append(pickup);
    TemplateDefinition pickupDe = pickup;
    pickupDe.language = QStringLiteral("de");
    pickupDe.body.text =
        QStringLiteral("Deine Bestellung {{1}} liegt zur Abholung im Laden bereit.");
    out.append(pickupDe);

    // Utility with a document header and named parameters.
    TemplateDefinition invoice = make("invoice_ready", "en_US", C::Utility, S::Approved,
                                      "Hello {{customer_name}}, your invoice for {{amount}} is "
                                      "attached.",
                                      named({{"customer_name", "Jessica"}, {"amount", "$42.00"}}));
    invoice.header = mediaHeader(TemplateHeaderFormat::Document);
    out.append(invoice);
    TemplateDefinition invoiceEs = invoice;
    invoiceEs.language = QStringLiteral("es");
    invoiceEs.body.text =
        QStringLiteral("Hola {{customer_name}}, adjuntamos tu factura por {{amount}}.");
    out.append(invoiceEs);

    // Utility with a video header, no variables.
    TemplateDefinition care =
        make("plant_care_tips", "en_US", C::Utility, S::Approved,
             "Here is a short video on how to keep your new plant happy.", {});
    care.header = mediaHeader(TemplateHeaderFormat::Video);
    out.append(care);

    // The classic starter template: no variables at all.
    out.append(make("hello_world", "en_US", C::Utility, S::Approved,
                    "Welcome and congratulations!! This message demonstrates your ability to "
                    "send a WhatsApp message notification from the Cloud API.",
                    {}));

    // Every other status.
    out.append(make("appointment_reminder", "en_US", C::Utility, S::Pending,
                    "Reminder: your appointment is on {{1}} at {{2}}.",
                    positional({"May 3", "10:00"})));
    TemplateDefinition rejected =
        make("winback_discount", "en_US", C::Utility, S::Rejected,
             "We miss you, {{1}}! Come back for {{2}} off.", positional({"Sam", "30%"}));
    rejected.rejectionReason = QStringLiteral("INCORRECT_CATEGORY");
    out.append(rejected);
    const std::pair<const char *, const char *> flash[] = {
        {"en_US", "⚡ Flash sale: {{1}} off for the next {{2}} hours!"},
        {"de", "⚡ Blitzangebot: {{1}} Rabatt für die nächsten {{2}} Stunden!"},
    };
    for (const auto &[language, text] : flash) {
        TemplateDefinition paused =
            make("flash_sale", language, C::Marketing, S::Paused, text, positional({"40%", "6"}));
        paused.quality = TemplateQuality::Red;
        out.append(paused);
    }
    TemplateDefinition disabled = make("old_newsletter", "en_US", C::Marketing, S::Disabled,
                                       "News from Lucky Shrub: {{1}}", positional({"spring"}));
    disabled.quality = TemplateQuality::Red;
    out.append(disabled);
    return out;
}

} // namespace sb
