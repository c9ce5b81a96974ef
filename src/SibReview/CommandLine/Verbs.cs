namespace SibReview.CommandLine;

/// <summary>The command-line verbs of ./ops/sibreview (CONTRACT.md): 0 success, 2 bad input, 1 any other failure.</summary>
public static class Verbs
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    private static readonly IReadOnlyDictionary<string, IVerb> All = new Dictionary<string, IVerb>
    {
        ["import-indigo"] = new ImportIndigoVerb(),
        ["add-account"] = new AddAccountVerb(),
        ["agreement"] = new AgreementVerb(),
        ["replay"] = new ReplayVerb(),
    };

    /// <summary>The database of verbs that need one: SIBREVIEW_DB, which ./ops/sibreview sets to the local cluster when unset.</summary>
    public static Marten.DocumentStore Store() => Infrastructure.EventStore.ForCommandLine(
        Environment.GetEnvironmentVariable("SIBREVIEW_DB")
        ?? throw new BadInputException("SIBREVIEW_DB is not set; run through ./ops/sibreview or set it to an Npgsql connection string."));

    /// <summary>SibReview's own verbs; anything else goes to the host (serve, or the Critter Stack's codegen and db commands).</summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && (All.ContainsKey(args[0]) || args[0] is "help" or "--help");

    private static string Usage() =>
        "Usage: ./ops/sibreview VERB [options]\n\nVerbs:\n" +
        string.Join("\n", All.Select(v => $"  {v.Key,-15} {v.Value.Summary}"));

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] is "--help" or "help")
        {
            Console.WriteLine(Usage());
            return Ok;
        }
        var verb = All[args[0]];
        try
        {
            var options = VerbOptions.Parse(args[1..]);
            if (!options.Has("help")) return await verb.RunAsync(options);
            Console.WriteLine(verb.Help);
            return Ok;
        }
        catch (BadInputException e)
        {
            Console.Error.WriteLine($"{args[0]}: {e.Message}");
            return BadInput;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"{args[0]} failed: {e.Message}");
            return Failed;
        }
    }
}

public interface IVerb
{
    string Summary { get; }
    string Help { get; }
    Task<int> RunAsync(VerbOptions options);
}

public sealed class BadInputException(string message) : Exception(message);
