using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Coding.Segments;

/// <summary>
/// Start and End are UTF-16 offsets into the text version's normalised text, Quote the words there. SuggestionId is set
/// when the coder accepts an auto-coding suggestion. ExpectedVersion is the coder's document stream's version the client
/// last saw (0 before their first act on the document).
/// </summary>
public sealed record ApplyCoding(int TextVersion, int Theme, int Start, int End, string? Quote, string? SuggestionId, long ExpectedVersion);

public static class ApplyCodingEndpoint
{
    public const int MaxSuggestionId = 200;

    public static Decision Decide(DocumentAtHand atHand, ApplyCoding command, string codingId, Actor actor, DateTimeOffset now)
    {
        if (SegmentRules.MayWork(atHand, actor) is { } refused) return refused;
        var (codebook, text) = (atHand.Codebook, atHand.Text!);
        if (codebook.Find(command.Theme) is not { } theme)
            return Decision.Invalid($"There is no theme {command.Theme} in the study's codebook (version {codebook.Version}); its " +
                                    $"active themes are {string.Join(", ", codebook.Active.Select(t => t.Number))}.");
        if (theme.Retired)
            return Decision.Invalid($"Theme {theme.Number} (\"{theme.Name}\") is retired in codebook version {codebook.Version}: " +
                                    "it takes no new codings. Choose an active theme.");
        if (SegmentRules.SegmentProblem(text, command.Start, command.End, command.Quote) is { } bad) return bad;
        if (command.SuggestionId?.Length > MaxSuggestionId)
            return Decision.Invalid($"A suggestion id has at most {MaxSuggestionId} characters.");
        if (atHand.Coding.On(atHand.TextVersion).FirstOrDefault(c => (c.Theme, c.Start, c.End) == (theme.Number, command.Start, command.End)) is { } same)
            return Decision.Invalid($"You already coded {command.Start}-{command.End} at theme {theme.Number} (coding {same.CodingId}).");
        var (target, start, end) = (atHand.Target, command.Start, command.End);
        return Decision.Accept(new SegmentCoded(target.StudyId, target.CaseId, target.DocumentId, atHand.TextVersion, actor.UserName,
            codingId, theme.Number, start, end, text.Text[start..end], codebook.Version, SegmentRules.Trimmed(command.SuggestionId), now));
    }

    [WolverinePost("/api/studies/{id}/cases/{caseId}/documents/{documentId}/codings", OperationId = "applyCoding")]
    public static Task<IResult> Post(string id, string caseId, string documentId, ApplyCoding command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var codingId = Guid.CreateVersion7().ToString("N");
        return DocumentCodingStream.Record(session, new CodingTarget(id, caseId, documentId, actor.UserName), command.ExpectedVersion,
            _ => command.TextVersion, atHand => Decide(atHand, command, codingId, actor, clock.GetUtcNow()), ct);
    }
}
