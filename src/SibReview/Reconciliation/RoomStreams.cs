namespace SibReview.Reconciliation;

/// <summary>
/// One stream per reconciliation room. An item's id is <c>{caseId}/{key}</c>, where the key is its kind for a kind with one
/// item per case (screening, outcome) and the kind, a dash and the item's own key for a finer one (theme-3). The key is the
/// room's last route segment, and every room of a case starts with <see cref="OfCase"/>.
/// </summary>
public static class RoomStreams
{
    public static string ItemId(string caseId, string key) => $"{caseId}/{key}";

    public static string Of(string studyId, string itemId) => $"{OfStudy(studyId)}{itemId}";

    public static string OfStudy(string studyId) => $"reconciliation/{studyId}/";

    public static string OfCase(string studyId, string caseId) => $"{OfStudy(studyId)}{caseId}/";

    /// <summary>The SignalR group of a room: its participants' connections.</summary>
    public static string Group(string studyId, string itemId) => $"room:{studyId}/{itemId}";
}
