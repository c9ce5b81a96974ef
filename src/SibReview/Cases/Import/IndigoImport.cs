using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Cases.Indigo;

namespace SibReview.Cases.Import;

public sealed record ImportOutcome(ImportPlan? Plan, IndigoProblem? Problem);

/// <summary>Imports a GO Lab INDIGO download in one transaction: all of it, or (on any problem) nothing.</summary>
public static class IndigoImport
{
    /// <summary>The download shipped with SibReview (copied beside the app at build time).</summary>
    public static string ShippedDownload => Path.Combine(AppContext.BaseDirectory, "indigo-data", "raw");

    public static async Task<ImportOutcome> RunAsync(IDocumentStore store, string directory, string importedBy,
        DateTimeOffset now, CancellationToken ct)
    {
        var download = IndigoDownload.Read(directory);
        if (download.Problem is { } problem) return new ImportOutcome(null, problem);

        await using var session = store.LightweightSession();
        var current = await session.Query<CatalogueEntry>().ToListAsync(ct);
        var plan = ImportPlan.Decide(download.Records, current.ToDictionary(e => e.Id), importedBy, now);
        foreach (var e in plan.Imported) session.Events.StartStream<CatalogueEntry>(e.CaseId, e);
        foreach (var e in plan.Changed) session.Events.Append(e.CaseId, e);
        await session.SaveChangesAsync(ct);
        return new ImportOutcome(plan, null);
    }
}
