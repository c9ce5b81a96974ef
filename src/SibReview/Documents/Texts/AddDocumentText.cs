using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Mvc;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Documents.Texts;

public static class AddDocumentTextEndpoint
{
    /// <summary>The uploaded text becomes the document's next text version, unless the document already has this very text.</summary>
    public static Decision Decide(CaseDocuments register, string documentId, UploadedText upload, Actor actor, DateTimeOffset now)
    {
        if (DocumentRules.UnknownDocument(register, documentId) is { } unknown) return unknown;
        if (DocumentRules.Refused(DocumentRules.NotesProblem(upload.Note)) is { } refused) return refused;
        var versions = register.TextsOf(documentId);
        if (versions.FirstOrDefault(v => v.ContentHash == upload.Text.ContentHash) is { } same)
            return Decision.Invalid($"This text is already version {same.TextVersion} of {documentId} (from '{same.SourceFileName}', " +
                                    $"added by {same.AddedBy} on {same.AddedAt:yyyy-MM-dd}); nothing to change.");
        var version = versions.Count + 1;
        return Decision.Accept(new DocumentTextAdded(register.CaseId, documentId, version,
            DocumentText.Key(register.CaseId, documentId, version), upload.Text.ContentHash, upload.Text.Text.Length,
            upload.Text.PageStarts.Count, upload.FileName, upload.MediaType, upload.Bytes, DocumentRules.Trimmed(upload.Note),
            actor.UserName, now));
    }

    [WolverinePost("/api/cases/{id}/documents/{documentId}/texts", OperationId = "addDocumentText")]
    [RequestSizeLimit(TextUpload.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = TextUpload.MaxRequestBytes)]
    public static async Task<IResult> Post(string id, string documentId, HttpRequest request, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var (actor, now) = (Actor.From(user), clock.GetUtcNow());
        // Who may add comes first: an observer's upload is not worth reading.
        if (await DocumentRegisterStream.Forbidden(session, actor, ct) is { } forbidden) return forbidden;
        var (upload, problem) = await TextUpload.ReadAsync(request, ct);
        if (problem is not null) return problem;
        return await DocumentRegisterStream.Record(session, id, actor, null, now, register =>
        {
            var decision = Decide(register, documentId, upload!, actor, now);
            // The text is stored beside its event, in the same transaction, or not at all.
            foreach (var added in decision.Events.OfType<DocumentTextAdded>()) session.Store(DocumentText.Of(added, upload!.Text));
            return decision;
        }, ct);
    }
}
