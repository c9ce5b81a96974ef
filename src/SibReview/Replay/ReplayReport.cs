using System.Text.Json;
using System.Text.Json.Serialization;
using SibReview.Coding.Prevalence;

namespace SibReview.Replay;

/// <summary>
/// A case classified otherwise than under the study's own settings; "excluded" is the side on which a case stands outside
/// the included cases under one of the two minimums of distinct documents.
/// </summary>
public sealed record FlippedCase(string CaseId, string Name, string From, string To);

/// <summary>
/// The study under one tolerance: unclassified counts the included cases with insufficient data, in conflict or not yet
/// assessed; Themes is each active theme's prevalence in the successful and struggling cohorts of this scenario, with
/// Fisher's test, from the function the live view uses (<see cref="ThemePrevalence.Of"/>).
/// </summary>
public sealed record ReplayScenario(
    decimal Tolerance, int Successful, int Struggling, int Unclassified, IReadOnlyList<FlippedCase> Flipped,
    IReadOnlyList<ThemeCohortPrevalence> Themes);

/// <summary>
/// StudyTolerance and StudyMinimumDistinctDocuments are the study's own settings as of the replayed moment (AsOf, or now
/// when null); MinimumDistinctDocuments is the one every scenario replays under.
/// </summary>
public sealed record ReplayReport(
    string Study, decimal StudyTolerance, int StudyMinimumDistinctDocuments, int MinimumDistinctDocuments, DateTimeOffset? AsOf,
    IReadOnlyList<ReplayScenario> Scenarios)
{
    public const string Excluded = "excluded";

    /// <summary>The one serialisation the command line and the API share, so both print the same bytes.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
