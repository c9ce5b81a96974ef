using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;

namespace SibReview.Studies;

/// <summary>Checks every study operation shares: who may act, and what a valid setting is.</summary>
public static class StudyRules
{
    public static Decision? MustLead(Study study, Actor actor) => study.RoleOf(actor.UserName) switch
    {
        StudyRole.Lead => null,
        null => Decision.Reject(StatusCodes.Status404NotFound, $"There is no study '{study.Id}' that you are a member of."),
        var role => Decision.Forbidden($"Only the study's lead may do this; you are a {role.ToString()!.ToLowerInvariant()}."),
    };

    /// <summary>Leads and coders contribute work to a study; observers only read it.</summary>
    public static Decision? MustContribute(Study study, Actor actor) => study.RoleOf(actor.UserName) switch
    {
        StudyRole.Lead or StudyRole.Coder => null,
        null => Decision.Reject(StatusCodes.Status404NotFound, $"There is no study '{study.Id}' that you are a member of."),
        _ => Decision.Forbidden("Observers may read the study but not add to it; ask the lead to make you a coder."),
    };

    /// <summary>Whether the person leads or codes in any study: case-level knowledge (a case's documents) is theirs to curate.</summary>
    public static Task<bool> ContributesToAnyStudyAsync(IQuerySession session, string userName, CancellationToken ct) =>
        session.Query<Study>().AnyAsync(s => s.Members.Any(m => m.UserName == userName && m.Role != StudyRole.Observer), ct);

    /// <summary>What every change of a study setting must pass: made by the lead, to a valid value, with a reason for the record.</summary>
    public static Decision? SettingChangeRefused(Study study, Actor actor, string? valueProblem, string? reason) =>
        MustLead(study, actor)
        ?? (valueProblem is { } bad ? Decision.Invalid(bad) : null)
        ?? (ReasonProblem(reason) is { } noReason ? Decision.Invalid(noReason) : null);

    public static string? ToleranceProblem(decimal tolerance) =>
        tolerance is > 0m and < 1m ? null : $"tolerance must be between 0 and 1 (e.g. 0.10 for 10%); got {tolerance}.";

    public static string? CriteriaProblem(InclusionCriteria c)
    {
        if (string.IsNullOrWhiteSpace(c.Country) || c.Country.Trim().Length != 2)
            return $"country must be a two-letter ISO code such as GB; got '{c.Country}'.";
        if (c.LiveFrom is < 1990 or > 2100 || c.LiveTo is < 1990 or > 2100)
            return $"the live window must be years between 1990 and 2100; got {c.LiveFrom}-{c.LiveTo}.";
        if (c.LiveFrom > c.LiveTo)
            return $"the live window starts after it ends: {c.LiveFrom} > {c.LiveTo}.";
        if (c.MinimumDistinctDocuments is < 1 or > 100)
            return $"the minimum number of distinct documents must be between 1 and 100; got {c.MinimumDistinctDocuments}.";
        return null;
    }

    public static string? ReasonProblem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Give a reason: it is recorded with the change for the audit trail." : null;
}
