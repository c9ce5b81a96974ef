using SibReview.Studies;

namespace SibReview.Coding.Codebook;

/// <summary>One version of the codebook: who made it, when, what changed and why (Theme: the theme it concerned).</summary>
public sealed record CodebookHistoryEntry(int Version, DateTimeOffset At, string By, string Description, string? Reason, int? Theme);

/// <summary>The codebook's versions told as a researcher reads them, from the study's events in stream order.</summary>
public static class CodebookHistory
{
    public static IReadOnlyList<CodebookHistoryEntry> Of(IEnumerable<object> studyEvents)
    {
        var (entries, codebook) = (new List<CodebookHistoryEntry>(), (StudyCodebook?)null);
        foreach (var e in studyEvents)
        {
            if (e is StudyCreated created)
            {
                codebook = StudyCodebook.Create(created);
                entries.Add(new(1, created.CreatedAt, created.CreatedBy,
                    $"started the codebook with the study: {codebook.Themes.Count} themes", null, null));
            }
            else if (e is ICodebookChange change && codebook is not null)
            {
                var before = codebook;
                codebook = codebook.Apply(change);
                entries.Add(new(change.CodebookVersion, change.ChangedAt, change.ChangedBy, Describe(change, before, codebook),
                    change.Reason, change.Number));
            }
        }
        return entries;
    }

    private static string Describe(ICodebookChange change, StudyCodebook before, StudyCodebook after) => change switch
    {
        ThemeAdded a => $"added {Name(after, a.Number)}" + (a.Parent is { } p ? $" under {Name(after, p)}" : ""),
        ThemeRevised r => $"revised {Name(before, r.Number)}: {string.Join(", ", Changed(before.Find(r.Number)!.Content, r.Content))}",
        ThemeRetired r => $"retired {Name(before, r.Number)}",
        ThemeParentChanged { To: { } to } m => $"moved {Name(before, m.Number)} under {Name(before, to)}",
        ThemeParentChanged m => $"moved {Name(before, m.Number)} to the top level",
        _ => change.GetType().Name,
    };

    private static IEnumerable<string> Changed(ThemeContent from, ThemeContent to)
    {
        if (from.Name != to.Name) yield return $"renamed to \"{to.Name}\"";
        if (from.Definition != to.Definition) yield return "definition";
        if (from.InclusionNotes != to.InclusionNotes) yield return "inclusion notes";
        if (from.ExclusionNotes != to.ExclusionNotes) yield return "exclusion notes";
        if (!from.ExampleQuotes.SequenceEqual(to.ExampleQuotes)) yield return "example quotes";
        if (from.Colour != to.Colour) yield return $"colour {from.Colour} -> {to.Colour}";
        var (added, removed) = (to.Keywords.Except(from.Keywords).ToList(), from.Keywords.Except(to.Keywords).ToList());
        if (added.Count > 0) yield return $"keywords added: {string.Join("; ", added)}";
        if (removed.Count > 0) yield return $"keywords removed: {string.Join("; ", removed)}";
        if (added.Count == 0 && removed.Count == 0 && !from.Keywords.SequenceEqual(to.Keywords)) yield return "keywords reordered";
    }

    private static string Name(StudyCodebook codebook, int number) => $"theme {number} \"{codebook.Find(number)?.Name}\"";
}
