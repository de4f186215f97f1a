#include "AzuriteAccounts.h"

#include <QStringList>

namespace Apim::Sim {

const QList<AzuriteAccount> &AzuriteAccounts::all()
{
    // Random 64-byte keys generated once; they are test fixtures, not secrets.
    static const QList<AzuriteAccount> accounts {
        { QStringLiteral("contosobackups"),
            "f99aZEXC6HyY9aF/C72BFUD9cx1/u0hxnzRFKu66Xirz3c76nL6FR7g+lLQmGH+x2HFpeHCBiSj/rYmprnRyVA==",
            "zPo+b+ASuj1Le3jo1TJI/KA1RA8liy55OGv4ur9VMORVd8bAjSTy58xhg7qk4fPinyHu7lWv96Fip1P2EP/S5Q==" },
        { QStringLiteral("contosodrbackups"),
            "q93vEv2g2V28mT6Z2bBkN6Y/uLMUZgxu1bAm6SHUPA1Wji5b9aECL16Ef3xmWWgOs4gHAaaUcuXosn/pRZlhgA==",
            "EJEiuoNBZRi0WumwWkmTRP19SQXO1Ya0H3ozsEZOhpSgrz1R8Gkw+KFPaOon/zkamI4jwOUCL0kNtKaW5zi7KA==" },
        { QStringLiteral("contosodevstore"),
            "lczjt0yxiyayFMLx35lvqz/v9DNfibwyeSudHoGa1F4s+xrxriy/c9ejqizrFv2XiCENCajPVhqLqwQ4+HT/7w==",
            "tlRe/7Goe9hJehc9odSHwo3B9MTx4teExZBq7OLUjzQjB1P7nx2BkWGQ4bLKMB1eXTAtvLDBjn2hcHKGiWKX/Q==" },
        { QStringLiteral("fabrikamdr"),
            "YchS+9zevUgMnqYJZu5uh/Jsa6lQPukQHMt8NWYQ4JiMc7R488K2M0sqXMxQRleOaZhBk6+QximtBosiyUBU1A==",
            "duyu3f/2xVpTLNjms84/RPxn+ZomJ15AWhAIe5qwd8IvSrVh1C3SUXQRJ1DAbEsSTeodbw05CFA5hIfRK0fXXw==" },
        { QStringLiteral("fabrikambackups"),
            "u710tvGcY4vX0OC9uWhLVN5y7xaflsxCxMkxPYYs5nyaBpEbsF8XhWLIWEyYgVpa094n4VFfQwPLu03SDKxkNw==",
            "kxem6sVr4FrxIV8qZrGPLkZ4eqKhVvK3bJHO78TWh0RYUWTF+kqarv/5cBaHYGvR/ll2lL7ZJ7t/Oyaaes3Idg==" },
        { QStringLiteral("devbackupstore"),
            "lYkpRJFkM7i5I1OpLrDLohbINAZjAsWtMX8mXG6J6N/IHEWyibTDbo4UGLc9wmoZ4lS3QYb15dkXceQUwXzCpA==",
            "Keuq8yg/cGXxPMFpv9seN7/l5CkiWCqo01OG5R4SBiPnnxgu090uJKZmN8615TpQghsBsOor6bBmIKXXq4LUIg==" },
        { QStringLiteral("simtestbackups"),
            "09tl/BTdwhiZgMx+3+R6ye9riifBbmlHWtFjrUtNO3uhrvIb3K5ltvqVwbZKoq2sXJNyfoyPaB4Rcu7xxyLGfw==",
            "ArzXGwCmo99kXp7uGOqF8xhQbK2Y5VW07VAISzrPLa3lTx+YxA9lu2HfcB+WpbioCeC6Zh0iaKqNZAOTPHqZrQ==" },
        { QStringLiteral("simtestrestore"),
            "vjSCh/SWWiOVDY+lk3hxH9B4gAJ0201/5lVUyCg08NYnXB4C7oreKPt21051ylD5xwLWYiZAy0w3xW7BHKOERQ==",
            "cOr6ovCVh/NSOY5iORLsZCA8jkbB+j1Pvv9LaOyer8DUsSiFDPZEvo7lwvShrJxkTlNmmyneUhcoa+2iEY3yXg==" },
        { QStringLiteral("benchbackups"),
            "gXhfaUsaDj6t8oOTNa9n8PYdMfud+KYRt2wyjNsBZq0s8DLfuhsEfB7ciA+Y85SEVxV/iOB7yX7QQ2DGVmeoyQ==",
            "0DaoS9d2DG0eMekD475Sfy4sRqeGpJoJKPo+Gq4PsrRE4ATogHg5EOrSt6/bKbQUXE2xfADQmIHWiXGa+WG45A==" },
    };
    return accounts;
}

const AzuriteAccount *AzuriteAccounts::find(const QString &name)
{
    for (const AzuriteAccount &account : all()) {
        if (account.name == name)
            return &account;
    }
    return nullptr;
}

QString AzuriteAccounts::environmentValue()
{
    QStringList parts;
    for (const AzuriteAccount &account : all())
        parts << account.name + QLatin1Char(':') + QString::fromLatin1(account.key1);
    return parts.join(QLatin1Char(';'));
}

} // namespace Apim::Sim
