#pragma once

#include <QList>
#include <QString>

namespace sb {

// One structural problem found while reading wire JSON. `path` names the spot the way the JSON
// spells it (e.g. "interactive.action.sections[0].rows"); `description` is translated text.
struct ParseIssue
{
    QString path;
    QString description;

    friend bool operator==(const ParseIssue &, const ParseIssue &) = default;
};

} // namespace sb
