#pragma once

#include <QString>
#include <QStringList>

// What simulated customers write, per language. Customer-side chat content, not interface
// text: a German customer writes German whatever language the app runs in.
namespace sb::sandboxphrases {

enum class Kind {
    Opening, // a first message to the business
    Answer, // a reply to an agent's message
    Thanks, // a closing message
    Caption, // caption of a photo
};

// The phrases of `language` ("de", "pt_BR", ...); English for languages without a table.
QStringList phrases(const QString &language, Kind kind);

struct Place
{
    double latitude;
    double longitude;
    const char *name;
    const char *address;
};

// A plausible location for a customer writing `language`.
Place placeFor(const QString &language, quint32 pick);

} // namespace sb::sandboxphrases
