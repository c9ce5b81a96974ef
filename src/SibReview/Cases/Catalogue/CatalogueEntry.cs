namespace SibReview.Cases.Catalogue;

/// <summary>The catalogue's view of one case stream: its latest INDIGO record, summarised for filtering.</summary>
public sealed record CatalogueEntry(string Id, CaseSummary Summary, string SearchName, string Fingerprint, Indigo.IndigoRecord Record)
{
    public long Version { get; set; }

    public static CatalogueEntry Create(CaseImportedFromIndigo e) => Of(e.Record, e.Fingerprint);

    public static CatalogueEntry Apply(IndigoRecordChanged e, CatalogueEntry _) => Of(e.Record, e.Fingerprint);

    private static CatalogueEntry Of(Indigo.IndigoRecord record, string fingerprint) =>
        new(record.Id, CaseSummary.Of(record), $"{record.Name} {record.AlternativeNames}".Trim(), fingerprint, record);
}
