#pragma once

#include "SandboxHttpMessage.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sb {

class Sandbox;

// The /_sandbox/ control API (JSON in and out, documented in docs/sandbox.md): play customers,
// read what the business sent, change the numbers, templates and customers, inject faults,
// move the clock and manage webhook endpoints.
class SandboxControlApi
{
    Q_DECLARE_TR_FUNCTIONS(sb::SandboxControlApi)

public:
    explicit SandboxControlApi(Sandbox &sandbox);

    SandboxResponse handle(const SandboxRequest &request);

private:
    SandboxResponse inbound(const QJsonObject &body);
    SandboxResponse sent(const SandboxRequest &request) const;
    SandboxResponse phone(const QJsonObject &body);
    SandboxResponse phones() const;
    SandboxResponse faults(const QJsonObject &body);
    SandboxResponse faultsState() const;
    SandboxResponse clock(const QJsonObject &body);
    SandboxResponse webhooks(const QJsonObject &body);
    SandboxResponse webhookList() const;
    SandboxResponse templates(const QJsonObject &body);
    SandboxResponse customers(const QJsonObject &body);
    SandboxResponse customerList() const;

    static SandboxResponse problem(int status, const QString &message);

    Sandbox &m_sandbox;
};

} // namespace sb
