using Marten;

namespace SibReview.Accounts;

/// <summary>A person who signs in. The user name is the identity every event records as "who".</summary>
public sealed record Account(string Id, string DisplayName, string PasswordHash)
{
    public string UserName => Id;
}

public static class AccountsRegistration
{
    public static void AddAccounts(this StoreOptions opts) =>
        opts.Schema.For<Account>().DocumentAlias("account");
}
