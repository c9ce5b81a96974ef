namespace SibReview.Documents.Texts;

/// <summary>
/// One version of a document's text, normalised (<see cref="TextNormaliser"/>), stored once beside the
/// <see cref="DocumentTextAdded"/> event that names it and never changed: segments are UTF-16 offsets into
/// <see cref="Text"/> (<see cref="TextOffsets"/>), so a changed text would move every coding made on it. A new upload is
/// a new version. Kept as a Marten document (a jsonb row of its own), where PostgreSQL's full-text search can reach it.
/// </summary>
public sealed record DocumentText(
    string Id, string CaseId, string DocumentId, int Version, string Text, IReadOnlyList<int> PageStarts, string ContentHash,
    string SourceFileName, string MediaType, string AddedBy, DateTimeOffset AddedAt)
{
    /// <summary>"INDIGO-POJ-0120/d3/v2": the id codings cite.</summary>
    public static string Key(string caseId, string documentId, int version) => $"{caseId}/{documentId}/v{version}";

    public static DocumentText Of(DocumentTextAdded added, ExtractedText text) => new(added.TextId, added.CaseId,
        added.DocumentId, added.TextVersion, text.Text, text.PageStarts, text.ContentHash, added.SourceFileName,
        added.MediaType, added.AddedBy, added.AddedAt);
}
