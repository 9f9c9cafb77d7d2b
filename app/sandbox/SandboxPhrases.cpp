#include "SandboxPhrases.h"

#include <array>

namespace sb::sandboxphrases {

namespace {

struct Table
{
    const char *language;
    std::array<const char *, 4> opening;
    std::array<const char *, 6> answer;
    std::array<const char *, 3> thanks;
    std::array<const char *, 2> caption;
};

const Table kTables[] = {
    {"en",
     {"Hi! Is the monstera still in stock?", "Hello, my order hasn't arrived yet.",
      "Do you deliver on weekends?", "Hi, can I change my delivery address?"},
     {"Okay, thanks!", "Yes, that works for me.", "Could you check again please?",
      "Tomorrow morning would be better.", "Perfect, see you then 👍",
      "Hmm, I'm not sure. What are the options?"},
     {"Thank you so much!", "Great, thanks for the help 🙏", "Cheers!"},
     {"This is the one I meant", "Leaves are turning yellow, is that normal?"}},
    {"de",
     {"Hallo! Habt ihr die Monstera noch auf Lager?", "Hallo, meine Bestellung ist noch nicht da.",
      "Liefert ihr auch am Wochenende?", "Hi, kann ich die Lieferadresse noch ändern?"},
     {"Okay, danke!", "Ja, das passt mir.", "Könnt ihr bitte nochmal nachsehen?",
      "Morgen Vormittag wäre besser.", "Super, bis dann 👍", "Hm, weiß nicht. Was geht denn?"},
     {"Vielen Dank!", "Super, danke für die Hilfe 🙏", "Danke, schönen Tag noch!"},
     {"Die hier meinte ich", "Die Blätter werden gelb, ist das normal?"}},
    {"es",
     {"¡Hola! ¿Todavía tienen la monstera?", "Hola, mi pedido aún no ha llegado.",
      "¿Entregan los fines de semana?", "Hola, ¿puedo cambiar la dirección de entrega?"},
     {"Vale, ¡gracias!", "Sí, me viene bien.", "¿Podrían revisarlo otra vez, por favor?",
      "Mañana por la mañana sería mejor.", "Perfecto, nos vemos 👍",
      "Mmm, no sé. ¿Qué opciones hay?"},
     {"¡Muchas gracias!", "Genial, gracias por la ayuda 🙏", "¡Saludos!"},
     {"Esta es la que decía", "Las hojas se ponen amarillas, ¿es normal?"}},
    {"pt",
     {"Oi! Ainda tem a costela-de-adão?", "Olá, meu pedido ainda não chegou.",
      "Vocês entregam no fim de semana?", "Oi, posso mudar o endereço de entrega?"},
     {"Ok, obrigado!", "Sim, pra mim está ótimo.", "Podem verificar de novo, por favor?",
      "Amanhã de manhã seria melhor.", "Perfeito, até lá 👍", "Hmm, não sei. Quais são as opções?"},
     {"Muito obrigado!", "Ótimo, obrigado pela ajuda 🙏", "Valeu!"},
     {"É essa que eu falei", "As folhas estão amarelando, é normal?"}},
    {"fr",
     {"Bonjour ! Vous avez encore le monstera ?", "Bonjour, ma commande n'est pas arrivée.",
      "Vous livrez le week-end ?", "Salut, je peux changer l'adresse de livraison ?"},
     {"D'accord, merci !", "Oui, ça me va.", "Vous pouvez vérifier encore, s'il vous plaît ?",
      "Demain matin serait mieux.", "Parfait, à bientôt 👍",
      "Hmm, je ne sais pas. Quelles sont les options ?"},
     {"Merci beaucoup !", "Super, merci pour l'aide 🙏", "Bonne journée !"},
     {"C'est celle-ci", "Les feuilles jaunissent, c'est normal ?"}},
    {"it",
     {"Ciao! Avete ancora la monstera?", "Salve, il mio ordine non è ancora arrivato.",
      "Consegnate nel fine settimana?", "Ciao, posso cambiare l'indirizzo di consegna?"},
     {"Ok, grazie!", "Sì, per me va bene.", "Potete ricontrollare, per favore?",
      "Domani mattina sarebbe meglio.", "Perfetto, a presto 👍",
      "Mah, non so. Che opzioni ci sono?"},
     {"Grazie mille!", "Ottimo, grazie dell'aiuto 🙏", "Buona giornata!"},
     {"È questa che intendevo", "Le foglie stanno ingiallendo, è normale?"}},
};

const Table &tableFor(const QString &language)
{
    const QString prefix = language.section(QLatin1Char('_'), 0, 0).toLower();
    for (const Table &table : kTables) {
        if (prefix == QLatin1String(table.language))
            return table;
    }
    return kTables[0];
}

template<std::size_t N>
QStringList toList(const std::array<const char *, N> &items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

QStringList phrases(const QString &language, Kind kind)
{
    const Table &table = tableFor(language);
    switch (kind) {
    case Kind::Opening:
        return toList(table.opening);
    case Kind::Answer:
        return toList(table.answer);
    case Kind::Thanks:
        return toList(table.thanks);
    case Kind::Caption:
        return toList(table.caption);
    }
    return {};
}

Place placeFor(const QString &language, quint32 pick)
{
    static const Place kPlaces[][2] = {
        {{37.4421, -122.1615, "Philz Coffee", "101 Forest Ave, Palo Alto, CA"},
         {40.7411, -73.9897, "Flatiron Building", "175 5th Ave, New York, NY"}},
        {{52.5200, 13.4050, "Alexanderplatz", "Alexanderplatz 1, 10178 Berlin"},
         {48.1374, 11.5755, "Marienplatz", "Marienplatz 1, 80331 München"}},
        {{40.4168, -3.7038, "Puerta del Sol", "Plaza de la Puerta del Sol, Madrid"},
         {19.4326, -99.1332, "Zócalo", "Plaza de la Constitución, Ciudad de México"}},
        {{-23.5614, -46.6559, "MASP", "Av. Paulista, 1578, São Paulo"},
         {-22.9519, -43.2105, "Cristo Redentor", "Parque Nacional da Tijuca, Rio de Janeiro"}},
        {{48.8584, 2.2945, "Tour Eiffel", "Champ de Mars, 75007 Paris"},
         {45.7640, 4.8357, "Place Bellecour", "Place Bellecour, 69002 Lyon"}},
        {{41.9028, 12.4964, "Piazza Venezia", "Piazza Venezia, 00186 Roma"},
         {45.4642, 9.1900, "Duomo", "Piazza del Duomo, 20122 Milano"}},
    };
    const QString prefix = language.section(QLatin1Char('_'), 0, 0).toLower();
    int row = 0;
    for (int i = 0; i < 6; ++i) {
        if (prefix == QLatin1String(kTables[i].language))
            row = i;
    }
    return kPlaces[row][pick % 2];
}

} // namespace sb::sandboxphrases
