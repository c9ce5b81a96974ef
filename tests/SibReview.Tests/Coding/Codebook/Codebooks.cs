using SibReview.Accounts;
using SibReview.Coding.Codebook;
using SibReview.Infrastructure;
using SibReview.Studies;

namespace SibReview.Tests.Coding.Codebook;

/// <summary>A study with its codebook at version 1, and the codebook after an accepted change, for decider tests.</summary>
public static class Codebooks
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly Actor Lena = new("lena", "Lena Okafor");
    public static readonly Actor Amir = new("amir", "Amir Haddad");
    public static readonly Actor Olive = new("olive", "Olive Grant");

    public static (Study Study, StudyCodebook Codebook) NewStudy()
    {
        var created = (StudyCreated)CreateStudyEndpoint.Decide("s1", new CreateStudy("SIBs", "Why?"), Lena, Now).Events.Single();
        var study = Study.Create(created);
        study = Study.Apply(new StudyMemberAdded("s1", "amir", StudyRole.Coder, "lena", Now), study);
        study = Study.Apply(new StudyMemberAdded("s1", "olive", StudyRole.Observer, "lena", Now), study);
        return (study, StudyCodebook.Create(created));
    }

    public static StudyCodebook After(this StudyCodebook codebook, Decision decision) =>
        codebook.Apply((ICodebookChange)decision.Events.Single());

    public static AddTheme NewTheme(string name = "Trust", int? parent = null, string? colour = null, string[]? keywords = null,
        int expectedVersion = 1) =>
        new(name, $"{name}: what coders look for.", null, null, [], colour, keywords ?? ["trust*"], parent, "pilot coding", expectedVersion);

    public static ReviseTheme RevisionOf(Theme theme, string reason = "clearer for coders") =>
        new(theme.Name, theme.Definition, theme.InclusionNotes, theme.ExclusionNotes, [.. theme.ExampleQuotes], theme.Colour,
            [.. theme.Keywords], reason, 0);
}
