using System.Security.Claims;
using JasperFx.Events;
using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Coding.Codebook;
using SibReview.Infrastructure;
using SibReview.Outcomes;
using SibReview.Screening;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Judgements;

/// <summary>One of the viewer's own judgements as it was made or revised (Version: its place in their stream).</summary>
public sealed record JudgementHistoryEntry(
    long Version, int Theme, bool Present, int? Strength, string? Note, IReadOnlyList<string> CodingIds, DateTimeOffset At,
    string? RevisionReason);

/// <summary>One of the viewer's codings on the case's documents, which their judgements may cite.</summary>
public sealed record MyCoding(string CodingId, string DocumentId, int TextVersion, int Theme, int Start, int End, string Quote);

/// <summary>
/// One case's theme judgements as the viewer may see them. Included is null while the viewer is still blind on the case's
/// screening. Until a coder has submitted their judgements of the case, the others' judgements, the consensus and what the
/// case shows are withheld (OthersHidden); OtherCoders counts the other coders who submitted. Themes are the codebook's
/// active themes; Verdicts say, per theme, what the case shows by the submitted judgements and the consensus.
/// </summary>
public sealed record CaseJudgementsView(
    string StudyId, string CaseId, string Name, StudyRole MyRole, bool? Included, int CodebookVersion, IReadOnlyList<Theme> Themes,
    CoderJudgements? Mine, long MyVersion, IReadOnlyList<JudgementHistoryEntry> MyHistory, IReadOnlyList<MyCoding> MyCodings,
    bool OthersHidden, int OtherCoders, IReadOnlyList<CoderJudgements> Others, IReadOnlyList<ThemeConsensus> Consensus,
    long ConsensusVersion, IReadOnlyList<ThemeVerdict> Verdicts);

public static class CaseJudgementsViewEndpoint
{
    [WolverineGet("/api/studies/{id}/cases/{caseId}/judgements", OperationId = "getCaseJudgements")]
    public static async Task<IResult> Get(string id, string caseId, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } member) return ScreeningViewer.NotAMember(id);
        if (await session.LoadAsync<CatalogueEntry>(caseId, ct) is not { } entry)
            return Problems.NotFound($"There is no case '{caseId}' in the catalogue.");
        var me = member.UserName;
        var screening = await session.LoadAsync<ScreeningStatus>(ScreeningStatus.IdOf(id, caseId), ct)
            ?? ScreeningStatus.Unscreened(id, caseId);
        var status = await session.LoadAsync<CaseJudgements>(CaseJudgements.IdOf(id, caseId), ct) ?? CaseJudgements.Unjudged(id, caseId);
        var codebook = await StudyCodebook.LoadAsync(session, id, ct);
        var history = await session.Events.FetchStreamAsync(CodingStreams.Judgements(id, caseId, me), token: ct);
        var codings = await SupportingCodings.FindAsync(session, id, caseId, me, null, ct);
        var (sees, mine) = (status.Reveals(me, member.Role), status.Of(me));
        var themes = codebook.Active.OrderBy(t => t.Number).ToList();
        return Results.Ok(new CaseJudgementsView(id, caseId, entry.Summary.Name, member.Role,
            OutcomeViewer.Of(member).SeesInclusionOf(screening) ? screening.Included : null, codebook.Version, themes, mine,
            mine?.Version ?? 0, [.. history.Select(Describe).OfType<JudgementHistoryEntry>()],
            [.. codings.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Start)],
            !sees, status.Submitted.Count(c => c.Coder != me),
            sees ? [.. status.Submitted.Where(c => c.Coder != me)] : [], sees ? status.Consensus : [], sees ? status.ConsensusVersion : 0,
            sees ? [.. themes.Select(t => status.VerdictOn(t.Number))] : []));
    }

    private static JudgementHistoryEntry? Describe(IEvent e) => e.Data switch
    {
        ThemeJudged j => new(e.Version, j.Theme, j.Present, j.Strength, j.Note, j.CodingIds, j.JudgedAt, null),
        ThemeJudgementRevised r => new(e.Version, r.Theme, r.Present, r.Strength, r.Note, r.CodingIds, r.RevisedAt, r.RevisionReason),
        _ => null,
    };
}
