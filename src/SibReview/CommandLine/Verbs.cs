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
    };

    public static bool IsVerb(string[] args) => args.Length > 0 && (All.ContainsKey(args[0]) || args[0] is "--help" or "help");

    public static async Task<int> RunAsync(string[] args)
    {
        if (!All.TryGetValue(args[0], out var verb))
        {
            Console.WriteLine("Usage: ./ops/sibreview VERB [options]\n\nVerbs:");
            foreach (var (name, v) in All) Console.WriteLine($"  {name,-15} {v.Summary}");
            return Ok;
        }
        var options = VerbOptions.Parse(args[1..]);
        if (options.Has("help")) { Console.WriteLine(verb.Help); return Ok; }
        try
        {
            return await verb.RunAsync(options);
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
