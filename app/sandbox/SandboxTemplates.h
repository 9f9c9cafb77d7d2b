#pragma once

#include "Template.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

class SandboxIds;

// The WABA's message templates: a name can exist in several languages, each its own template
// with its own id and status (spec §6).
class SandboxTemplates
{
public:
    explicit SandboxTemplates(SandboxIds &ids);

    // Adds or replaces (same name and language). An empty id gets a fresh one.
    const TemplateDefinition &put(TemplateDefinition definition);
    const TemplateDefinition *find(const QString &name, const QString &language) const;
    const TemplateDefinition *findById(const QString &id) const;
    bool hasName(const QString &name) const;
    bool setStatus(const QString &name, const QString &language, TemplateStatus status,
                   const QString &reason = {});
    const QList<TemplateDefinition> &all() const { return m_templates; }

    // The Graph shape of GET /{waba}/message_templates `data[]` elements.
    static QJsonObject toGraphJson(const TemplateDefinition &definition);
    // The same shape back (what POST /_sandbox/templates takes). Missing status means PENDING.
    static std::optional<TemplateDefinition> fromGraphJson(const QJsonObject &object,
                                                           QString *problem);

private:
    SandboxIds &m_ids;
    QList<TemplateDefinition> m_templates; // creation order = listing order
};

// The templates a fresh sandbox starts with: several languages, every category and status,
// positional and named parameters, every header kind and button type.
QList<TemplateDefinition> sandboxTemplateCatalogue();

} // namespace sb
