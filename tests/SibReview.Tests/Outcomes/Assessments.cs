using SibReview.Documents;
using SibReview.Outcomes;
using SibReview.Screening;
using SibReview.Studies;
using SibReview.Tests.Cases.Indigo;
using SibReview.Tests.Screening;

namespace SibReview.Tests.Outcomes;

/// <summary>A small study with one included case (Promoting Independence, 0.8657 on payments), built from recorded events.</summary>
internal static class Assessments
{
    public const string Sib = "INDIGO-POJ-0181";

    public static OutcomeCase Held(params object[] outcomeEvents) => Held(ScreeningVerdict.Include, outcomeEvents);

    public static OutcomeCase Held(ScreeningVerdict agreed, params object[] outcomeEvents) => Case(agreed, null, outcomeEvents);

    /// <summary>The case with the coders' evidence folded from the given corrections and additions.</summary>
    public static OutcomeCase WithEvidence(params object[] evidenceEvents) => Case(ScreeningVerdict.Include,
        evidenceEvents.Aggregate(CaseEvidence.Empty("s1", Sib), CaseEvidence.Fold), []);

    /// <summary>INDIGO's sources of the case grouped into documents, as its register starts.</summary>
    public static CaseDocuments Register() => CaseDocuments.Create(DocumentRegister.Seed(Sib, ShippedDownload.Get(Sib), Screenings.Now));

    private static OutcomeCase Case(ScreeningVerdict agreed, CaseEvidence? evidence, object[] outcomeEvents)
    {
        var screening = new object[]
        {
            new CasesAssignedForScreening("s1", [new(Sib, "amir"), new(Sib, "bea")], "lena", Screenings.Now),
            new ScreeningDecisionRecorded("s1", Sib, "amir", agreed, agreed == ScreeningVerdict.Exclude ? "too-few-documents" : null, null, Screenings.Now),
            new ScreeningDecisionRecorded("s1", Sib, "bea", agreed, agreed == ScreeningVerdict.Exclude ? "too-few-documents" : null, null, Screenings.Now),
        }.Aggregate(ScreeningStatus.Unscreened("s1", Sib), ScreeningStatus.Fold);
        return new OutcomeCase(Screenings.Study(), Sib, ShippedDownload.Get(Sib), screening,
            outcomeEvents.Length == 0 ? null : Folded(outcomeEvents), evidence);
    }

    public static OutcomeStatus Folded(params object[] events) => events.Aggregate(OutcomeStatus.Unassessed("s1", Sib), OutcomeStatus.Fold);

    public static AchievementAssessed Assessed(string coder, decimal? ratio, bool insufficient = false) =>
        new("s1", Sib, coder, AchievementBasis.Payments, null, ratio, 0.8657m, ratio == 0.8657m ? null : "read the final report",
            insufficient, insufficient ? "no final results" : null, null, Screenings.Now);

    public static AssessAchievement Confirm(long expectedVersion = 0, string? revisionReason = null) =>
        new(AchievementBasis.Payments, null, null, null, null, null, null, revisionReason, expectedVersion);
}
