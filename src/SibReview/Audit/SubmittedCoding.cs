using JasperFx.Events;
using SibReview.Coding;
using SibReview.Coding.Segments;

namespace SibReview.Audit;

/// <summary>
/// The log as an audit may show it: a coder's work on a text version of a document (codings, adjustments, removals, memos,
/// rejected suggestions) only once they submitted that version, so an export never reveals a draft that is still blind.
/// </summary>
public static class SubmittedCoding
{
    public static IEnumerable<IEvent> Only(IReadOnlyList<IEvent> log)
    {
        var submitted = log.Select(e => e.Data).OfType<DocumentCodingSubmitted>()
            .Select(s => (s.CaseId, s.DocumentId, s.TextVersion, s.Coder)).ToHashSet();
        return log.Where(e => e.Data is not IDocumentCodingEvent d || submitted.Contains((d.CaseId, d.DocumentId, d.TextVersion, d.Coder)));
    }
}
