using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Agreement;

public sealed record ImportLabelSet(string? Name, string? Level, string? Csv);

public sealed record LabelSetCreated(string Id);

/// <summary>POST /api/studies/{id}/agreement-sets: labels coded outside SibReview, in the agreement verb's CSV format.</summary>
public static class ImportLabelSetEndpoint
{
    public static Decision Decide(Study study, string setId, ImportLabelSet command, Actor actor, DateTimeOffset now)
    {
        if (StudyRules.MustContribute(study, actor) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(command.Name)) return Decision.Invalid("Give the label set a name, e.g. \"Pilot screening, March\".");
        if (command.Name.Trim().Length > 200) return Decision.Invalid("A label set name has at most 200 characters.");
        var (options, problem) = AgreementOptions.Parse(null, command.Level, null, null, null);
        if (options is null) return Decision.Invalid(problem!);
        var parsed = ReliabilityCsv.Parse(command.Csv ?? "", options.Level);
        if (!parsed.IsSuccess) return Decision.Invalid(string.Join("; ", parsed.Problems.Take(5)));
        var labels = parsed.Rows.Select(r => new ImportedLabel(r.Unit, r.Coder, r.Value.Length == 0 ? null : r.Value)).ToList();
        return Decision.Accept(new LabelSetImported(study.Id, setId, command.Name.Trim(), options.Level, labels, actor.UserName, now));
    }

    [WolverinePost("/api/studies/{id}/agreement-sets", OperationId = "importLabelSet")]
    public static async Task<IResult> Post(string id, ImportLabelSet command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var study = await session.LoadAsync<Study>(id, ct);
        if (study is null) return Problems.NotFound($"There is no study '{id}' that you are a member of.");
        var setId = $"imported/{Guid.NewGuid():N}";
        var decision = Decide(study, setId, command, Actor.From(user), clock.GetUtcNow());
        if (decision.Rejection is { } rejection) return rejection.ToResult();
        session.Events.StartStream($"label-set/{setId}", [.. decision.Events]);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/studies/{id}/agreement", new LabelSetCreated(setId));
    }
}
