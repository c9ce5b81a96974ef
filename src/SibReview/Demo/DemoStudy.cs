using Marten;
using SibReview.Accounts;
using SibReview.Cases.Catalogue;
using SibReview.Cases.Import;
using SibReview.Documents;
using SibReview.Studies;

namespace SibReview.Demo;

/// <summary>
/// Brings a database to the demo state: INDIGO imported, demo accounts and the SIB study present, the candidates'
/// document registers seeded from INDIGO. Safe to run on every start.
/// </summary>
public static class DemoStudy
{
    public const string Id = "demo";
    public const string Name = "Relational working and SIB outcomes (UK, 2015-2020)";
    public const string Question =
        "Are relational, co-produced ways of working associated with more successful Social Impact Bonds?";

    public static async Task<ImportOutcome> EnsureAsync(IDocumentStore store, DateTimeOffset now, CancellationToken ct)
    {
        var import = await IndigoImport.RunAsync(store, IndigoImport.ShippedDownload, "sibreview (first run)", now, ct);
        if (import.Problem is { } problem)
            throw new InvalidOperationException($"The shipped INDIGO download is broken: {problem}");

        await using var session = store.LightweightSession();
        foreach (var person in DemoAccounts.People)
            if (await session.LoadAsync<Account>(person.UserName, ct) is null)
                session.Store(Passwords.NewAccount(person.UserName, person.DisplayName, DemoAccounts.Password));

        if (await session.Events.FetchStreamStateAsync(Id, ct) is null)
            session.Events.StartStream<Study>(Id, [.. StudyEvents(now)]);
        await session.SaveChangesAsync(ct);

        var study = (await session.LoadAsync<Study>(Id, ct))!;
        var candidates = await Catalogue.SearchAsync(session, new CatalogueFilter().Within(study.Criteria), ct);
        await DocumentRegister.SeedAsync(store, candidates.Cases.Select(c => c.Id), now, ct);
        return import;
    }

    /// <summary>The same decisions a lead makes through the API, so the demo holds nothing a user could not have made.</summary>
    private static IEnumerable<object> StudyEvents(DateTimeOffset now)
    {
        var lead = new Actor(DemoAccounts.Lead.UserName, DemoAccounts.Lead.DisplayName);
        var created = CreateStudyEndpoint.Decide(Id, new CreateStudy(Name, Question), lead, now);
        var study = Study.Create((StudyCreated)created.Events.Single());
        var events = new List<object>(created.Events);
        foreach (var person in DemoAccounts.People.Where(p => p.Role != StudyRole.Lead))
        {
            var account = new Account(person.UserName, person.DisplayName, "");
            var added = AddMemberEndpoint.Decide(study, new AddMember(person.UserName, person.Role, study.Version), account, lead, now);
            study = Study.Apply((StudyMemberAdded)added.Events.Single(), study);
            events.AddRange(added.Events);
        }
        return events;
    }
}
