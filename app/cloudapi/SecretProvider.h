#pragma once

#include <QString>

namespace sb {

// Where the Graph client gets its access token. The platform layer implements it over the OS
// keychain; the token is read per request so a rotated token takes effect at once. Implementations
// and callers never log the value.
class TokenProvider
{
public:
    virtual ~TokenProvider() = default;
    virtual QString accessToken() const = 0;
};

} // namespace sb
