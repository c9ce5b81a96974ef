using JasperFx.Events;
using SibReview.Coding.Codebook;

namespace SibReview.Studies;

public sealed record StudyHistoryEntry(long Version, DateTimeOffset At, string By, string Description, string? Reason);

/// <summary>The study's own stream, told as a researcher reads it.</summary>
public static class StudyHistory
{
    public static StudyHistoryEntry? Describe(IEvent e) => e.Data switch
    {
        StudyCreated c => new(e.Version, c.CreatedAt, c.CreatedBy, $"created the study \"{c.Name}\"", null),
        StudyMemberAdded m => new(e.Version, m.AddedAt, m.AddedBy,
            $"added {m.UserName} as {m.Role.ToString().ToLowerInvariant()}", null),
        ToleranceChanged t => new(e.Version, t.ChangedAt, t.ChangedBy,
            $"changed the outcome tolerance {t.From:0.00#} -> {t.To:0.00#}", t.Reason),
        InclusionCriteriaChanged i => new(e.Version, i.ChangedAt, i.ChangedBy,
            $"changed the inclusion criteria {Show(i.From)} -> {Show(i.To)}", i.Reason),
        // The codebook page tells each change in full; the study's history notes that one was made.
        ICodebookChange c => new(e.Version, c.ChangedAt, c.ChangedBy,
            $"changed theme {c.Number} of the codebook (now version {c.CodebookVersion})", c.Reason),
        AchievementBasisChanged a => new(e.Version, a.ChangedAt, a.ChangedBy,
            $"changed the achievement basis {a.From} -> {a.To}", a.Reason),
        _ => null,
    };

    private static string Show(InclusionCriteria c) =>
        $"({c.Country}, live {c.LiveFrom}-{c.LiveTo}, at least {c.MinimumDistinctDocuments} distinct documents)";
}
