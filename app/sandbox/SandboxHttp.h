#pragma once

#include "SandboxError.h"
#include "SandboxHttpMessage.h"

#include <QCoreApplication>

namespace sb {

class Sandbox;

// Routes every request: the Graph paths (versioned or not, bearer token checked, faults
// applied), the media download URL, and the /_sandbox/ control API (loopback only, no token).
class SandboxHttp
{
    Q_DECLARE_TR_FUNCTIONS(sb::SandboxHttp)

public:
    explicit SandboxHttp(Sandbox &sandbox);

    SandboxResponse handle(const SandboxRequest &request);

    // A Graph error answer with a fresh fbtrace_id and the code's HTTP status.
    static SandboxResponse errorResponse(Sandbox &sandbox, const SandboxError &error);

private:
    SandboxResponse graph(const SandboxRequest &request);
    SandboxResponse download(const SandboxRequest &request);
    bool authorized(const SandboxRequest &request) const;
    SandboxResponse unauthorized(const SandboxRequest &request) const;
    // Applies the slow-answer fault to a Graph answer.
    SandboxResponse slowed(SandboxResponse response);
    SandboxResponse error(const SandboxError &error) const
    {
        return errorResponse(m_sandbox, error);
    }

    Sandbox &m_sandbox;
};

} // namespace sb
