#pragma once

#include "Template.h"

#include <QJsonObject>
#include <QString>

namespace sb {

// How the template cache stores a TemplateDefinition: a JSON object using the Graph API's
// field and enum spellings (so it reads like GET /message_templates), owned by the store so
// that sb_store needs nothing but sb_core. Decoding never fails: missing fields keep defaults.
class TemplateDefinitionJson
{
public:
    TemplateDefinitionJson() = delete;

    static QJsonObject toJson(const TemplateDefinition &definition);
    static TemplateDefinition fromJson(const QJsonObject &object);
    static QString toText(const TemplateDefinition &definition);
    static TemplateDefinition fromText(const QString &text);
};

} // namespace sb
