using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Documents;
using SibReview.Documents.Texts;
using SibReview.Studies;

namespace SibReview.Coding.Search;

/// <summary>A text the search reads for a study: the latest text version of one document of one of its cases.</summary>
public sealed record StudyText(string CaseId, string CaseName, string DocumentId, string DocumentTitle, int Version)
{
    public string TextId => DocumentText.Key(CaseId, DocumentId, Version);
}

/// <summary>
/// The texts a study's search and suggestions run over: for each candidate case given (the catalogue seen through the study's
/// criteria, as screening sees it), each document its register lists now, at its latest text version. Candidates rather
/// than included cases: coders search while screening is still under way, and the study's documents are its candidates'.
/// A document merged into another is no longer listed, so its texts drop out; earlier text versions stay with the codings
/// made on them but are not searched.
/// </summary>
public static class StudyTexts
{
    public static async Task<IReadOnlyList<StudyText>> OfAsync(IQuerySession session, IReadOnlyList<CaseSummary> candidates,
        CancellationToken ct)
    {
        var registers = (await session.LoadManyAsync<CaseDocuments>(ct, candidates.Select(c => DocumentRegister.Key(c.Id))))
            .ToDictionary(r => r.CaseId);
        return candidates
            .SelectMany(c => registers.TryGetValue(c.Id, out var register) ? Latest(c, register) : [])
            .ToList();
    }

    private static IEnumerable<StudyText> Latest(CaseSummary candidate, CaseDocuments register) =>
        from document in register.Documents
        let latest = register.TextsOf(document.Id).MaxBy(t => t.TextVersion)
        where latest is not null
        orderby DocumentOrder(document.Id)
        select new StudyText(candidate.Id, candidate.Name, document.Id, document.Title, latest.TextVersion);

    /// <summary>d2 before d10.</summary>
    private static int DocumentOrder(string documentId) => int.TryParse(documentId.AsSpan(1), out var n) ? n : int.MaxValue;
}
