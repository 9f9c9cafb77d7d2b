#pragma once

#include "SandboxHttpMessage.h"

#include <QStringList>

namespace sb {

class Sandbox;
struct SandboxPhoneNumber;
struct SandboxError;

// The Graph endpoints of spec §1-§3, §6.1, §9-§10, answered with the platform's JSON shapes.
// One instance per request; the token has already been checked.
class SandboxGraphApi
{
public:
    SandboxGraphApi(Sandbox &sandbox, const SandboxRequest &request, int apiMajorVersion);

    SandboxResponse route(const QStringList &segments);

private:
    SandboxResponse messages(const QString &phoneNumberId);
    SandboxResponse upload(const QString &phoneNumberId);
    SandboxResponse node(const QString &id);
    SandboxResponse deleteNode(const QString &id);
    SandboxResponse templates(const QString &wabaId);
    SandboxResponse phoneNumbers(const QString &wabaId);
    SandboxResponse phoneFields(const SandboxPhoneNumber &phone);
    SandboxResponse fail(const SandboxError &error) const;
    SandboxResponse unknownObject(const QString &id) const;
    QString host() const;

    Sandbox &m_sandbox;
    const SandboxRequest &m_request;
    int m_version = 0;
};

} // namespace sb
