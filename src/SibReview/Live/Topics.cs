namespace SibReview.Live;

/// <summary>An event that changes what people looking at one study see.</summary>
public interface IStudyEvent
{
    string StudyId { get; }
}

/// <summary>An event that changes the shared case catalogue (and so every study's candidates).</summary>
public interface ICatalogueEvent
{
    string CaseId { get; }
}

/// <summary>The SignalR groups people watch: one per study, one for the catalogue.</summary>
public static class Topics
{
    public const string Catalogue = "catalogue";

    public static string Study(string studyId) => $"study:{studyId}";

    public static IEnumerable<string> Of(object eventData)
    {
        if (eventData is ICatalogueEvent) yield return Catalogue;
        if (eventData is IStudyEvent study) yield return Study(study.StudyId);
    }
}

/// <summary>The thin message a watcher receives: refetch the topic's views if the version is newer than yours.</summary>
public sealed record LiveChange(string Topic, long Version);
