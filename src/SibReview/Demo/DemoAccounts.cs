using SibReview.Studies;

namespace SibReview.Demo;

/// <summary>The demo study's people; run.sh prints these so a newcomer can sign in at once.</summary>
public static class DemoAccounts
{
    public const string Password = "sibreview-demo";

    public sealed record Person(string UserName, string DisplayName, StudyRole Role);

    public static readonly IReadOnlyList<Person> People =
    [
        new("lena", "Lena Okafor", StudyRole.Lead),
        new("amir", "Amir Haddad", StudyRole.Coder),
        new("bea", "Bea Lindqvist", StudyRole.Coder),
        new("chen", "Chen Wei", StudyRole.Coder),
        new("olive", "Olive Grant", StudyRole.Observer),
    ];

    public static Person Lead => People[0];
}
