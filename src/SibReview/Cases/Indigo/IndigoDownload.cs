namespace SibReview.Cases.Indigo;

/// <summary>
/// Reads GO Lab's INDIGO "all public data" download, as unpacked into a folder:
/// key-datasets/original_projects.csv and original_orgs.csv, and all-data-by-type/original_funds.csv
/// and original_projects_*.csv. It only reads those files: no other input, no state, no side effects.
/// </summary>
public static class IndigoDownload
{
    private const string OrganisationsPath = "key-datasets/original_orgs.csv";
    private const string FundsPath = "all-data-by-type/original_funds.csv";

    public static IndigoReadResult Read(string directory)
    {
        try
        {
            return IndigoReadResult.Success(ReadRecords(directory));
        }
        catch (IndigoProblemException exception)
        {
            return IndigoReadResult.Failure(exception.Problem);
        }
    }

    private static List<IndigoRecord> ReadRecords(string directory)
    {
        var projects = ProjectsFile.Read(directory);
        var ids = projects.Select(project => project.Id).ToHashSet();
        var organisations = NameIndex.Read(directory, OrganisationsPath, "ID", "Name");
        var funds = NameIndex.Read(directory, FundsPath, "ID", "Fund - Name");

        var outcomePayers = OutcomePayersFile.Read(directory, organisations, ids);
        var serviceProviders = PartiesFile.Read(directory, PartiesFile.ServiceProvisions, PartiesFile.OrganisationIdColumn, organisations, ids);
        var investors = PartiesFile.Read(directory, PartiesFile.Investments, PartiesFile.OrganisationIdColumn, organisations, ids);
        var intermediaries = PartiesFile.Read(directory, PartiesFile.IntermediaryServices, PartiesFile.OrganisationIdColumn, organisations, ids);
        var outcomeFunds = PartiesFile.Read(directory, PartiesFile.OutcomeFunds, PartiesFile.FundIdColumn, funds, ids);
        var payments = OutcomePaymentRow.Read(directory, ids);
        var metrics = OutcomeMetricsFile.Read(directory, ids);
        var pricings = OutcomePricingsFile.Read(directory, ids);
        var results = ResultsFile.Read(directory, ids);
        var sources = SourcesFile.Read(directory, ids);
        var documents = DocumentsFile.Read(directory, ids);

        return projects
            .OrderBy(project => project.Id, StringComparer.Ordinal)
            .Select(project =>
            {
                var id = project.Id;
                var paid = OutcomePayments.Sum(payments[id]);
                var outcomes = OutcomeMetricJoin.Join(metrics[id], pricings[id], results[id]);
                return project with
                {
                    ActualOutcomePayments = paid.Actual,
                    PlannedOutcomePayments = paid.Planned,
                    LatestPaymentPlanId = paid.LatestPlanId,
                    OutcomePayers = outcomePayers[id].ToList(),
                    Commissioners = PartiesFile.Distinct(outcomePayers[id].Select(payer => payer.OrganisationName)),
                    ServiceProviders = serviceProviders[id].ToList(),
                    Investors = investors[id].ToList(),
                    Intermediaries = intermediaries[id].ToList(),
                    OutcomeFunds = outcomeFunds[id].ToList(),
                    OutcomeMetrics = outcomes.Metrics,
                    ProjectResults = outcomes.ProjectResults,
                    UnmatchedResults = outcomes.UnmatchedResults,
                    UnmatchedPricings = outcomes.UnmatchedPricings,
                    Sources = sources[id].ToList(),
                    Documents = documents[id].ToList(),
                };
            })
            .ToList();
    }
}
