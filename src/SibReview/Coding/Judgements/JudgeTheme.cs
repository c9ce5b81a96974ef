using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Judgements;

/// <summary>
/// Whether the case shows the theme, with an optional strength (0-3, present themes only), note and supporting codings
/// (CodingIds of the coder's own codings on the case's documents). ExpectedVersion is the version of the coder's judgement
/// stream for the case the client last saw: 0 before their first judgement.
/// </summary>
public sealed record JudgeTheme(
    int? Theme, bool? Present, int? Strength, string? Note, IReadOnlyList<string?>? CodingIds, string? RevisionReason,
    long ExpectedVersion);

/// <summary>What a coder's act on their judgements answers: their judgements of the case as they now stand.</summary>
public sealed record JudgementsSaved(string CaseId, CoderJudgements Mine);

public static class JudgeThemeEndpoint
{
    /// <param name="found">The coder's codings on the case among those cited (<see cref="SupportingCodings.FindAsync"/>).</param>
    public static Decision Decide(JudgementCase atHand, IReadOnlyList<MyCoding> found, JudgeTheme command, Actor actor,
        DateTimeOffset now)
    {
        var (study, codebook, caseId) = (atHand.Study, atHand.Codebook, atHand.CaseId);
        if ((StudyRules.MustContribute(study, actor) ?? atHand.NotJudgeable) is { } refused) return refused;
        if (JudgementRules.ThemeProblem(codebook, command.Theme) is { } badTheme) return Decision.Invalid(badTheme);
        var theme = command.Theme!.Value;
        if (command.Present is not { } present)
            return Decision.Invalid($"Say whether {caseId} shows {JudgementRules.Describe(codebook, theme)}: present or absent.");
        var (note, codingIds) = (JudgementRules.Clean(command.Note), SupportingCodings.Clean(command.CodingIds));
        var problem = JudgementRules.StrengthProblem(present, command.Strength)
            ?? JudgementRules.TextProblem("A note", note)
            ?? SupportingCodings.Problem(codebook, theme, codingIds, found);
        if (problem is not null) return Decision.Invalid(problem);

        var mine = atHand.Current.Of(actor.UserName);
        if ((mine?.Version ?? 0) != command.ExpectedVersion)
            return Decision.Reject(409, $"Your judgements of {caseId} are at version {mine?.Version ?? 0}, not {command.ExpectedVersion} " +
                "(changed in another window?). Look at them again and judge again if you still want to; nothing was recorded.");
        if (mine?.Of(theme) is not { } earlier)
            return Decision.Accept(new ThemeJudged(study.Id, caseId, actor.UserName, theme, present, command.Strength, note, codingIds,
                codebook.Version, now, AfterSubmission: mine?.Submitted == true));
        if (JudgementRules.Clean(command.RevisionReason) is not { } why)
            return Decision.Invalid($"Say why you revise your judgement of theme {theme}: the reason is kept with the revision.");
        if (JudgementRules.TextProblem("A revision reason", why) is { } longReason) return Decision.Invalid(longReason);
        if ((earlier.Present, earlier.Strength, earlier.Note) == (present, command.Strength, note)
            && earlier.CodingIds.SequenceEqual(codingIds))
            return Decision.Invalid($"That is already your judgement of theme {theme}; nothing to revise.");
        return Decision.Accept(new ThemeJudgementRevised(study.Id, caseId, actor.UserName, theme, present, command.Strength, note,
            codingIds, codebook.Version, why, now));
    }

    [WolverinePost("/api/studies/{id}/cases/{caseId}/judgements", OperationId = "judgeTheme")]
    public static async Task<IResult> Post(string id, string caseId, JudgeTheme command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var cited = SupportingCodings.Clean(command.CodingIds);
        // Read before the case is held: codings live in the coder's document streams, which no judgement writes to.
        var found = cited.Count > JudgementRules.MaxCodings ? []
            : await SupportingCodings.FindAsync(session, id, caseId, actor.UserName, cited, ct);
        return await JudgementCase.Record(session, id, caseId, CodingStreams.Judgements(id, caseId, actor.UserName),
            atHand => Decide(atHand, found, command, actor, clock.GetUtcNow()),
            saved => new JudgementsSaved(caseId, saved.Of(actor.UserName)!), ct);
    }
}
