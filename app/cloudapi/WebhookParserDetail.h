#pragma once

#include "JsonCursor.h"
#include "WebhookEvent.h"

// Pieces shared by the `messages` parser and the management-field parser. Internal.
namespace sb::webhook {

// Unix seconds given as a string or number; an invalid QDateTime when absent or unreadable.
QDateTime unixTime(const JsonCursor &object, QStringView key, Need need = Need::Optional);
QList<WebhookError> errorsFromJson(const JsonCursor &parent, QStringView key);
WebhookContact contactFromJson(const JsonCursor &contact);
TemplateRef templateRefFromJson(const JsonCursor &value);

// The non-`messages` fields this build turns into typed events.
bool isManagementField(const QString &field);
// Appends the event of one management change (`field` must satisfy isManagementField).
void parseManagementChange(const QString &field, const JsonCursor &value,
                           const WebhookOrigin &origin, QList<WebhookEvent> &events);

} // namespace sb::webhook
