using System.Text.Json;
using JasperFx.Events;
using SibReview.Coding;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Coding.Segments;
using SibReview.Coding.Suggestions;
using SibReview.Outcomes;
using SibReview.Reconciliation;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Audit;

/// <summary>One event of the study's log as the audit export gives it: who, when, which case, why, and the event itself.</summary>
public sealed record AuditRow(long Sequence, DateTimeOffset At, string Stream, string Event, string? Case, string? By, string? Reason, string Data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static AuditRow Of(IEvent e)
    {
        var (caseId, by, reason) = e.Data switch
        {
            StudyCreated c => (null, c.CreatedBy, null),
            StudyMemberAdded m => (null, m.AddedBy, null),
            ToleranceChanged t => (null, t.ChangedBy, t.Reason),
            InclusionCriteriaChanged i => (null, i.ChangedBy, i.Reason),
            ICodebookChange c => (null, c.ChangedBy, c.Reason),
            AchievementBasisChanged a => (null, a.ChangedBy, a.Reason),
            CasesAssignedForScreening a => (null, a.AssignedBy, null),
            ScreeningDecisionRecorded d => (d.CaseId, d.Coder, d.Reason),
            ScreeningDecisionRevised r => (r.CaseId, r.Coder, r.RevisionReason),
            ScreeningConsensusRecorded c => (c.CaseId, c.RecordedBy, c.Reason),
            AchievementAssessed a => (a.CaseId, a.Coder, a.OverrideReason ?? a.Reason),
            AchievementReassessed r => (r.CaseId, r.Coder, r.RevisionReason),
            OutcomeConsensusRecorded c => (c.CaseId, c.RecordedBy, c.Reason),
            OutcomeFigureCorrected f => (f.CaseId, f.CorrectedBy, f.Reason),
            OutcomeMetricAdded m => (m.CaseId, m.AddedBy, m.Reason),
            IRoomEvent r => (r.CaseId, r.By, r.Why),
            ThemeJudged j => (j.CaseId, j.Coder, null),
            ThemeJudgementRevised r => (r.CaseId, r.Coder, r.RevisionReason),
            CaseJudgementsSubmitted s => (s.CaseId, s.Coder, null),
            JudgementConsensusRecorded c => (c.CaseId, c.RecordedBy, c.Reason),
            SegmentConsensusRecorded c => (c.CaseId, c.RecordedBy, c.Reason),
            SegmentCodingAdjusted a => (a.CaseId, a.Coder, a.Reason),
            SegmentCodingRemoved r => (r.CaseId, r.Coder, r.Reason),
            SuggestionRejected r => (r.CaseId, r.Coder, r.Reason),
            IDocumentCodingEvent d => (d.CaseId, d.Coder, null),
            _ => ((string?)null, (string?)null, (string?)null),
        };
        return new AuditRow(e.Sequence, e.Timestamp, e.StreamKey ?? "", e.EventTypeName, caseId, by, reason,
            JsonSerializer.Serialize(e.Data, e.Data.GetType(), Json));
    }

    public static string Csv(IEnumerable<AuditRow> rows) =>
        "sequence,at,stream,event,case,by,reason,data\n" + string.Concat(rows.Select(r =>
            $"{r.Sequence},{r.At:O},{Field(r.Stream)},{Field(r.Event)},{Field(r.Case)},{Field(r.By)},{Field(r.Reason)},{Field(r.Data)}\n"));

    /// <summary>RFC 4180: quote every text field, double its quotes.</summary>
    private static string Field(string? text) => text is null ? "" : $"\"{text.Replace("\"", "\"\"")}\"";
}
