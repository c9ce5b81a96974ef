using SibReview.Accounts;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Tests.Screening;

/// <summary>A small study and the screening of one case, built from the same events the API records.</summary>
internal static class Screenings
{
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    public const string CaseId = "INDIGO-POJ-0120";
    public static readonly Actor Lena = new("lena", "Lena Okafor");
    public static readonly Actor Amir = new("amir", "Amir Haddad");
    public static readonly Actor Bea = new("bea", "Bea Lindqvist");
    public static readonly Actor Chen = new("chen", "Chen Wei");
    public static readonly Actor Olive = new("olive", "Olive Grant");

    public static Study Study()
    {
        var created = CreateStudyEndpoint.Decide("s1", new CreateStudy("SIBs", "Why?"), Lena, Now);
        var study = SibReview.Studies.Study.Create((StudyCreated)created.Events.Single());
        (string Name, StudyRole Role)[] members =
            [("amir", StudyRole.Coder), ("bea", StudyRole.Coder), ("chen", StudyRole.Coder), ("olive", StudyRole.Observer)];
        foreach (var (name, role) in members)
            study = SibReview.Studies.Study.Apply(new StudyMemberAdded("s1", name, role, "lena", Now), study);
        return study;
    }

    public static ScreeningStatus Status(params object[] events) =>
        events.Aggregate(ScreeningStatus.Unscreened("s1", CaseId), ScreeningStatus.Fold);

    public static CasesAssignedForScreening Assigned(params string[] coders) =>
        new("s1", [.. coders.Select(c => new ScreeningAssignment(CaseId, c))], "lena", Now);

    public static ScreeningDecisionRecorded Decided(string coder, ScreeningVerdict verdict, string? reason = null) =>
        new("s1", CaseId, coder, verdict, reason, null, Now);

    public static CaseAtHand AtHand(params object[] events) => new(Study(), CaseId, true, events.Length == 0 ? null : Status(events));
}
