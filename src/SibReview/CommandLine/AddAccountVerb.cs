using System.Text.RegularExpressions;
using SibReview.Accounts;

namespace SibReview.CommandLine;

public sealed partial class AddAccountVerb : IVerb
{
    public string Summary => "create a local account (the password is read from standard input)";

    public string Help => """
        Usage: echo 'PASSWORD' | ./ops/sibreview add-account --user NAME --name "DISPLAY NAME"

        Creates a local account that a study's lead can then add as lead, coder or observer. The user name
        (2-40 lower-case letters, digits, '.', '_' or '-') is what every event records as "who", so it never
        changes. The password (at least 10 characters) is read from the first line of standard input, so it
        stays out of the shell history, and is stored only as a salted PBKDF2 hash.
        """;

    public async Task<int> RunAsync(VerbOptions options)
    {
        var user = options.Required("user").Trim().ToLowerInvariant();
        var name = options.Required("name").Trim();
        if (!UserName().IsMatch(user))
            throw new BadInputException($"'{user}' is not a usable user name: 2-40 lower-case letters, digits, '.', '_' or '-'.");
        var password = Console.In.ReadLine();
        if (password is null || password.Length < 10)
            throw new BadInputException("give a password of at least 10 characters on standard input.");

        await using var store = Verbs.Store();
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<Account>(user) is not null)
            throw new BadInputException($"an account '{user}' already exists; nothing was changed.");
        session.Insert(Passwords.NewAccount(user, name, password));
        await session.SaveChangesAsync();
        Console.WriteLine($"Created account '{user}' ({name}).");
        return Verbs.Ok;
    }

    [GeneratedRegex("^[a-z0-9._-]{2,40}$")]
    private static partial Regex UserName();
}
