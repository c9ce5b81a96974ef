using SibReview.Coding;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Screening;
using SibReview.Studies;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Coding.Judgements;

/// <summary>A small study (the eight seeded themes, codebook version 1) with one included case, built from recorded events.</summary>
internal static class Judgements
{
    public const string Sib = CaseId;

    public static StudyCodebook Seeded { get; } =
        StudyCodebook.Create((StudyCreated)CreateStudyEndpoint.Decide("s1", new CreateStudy("SIBs", "Why?"), Lena, Now).Events.Single());

    public static IReadOnlyList<int> Themes => [.. Seeded.Active.Select(t => t.Number)];

    public static JudgementCase Held(params object[] judgementEvents) => Held(ScreeningVerdict.Include, judgementEvents);

    public static JudgementCase Held(ScreeningVerdict agreed, params object[] judgementEvents) => new(Study(), Seeded, Sib, true,
        Status(Assigned("amir", "bea"), Decided("amir", agreed, agreed == ScreeningVerdict.Exclude ? "too-few-documents" : null),
            Decided("bea", agreed, agreed == ScreeningVerdict.Exclude ? "too-few-documents" : null)),
        judgementEvents.Length == 0 ? null : Folded(judgementEvents));

    public static CaseJudgements Folded(params object[] events) => events.Aggregate(CaseJudgements.Unjudged("s1", Sib), CaseJudgements.Fold);

    public static ThemeJudged Judged(string coder, int theme, bool present, string caseId = Sib) =>
        new("s1", caseId, coder, theme, present, null, null, [], 1, Now);

    /// <summary>Every active theme judged by the coder, present where listed, then submitted.</summary>
    public static object[] SubmittedWith(string coder, int[] present, string caseId = Sib) =>
        [.. Themes.Select(t => Judged(coder, t, present.Contains(t), caseId)), new CaseJudgementsSubmitted("s1", caseId, coder, 1, Now)];

    public static JudgeTheme Judge(int? theme, bool? present = true, long expectedVersion = 0, int? strength = null,
        string[]? codingIds = null, string? revisionReason = null) =>
        new(theme, present, strength, null, codingIds ?? [], revisionReason, expectedVersion);

    public static MyCoding CodingOf(string codingId, int theme) => new(codingId, "d1", 1, theme, 0, 11, "Co-produced");
}
