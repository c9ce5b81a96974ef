using Marten;
using SibReview.Studies;

namespace SibReview.Coding.Codebook;

/// <summary>
/// A study's codebook at one version, folded from the study's stream: version 1 is the codebook StudyCreated carries, and
/// each <see cref="ICodebookChange"/> makes the next. What codebook decisions need and what coders code with.
/// </summary>
public sealed record StudyCodebook(string StudyId, int Version, IReadOnlyList<Theme> Themes)
{
    public Theme? Find(int number) => Themes.FirstOrDefault(t => t.Number == number);

    public IEnumerable<Theme> Active => Themes.Where(t => !t.Retired);

    /// <summary>Numbers are never reused, retired themes' included, so a number names one theme for the study's life.</summary>
    public int NextNumber => Themes.Count == 0 ? 1 : Themes.Max(t => t.Number) + 1;

    /// <summary>The chain of parents above a theme, nearest first.</summary>
    public IEnumerable<int> Ancestors(int number)
    {
        for (var parent = Find(number)?.Parent; parent is { } p; parent = Find(p)?.Parent)
            yield return p;
    }

    /// <summary>The events <see cref="Apply"/> folds (replay reads no others from the study's stream besides Study's own).</summary>
    public static readonly IReadOnlyList<Type> ChangeTypes =
        [typeof(ThemeAdded), typeof(ThemeRevised), typeof(ThemeRetired), typeof(ThemeParentChanged)];

    public static StudyCodebook Create(StudyCreated e) => new(e.StudyId, 1, [.. e.Codebook.OrderBy(t => t.Number)]);

    public StudyCodebook Apply(ICodebookChange change) => (change switch
    {
        ThemeAdded a => this with { Themes = [.. Themes, Theme.Of(a.Number, a.Parent, a.Content)] },
        ThemeRevised r => Replace(r.Number, t => t.With(r.Content)),
        ThemeRetired r => Replace(r.Number, t => t with { Retired = true }),
        ThemeParentChanged p => Replace(p.Number, t => t with { Parent = p.To }),
        _ => throw new ArgumentException($"{change.GetType().Name} is not a codebook change this fold knows.", nameof(change)),
    }) with { Version = change.CodebookVersion };

    /// <summary>The study's codebook as it stands, read from its stream (the study exists).</summary>
    public static async Task<StudyCodebook> LoadAsync(IQuerySession session, string studyId, CancellationToken ct) =>
        Fold((await session.Events.FetchStreamAsync(studyId, token: ct)).Select(e => e.Data))!;

    /// <summary>The codebook as of a version (null: the latest) from the study's events in stream order; null before StudyCreated.</summary>
    public static StudyCodebook? Fold(IEnumerable<object> studyEvents, int? upToVersion = null)
    {
        StudyCodebook? codebook = null;
        foreach (var e in studyEvents)
        {
            if (codebook is not null && codebook.Version == upToVersion) break;
            codebook = e switch
            {
                StudyCreated created => Create(created),
                ICodebookChange change when codebook is not null => codebook.Apply(change),
                _ => codebook,
            };
        }
        return codebook;
    }

    private StudyCodebook Replace(int number, Func<Theme, Theme> change) =>
        this with { Themes = Themes.Select(t => t.Number == number ? change(t) : t).ToList() };
}
