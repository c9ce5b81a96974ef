using JasperFx.Events;
using SibReview.Coding;
using SibReview.Coding.Judgements;
using SibReview.Coding.Segments;

namespace SibReview.Audit;

/// <summary>
/// The log as an audit may show it: a coder's work stays blind until they submit it, here as everywhere. Their work on a
/// text version of a document (codings, adjustments, removals, memos, rejected suggestions) shows once they submitted that
/// version; their theme judgements of a case once they submitted the case.
/// </summary>
public static class SubmittedCoding
{
    public static IEnumerable<IEvent> Only(IReadOnlyList<IEvent> log)
    {
        var data = log.Select(e => e.Data).ToList();
        var documents = data.OfType<DocumentCodingSubmitted>().Select(s => (s.CaseId, s.DocumentId, s.TextVersion, s.Coder)).ToHashSet();
        var cases = data.OfType<CaseJudgementsSubmitted>().Select(s => (s.CaseId, s.Coder)).ToHashSet();
        return log.Where(e => e.Data switch
        {
            IDocumentCodingEvent d => documents.Contains((d.CaseId, d.DocumentId, d.TextVersion, d.Coder)),
            ThemeJudged j => cases.Contains((j.CaseId, j.Coder)),
            ThemeJudgementRevised r => cases.Contains((r.CaseId, r.Coder)),
            _ => true,
        });
    }
}
