#pragma once

#include <QString>

namespace Apim::Core::Pkce {

// Proof Key for Code Exchange (RFC 7636) with S256, and the random values the
// authorization code flow needs. All randomness comes from QRandomGenerator::system().
QString randomUrlSafe(int bytes); // base64url without padding
QString createVerifier(); // 43 characters from 32 random bytes
QString challengeS256(const QString &verifier); // BASE64URL(SHA256(verifier))

} // namespace Apim::Core::Pkce
