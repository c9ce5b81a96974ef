using Marten;
using SibReview.Accounts;
using SibReview.Cases.Catalogue;
using SibReview.Documents;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Demo;

/// <summary>
/// A screening under way in the demo study, generated deterministically from the data so a newcomer sees conflicts,
/// the flow and agreement at once: the lead assigns every candidate to two of the three demo coders, and each coder
/// judges from INDIGO and the document register. Every decision's note says it is demo activity and how it was made.
/// </summary>
public static class DemoScreening
{
    private const int DisagreeOneIn = 6;
    private const int UnfinishedOneIn = 8;

    public static async Task EnsureAsync(IDocumentStore store, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(ScreeningStreams.Plan(DemoStudy.Id), ct) is not null) return;
        var study = (await session.LoadAsync<Study>(DemoStudy.Id, ct))!;
        var candidates = (await Catalogue.SearchAsync(session, new CatalogueFilter().Within(study.Criteria), ct)).Cases;
        var ids = candidates.Select(c => c.Id).ToList();
        var registers = (await session.LoadManyAsync<CaseDocuments>(ct, ids.Select(DocumentRegister.Key)))
            .ToDictionary(r => r.CaseId);
        var records = (await session.LoadManyAsync<CatalogueEntry>(ct, ids)).ToDictionary(e => e.Id, e => e.Record);

        var coders = DemoAccounts.People.Where(p => p.Role == StudyRole.Coder).Select(p => p.UserName).ToList();
        var lead = new Actor(DemoAccounts.Lead.UserName, DemoAccounts.Lead.DisplayName);
        var assigned = AssignCasesForScreeningEndpoint.Decide(study, ids, [], new AssignCasesForScreening(null, coders, 2), lead, now);
        session.Events.StartStream(ScreeningStreams.Plan(study.Id), [.. assigned.Events]);

        var plan = assigned.Events.OfType<CasesAssignedForScreening>().Single().Assignments;
        foreach (var (assignment, i) in plan.Select((a, i) => (a, i)))
        {
            // Whole cases wait, so every case screened so far has both ratings and Fleiss' kappa applies.
            if (Deterministic.OneIn(UnfinishedOneIn, assignment.CaseId)) continue;
            var documents = registers.GetValueOrDefault(assignment.CaseId)?.Documents.Count ?? 0;
            var decision = Judge(records[assignment.CaseId], documents, study.Criteria.MinimumDistinctDocuments, assignment);
            session.Events.StartStream(ScreeningStreams.Coder(study.Id, assignment.CaseId, assignment.Coder),
                decision with { RecordedAt = now.AddMinutes(i) });
        }
        await session.SaveChangesAsync(ct);
    }

    /// <summary>The demo coders' rule: documents of any type count, and INDIGO must carry outcome data; one judgement in six differs.</summary>
    public static ScreeningDecisionRecorded Judge(Cases.Indigo.IndigoRecord record, int documents, int minimum, ScreeningAssignment a)
    {
        var hasOutcomes = record.OutcomeMetrics.Any(m => m.Results.Count > 0) || record.ActualOutcomePayments is not null;
        var (verdict, reason) = documents < minimum ? (ScreeningVerdict.Exclude, ScreeningReasons.TooFewDocuments)
            : !hasOutcomes ? (ScreeningVerdict.Exclude, ScreeningReasons.InsufficientOutcomeData)
            : (ScreeningVerdict.Include, (string?)null);
        if (Deterministic.OneIn(DisagreeOneIn, a.CaseId + a.Coder))
            (verdict, reason) = (verdict == ScreeningVerdict.Include ? ScreeningVerdict.Unsure : ScreeningVerdict.Include, null);
        var note = $"Demo activity, generated from INDIGO: {documents} distinct document(s) of any type in the register; " +
                   (hasOutcomes ? "INDIGO reports outcome results or payments." : "INDIGO reports no outcome results or payments.");
        return new ScreeningDecisionRecorded(DemoStudy.Id, a.CaseId, a.Coder, verdict, reason, note, default);
    }
}
