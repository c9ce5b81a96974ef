using Microsoft.AspNetCore.Identity;

namespace SibReview.Accounts;

/// <summary>ASP.NET Core's standard password hasher (PBKDF2 with a per-password salt).</summary>
public static class Passwords
{
    private static readonly PasswordHasher<Account> Hasher = new();

    public static Account NewAccount(string userName, string displayName, string password)
    {
        var account = new Account(userName, displayName, "");
        return account with { PasswordHash = Hasher.HashPassword(account, password) };
    }

    public static bool Verify(Account account, string password) =>
        Hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
}
