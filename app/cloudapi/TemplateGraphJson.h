#pragma once

#include "Template.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sb {

// Reads one element of GET /{waba-id}/message_templates `data[]` (spec §6.1): name, language,
// category, status, quality, parameter format and the HEADER / BODY / FOOTER / BUTTONS
// components with their examples. Tolerant of what a listing may leave out (an unknown category
// or status stays Unknown); nullopt with `problem` (translated) only when there is no name,
// language or body text, since such a template cannot be shown or sent.
std::optional<TemplateDefinition> templateFromGraphJson(const QJsonObject &object,
                                                        QString *problem = nullptr);

} // namespace sb
