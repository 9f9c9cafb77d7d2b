#pragma once

#include <QByteArray>
#include <QString>

namespace sb {

// Where the webhook receiver hands every payload whose signature checked out. Called on the
// receiver's thread, before the HTTP answer is sent: Meta gets 200 only when accept() returned
// true, so a payload is never acknowledged before it is stored.
class WebhookSink
{
public:
    virtual ~WebhookSink() = default;
    // The exact bytes Meta signed. Return false when they could not be persisted: Meta retries.
    virtual bool accept(const QByteArray &rawBody) = 0;
    // Signed but unusable (not a JSON object). Kept for diagnosis; Meta is told 400.
    virtual void deadLetter(const QByteArray &rawBody, const QString &reason) = 0;
};

} // namespace sb
