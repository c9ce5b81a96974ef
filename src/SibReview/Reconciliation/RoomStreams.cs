namespace SibReview.Reconciliation;

/// <summary>
/// One stream per reconciliation room. An item's id is <c>{caseId}/{kind}</c> (kinds whose items are finer than a case,
/// such as a segment, add their own key after the kind), so every room of a case starts with <see cref="OfCase"/>.
/// </summary>
public static class RoomStreams
{
    public static string ItemId(string caseId, string kind) => $"{caseId}/{kind}";

    public static string Of(string studyId, string itemId) => $"{OfStudy(studyId)}{itemId}";

    public static string OfStudy(string studyId) => $"reconciliation/{studyId}/";

    public static string OfCase(string studyId, string caseId) => $"{OfStudy(studyId)}{caseId}/";

    /// <summary>The SignalR group of a room: its participants' connections.</summary>
    public static string Group(string studyId, string itemId) => $"room:{studyId}/{itemId}";
}
