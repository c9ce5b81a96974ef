using Marten;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Documents.Texts;

/// <summary>One text version as a document's list of versions shows it, without the text.</summary>
public sealed record TextVersionView(
    int Version, string TextId, string ContentHash, int Length, int Pages, string SourceFileName, string MediaType, long SourceBytes,
    string? Note, string AddedBy, DateTimeOffset AddedAt)
{
    public static TextVersionView Of(DocumentTextAdded e) => new(e.TextVersion, e.TextId, e.ContentHash, e.Length, e.Pages,
        e.SourceFileName, e.MediaType, e.SourceBytes, e.Note, e.AddedBy, e.AddedAt);
}

/// <summary>Page <see cref="Number"/> is the text from <see cref="Start"/> to <see cref="End"/> (UTF-16 offsets, end exclusive).</summary>
public sealed record TextPage(int Number, int Start, int End)
{
    /// <summary>Each page runs to the next page's start, the last to the end of the text.</summary>
    public static IReadOnlyList<TextPage> Of(DocumentText text) => text.PageStarts
        .Select((start, i) => new TextPage(i + 1, start, i + 1 < text.PageStarts.Count ? text.PageStarts[i + 1] : text.Text.Length))
        .ToList();
}

/// <summary>
/// One text version to read and code. <see cref="OffsetUnit"/> says what offsets count, always "utf16" (UTF-16 code
/// units, as JavaScript string indices do); <see cref="Pages"/> is empty for an unpaged text.
/// </summary>
public sealed record DocumentTextView(
    string CaseId, string DocumentId, string DocumentTitle, int Version, int LatestVersion, string TextId, string OffsetUnit,
    string Text, IReadOnlyList<TextPage> Pages, string ContentHash, string SourceFileName, string MediaType, string? Note,
    string AddedBy, DateTimeOffset AddedAt);

public static class DocumentTextQueries
{
    [WolverineGet("/api/cases/{id}/documents/{documentId}/texts", OperationId = "getDocumentTextVersions")]
    public static async Task<IResult> Versions(string id, string documentId, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (await DocumentQueries.RegisterOrSuggestionAsync(session, id, clock.GetUtcNow(), ct) is not var (register, _))
            return DocumentQueries.UnknownCase(id);
        return DocumentRules.UnknownDocument(register, documentId) is { Rejection: { } unknown }
            ? unknown.ToResult()
            : Results.Ok(register.TextsOf(documentId).Select(TextVersionView.Of).ToList());
    }

    [WolverineGet("/api/cases/{id}/documents/{documentId}/texts/{version}", OperationId = "getDocumentText")]
    public static async Task<IResult> Get(string id, string documentId, int version, IQuerySession session, TimeProvider clock,
        CancellationToken ct)
    {
        if (await DocumentQueries.RegisterOrSuggestionAsync(session, id, clock.GetUtcNow(), ct) is not var (register, _))
            return DocumentQueries.UnknownCase(id);
        if (DocumentRules.UnknownDocument(register, documentId) is { Rejection: { } unknown }) return unknown.ToResult();
        var versions = register.TextsOf(documentId);
        if (await session.LoadAsync<DocumentText>(DocumentText.Key(id, documentId, version), ct) is not { } text)
            return Problems.NotFound(versions.Count == 0
                ? $"{documentId} has no text yet; add one by uploading its file."
                : $"{documentId} has no text version {version}; its versions are {string.Join(", ", versions.Select(v => v.TextVersion))}.");
        var added = versions.Single(v => v.TextVersion == version);
        return Results.Ok(new DocumentTextView(id, documentId, register.Find(documentId)!.Title, version, versions.Count, text.Id,
            "utf16", text.Text, TextPage.Of(text), text.ContentHash, text.SourceFileName, text.MediaType, added.Note, text.AddedBy,
            text.AddedAt));
    }
}
