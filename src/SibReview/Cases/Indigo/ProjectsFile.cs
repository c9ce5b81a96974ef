namespace SibReview.Cases.Indigo;

/// <summary>key-datasets/original_projects.csv: one row per impact bond.</summary>
internal static class ProjectsFile
{
    public const string Path = "key-datasets/original_projects.csv";

    private const string Dates = "Dates - ";
    private const string Finance = "Overall project finance - ";
    private const string Investment = Finance + "Total investment commitment - ";
    private const string MaxPayment = Finance + "Maximum potential outcome payment - ";
    private const string PaymentsMade = Finance + "Total outcome payments made - ";
    private const string Purpose = "Purpose and classifications - ";
    private const string Service = "Service and beneficiaries - ";

    /// <summary>The bonds with their own fields only, in file order.</summary>
    public static IReadOnlyList<IndigoRecord> Read(string directory)
    {
        var table = CsvTable.Load(directory, Path);
        var id = table.Column("ID");
        var name = table.Column("Impact Bond Name - (Value)");
        var alternativeNames = table.Column("Alternative Names - (Value)");
        var countries = table.Column("Countries");
        var stage = table.Column("Stage of Development - (Value)");
        var policySector = table.Column(Purpose + "Policy sector - (Value)");
        var socialChallenge = table.Column(Purpose + "Social challenge - (Value)");
        var intervention = table.Column(Purpose + "Intervention - (Value)");
        var targetPopulation = table.Column(Service + "Target population - (Value)");
        var targetedUsers = table.Column(Service + "Targeted number of unique service users or beneficiaries (total) - (Value)");
        var actualUsers = table.Column(Service + "Actual number of unique service users or beneficiaries engaged (total) - (Value)");
        var notes = table.Column("Notes - (Value)");
        var covid19 = table.Column("Changes to project due to COVID-19 - (Value)");
        var contractSigned = table.Column(Dates + "Date outcomes contract signed - (Value)");
        var serviceStart = table.Column(Dates + "Start date of service provision - (Value)");
        var anticipatedServiceEnd = table.Column(Dates + "Anticipated end date of service provision - (Value)");
        var actualServiceEnd = table.Column(Dates + "Actual end date of service provision - (Value)");
        var anticipatedCompletion = table.Column(Dates + "Anticipated completion date - (Value)");
        var actualCompletion = table.Column(Dates + "Actual completion date - (Value)");
        var anticipatedDuration = table.Column(Dates + "Anticipated duration of service provision - (Value)");
        var investmentCurrency = table.Column(Investment + "Currency - (Value)");
        var investmentExact = table.Column(Investment + "Amount - Exact - (Value)");
        var investmentMin = table.Column(Investment + "Amount - Min - (Value)");
        var investmentMax = table.Column(Investment + "Amount - Max - (Value)");
        var maxPaymentCurrency = table.Column(MaxPayment + "Currency - (Value)");
        var maxPayment = table.Column(MaxPayment + "Amount - (Value)");
        var paymentsMadeCurrency = table.Column(PaymentsMade + "Currency - (Value)");
        var paymentsMade = table.Column(PaymentsMade + "Amount - (Value)");

        var firstLines = new Dictionary<string, int>();
        return table.Rows.Select(row =>
        {
            var projectId = row.Text(id) ?? throw row.Problem("missing project ID");
            if (!firstLines.TryAdd(projectId, row.Line))
            {
                throw row.Problem($"duplicate project ID {projectId} (first on line {firstLines[projectId]})");
            }

            return new IndigoRecord
            {
                Id = projectId,
                Name = row.Text(name),
                AlternativeNames = row.Text(alternativeNames),
                Countries = (row.Text(countries) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Stage = row.Text(stage),
                PolicySector = row.Text(policySector),
                SocialChallenge = row.Text(socialChallenge),
                Intervention = row.Text(intervention),
                TargetPopulation = row.Text(targetPopulation),
                TargetedServiceUsers = row.Text(targetedUsers),
                ActualServiceUsersEngaged = row.Text(actualUsers),
                Notes = row.Text(notes),
                Covid19Changes = row.Text(covid19),
                OutcomesContractSigned = row.Text(contractSigned),
                ServiceProvisionStart = row.Text(serviceStart),
                AnticipatedServiceEnd = row.Text(anticipatedServiceEnd),
                ActualServiceEnd = row.Text(actualServiceEnd),
                AnticipatedCompletion = row.Text(anticipatedCompletion),
                ActualCompletion = row.Text(actualCompletion),
                AnticipatedDurationMonths = row.Text(anticipatedDuration),
                Currency = row.Text(maxPaymentCurrency) ?? row.Text(paymentsMadeCurrency) ?? row.Text(investmentCurrency),
                InvestmentCurrency = row.Text(investmentCurrency),
                MaxOutcomePayment = row.Number(maxPayment),
                TotalOutcomePaymentsMade = row.Number(paymentsMade),
                TotalInvestmentCommitment = row.Number(investmentExact),
                TotalInvestmentCommitmentMin = row.Number(investmentMin),
                TotalInvestmentCommitmentMax = row.Number(investmentMax),
            };
        }).ToList();
    }
}
