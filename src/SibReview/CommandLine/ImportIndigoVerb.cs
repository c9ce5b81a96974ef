using SibReview.Cases.Import;
using SibReview.Infrastructure;

namespace SibReview.CommandLine;

public sealed class ImportIndigoVerb : IVerb
{
    public string Summary => "import a GO Lab INDIGO download into the database";

    public string Help => """
        Usage: ./ops/sibreview import-indigo --path DIR

        Imports a GO Lab INDIGO Impact Bond Dataset download (DIR holds key-datasets/ and all-data-by-type/).
        New impact bonds start case streams; a changed source row becomes a change event; an unchanged one
        records nothing. All or nothing: a malformed file is reported as file:line: problem and nothing is written.
        Uses SIBREVIEW_DB (./ops/sibreview starts the local cluster when it is unset).
        """;

    public async Task<int> RunAsync(VerbOptions options)
    {
        var path = options.Required("path");
        if (!Directory.Exists(path)) throw new BadInputException($"no such folder: {path}");
        await using var store = Verbs.Store();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = await IndigoImport.RunAsync(store, path, $"{Environment.UserName} (command line)",
            DateTimeOffset.UtcNow, CancellationToken.None);
        if (outcome.Problem is { } problem) throw new BadInputException($"{problem} (nothing was imported)");

        var plan = outcome.Plan!;
        Console.WriteLine($"Imported {plan.Total} impact bonds in {clock.Elapsed.TotalSeconds:0.0} s: " +
            $"{plan.Imported.Count} new, {plan.Changed.Count} changed, {plan.Unchanged} unchanged.");
        foreach (var change in plan.Changed)
            Console.WriteLine($"  {change.CaseId}: {string.Join(", ", change.ChangedFields)}");
        return Verbs.Ok;
    }
}
