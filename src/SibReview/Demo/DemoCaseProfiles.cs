using System.Text;
using Marten;
using SibReview.Accounts;
using SibReview.Cases.Catalogue;
using SibReview.Documents;
using SibReview.Documents.Texts;
using SibReview.Studies;

namespace SibReview.Demo;

/// <summary>
/// Gives each candidate of the demo study a text to code: the lead adds the case's INDIGO profile (<see cref="CaseProfile"/>)
/// to its document register and uploads its text, through the same decisions the API makes, so the demo holds nothing a
/// user could not have made. The document's notes and the text's note say it is demo activity. A case whose register
/// already lists the profile (its GO Lab page) is left alone, so a second run adds nothing.
/// </summary>
public static class DemoCaseProfiles
{
    public static async Task EnsureAsync(IDocumentStore store, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var study = (await session.LoadAsync<Study>(DemoStudy.Id, ct))!;
        var ids = (await Catalogue.SearchAsync(session, new CatalogueFilter().Within(study.Criteria), ct)).Cases.Select(c => c.Id).ToList();
        await DocumentRegister.SeedAsync(store, ids, now, ct);
        var registers = await session.LoadManyAsync<CaseDocuments>(ct, ids.Select(DocumentRegister.Key));
        var records = (await session.LoadManyAsync<CatalogueEntry>(ct, ids)).ToDictionary(e => e.Id, e => e.Record);
        var lead = new Actor(DemoAccounts.Lead.UserName, DemoAccounts.Lead.DisplayName);
        foreach (var register in registers.Where(r => !r.Documents.Any(d => d.Url == CatalogueEndpoints.GolabPage(r.CaseId))))
        {
            var record = records[register.CaseId];
            var added = AddDocumentEndpoint.Decide(register, new AddDocument(CaseProfile.Title(record), nameof(DocumentType.Other),
                "Government Outcomes Lab, University of Oxford", null, CatalogueEndpoints.GolabPage(record.Id), Note, register.Version),
                lead, now).Events.OfType<DocumentAdded>().Single();
            var bytes = Encoding.UTF8.GetBytes(CaseProfile.Text(record));
            var file = CaseProfile.FileName(record);
            var upload = new UploadedText(TextExtraction.Extract(bytes, TextFormat.PlainText, file).Text!, file,
                TextFormats.MediaType(TextFormat.PlainText), bytes.Length, Note);
            var text = AddDocumentTextEndpoint.Decide(CaseDocuments.Apply(added, register), added.Document.Id, upload, lead, now)
                .Events.OfType<DocumentTextAdded>().Single();
            session.Events.Append(register.Id, register.Version + 2, added, text);
            session.Store(DocumentText.Of(text, upload.Text));
        }
        await session.SaveChangesAsync(ct);
    }

    private const string Note = "Demo activity: SibReview assembled this case profile from INDIGO's own text fields for the project.";
}
