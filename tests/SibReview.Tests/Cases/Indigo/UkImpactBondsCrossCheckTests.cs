using System.Globalization;
using Shouldly;
using SibReview.Cases.Indigo;
using Xunit;

namespace SibReview.Tests.Cases.Indigo;

/// <summary>
/// Checks the reader against uk_impact_bonds.csv, which someone else derived from the same raw
/// files for the 100 UK bonds. Where that file derives a column by another rule, the test says so
/// and checks the rule.
/// </summary>
public class UkImpactBondsCrossCheckTests
{
    private static readonly IReadOnlyList<(IndigoRecord Bond, Func<string, string?> Uk)> Pairs = ReadPairs();

    [Fact]
    public void The_derived_table_covers_the_same_100_UK_bonds()
    {
        Pairs.Select(pair => pair.Bond.Id).Order(StringComparer.Ordinal).ShouldBe(ShippedDownload.Records.Where(ShippedDownload.IsUk).Select(bond => bond.Id));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("alternative_names")]
    [InlineData("country")]
    [InlineData("stage")]
    [InlineData("date_outcomes_contract_signed")]
    [InlineData("start_date_service_provision")]
    [InlineData("date_live")]
    [InlineData("year_live")]
    [InlineData("anticipated_end_date_service")]
    [InlineData("actual_end_date_service")]
    [InlineData("anticipated_completion_date")]
    [InlineData("actual_completion_date")]
    [InlineData("anticipated_duration_months")]
    [InlineData("policy_sector")]
    [InlineData("social_challenge")]
    [InlineData("target_population")]
    [InlineData("target_population_size")]
    [InlineData("actual_service_users_engaged")]
    [InlineData("covid19_changes")]
    [InlineData("outcome_funds")]
    [InlineData("commissioners_outcome_payers")]
    [InlineData("service_providers")]
    [InlineData("investors")]
    [InlineData("intermediaries")]
    [InlineData("n_outcome_metrics")]
    [InlineData("n_result_records")]
    [InlineData("n_documents")]
    public void A_column_the_derived_table_takes_straight_from_INDIGO_agrees_for_every_UK_bond(string column)
    {
        Mismatches(column, Ours(column)).ShouldBeEmpty();
    }

    [Fact]
    public void The_total_investment_commitment_agrees_whether_exact_or_a_range()
    {
        AmountMismatches("total_investment_commitment", bond => bond.TotalInvestmentCommitment).ShouldBeEmpty();
        AmountMismatches("total_investment_commitment_min", bond => bond.TotalInvestmentCommitmentMin).ShouldBeEmpty();
        AmountMismatches("total_investment_commitment_max", bond => bond.TotalInvestmentCommitmentMax).ShouldBeEmpty();
    }

    [Fact]
    public void The_maximum_outcome_payment_agrees_and_where_the_derived_table_sums_the_payers_so_do_the_payers()
    {
        // Where the project row gives no maximum, the derived table (basis
        // "sum_of_outcome_payer_commitments") adds up the payers' commitments; the record keeps the
        // project's own figure, null there, and the payers' figures.
        AmountMismatches("max_outcome_payment", bond =>
            bond.MaxOutcomePayment ?? Sum(bond.OutcomePayers.Select(payer => payer.MaximumPotentialPayment))).ShouldBeEmpty();
        Pairs.Where(pair => pair.Uk("max_outcome_payment_basis") == "sum_of_outcome_payer_commitments")
            .ShouldAllBe(pair => pair.Bond.MaxOutcomePayment == null);
        Pairs.Count(pair => pair.Uk("max_outcome_payment_basis") == "project").ShouldBe(57);
    }

    [Fact]
    public void Total_outcome_payments_made_agree_where_the_project_row_or_its_payers_give_them()
    {
        // Same fallback as above: INDIGO-POJ-0144 states its total only on its payer's commitment.
        AmountMismatches("total_outcome_payments_made", bond =>
            bond.TotalOutcomePaymentsMade ?? Sum(bond.OutcomePayers.Select(payer => payer.TotalPaymentsMade))).ShouldBeEmpty();
    }

    [Fact]
    public void Actual_outcome_payments_agree_except_where_the_derived_table_counts_untyped_payments()
    {
        // INDIGO-POJ-0131..0137 each have one payment row with no type. The derived table counts it as
        // actual; the record counts only rows typed "Actual": only the type says a payment was made.
        var untyped = Enumerable.Range(131, 7).Select(n => $"INDIGO-POJ-{n:0000}").ToHashSet();

        AmountMismatches("actual_outcome_payments", bond => bond.ActualOutcomePayments, Pairs.Where(pair => !untyped.Contains(pair.Bond.Id)))
            .ShouldBeEmpty();
        Pairs.Where(pair => untyped.Contains(pair.Bond.Id))
            .ShouldAllBe(pair => pair.Bond.ActualOutcomePayments == null && pair.Uk("actual_outcome_payments") != null);
    }

    [Fact]
    public void Planned_outcome_payments_agree_with_the_latest_plan_to_the_penny()
    {
        // The derived table rounds to two decimals; the record keeps INDIGO's exact sum.
        AmountMismatches("planned_outcome_payments_latest_plan", bond =>
            bond.PlannedOutcomePayments is { } planned ? Math.Round(planned, 2) : null).ShouldBeEmpty();
    }

    private static Func<IndigoRecord, string?> Ours(string column) => column switch
    {
        "name" => bond => bond.Name,
        "alternative_names" => bond => bond.AlternativeNames,
        "country" => bond => string.Join(", ", bond.Countries),
        "stage" => bond => bond.Stage,
        "date_outcomes_contract_signed" => bond => bond.OutcomesContractSigned,
        "start_date_service_provision" => bond => bond.ServiceProvisionStart,
        "date_live" => bond => bond.LiveDate,
        "year_live" => bond => bond.LiveYear?.ToString(CultureInfo.InvariantCulture),
        "anticipated_end_date_service" => bond => bond.AnticipatedServiceEnd,
        "actual_end_date_service" => bond => bond.ActualServiceEnd,
        "anticipated_completion_date" => bond => bond.AnticipatedCompletion,
        "actual_completion_date" => bond => bond.ActualCompletion,
        "anticipated_duration_months" => bond => bond.AnticipatedDurationMonths,
        "policy_sector" => bond => bond.PolicySector,
        "social_challenge" => bond => bond.SocialChallenge,
        "target_population" => bond => bond.TargetPopulation,
        "target_population_size" => bond => bond.TargetedServiceUsers,
        "actual_service_users_engaged" => bond => bond.ActualServiceUsersEngaged,
        "covid19_changes" => bond => bond.Covid19Changes,
        "outcome_funds" => bond => Names(bond.OutcomeFunds),
        "commissioners_outcome_payers" => bond => Names(bond.Commissioners),
        "service_providers" => bond => Names(bond.ServiceProviders),
        "investors" => bond => Names(bond.Investors),
        "intermediaries" => bond => Names(bond.Intermediaries),
        "n_outcome_metrics" => bond => Count(bond.OutcomeMetrics.Count),
        "n_result_records" => bond => Count(
            bond.OutcomeMetrics.Sum(metric => metric.Results.Count) + bond.ProjectResults.Count + bond.UnmatchedResults.Count),
        "n_documents" => bond => Count(bond.Documents.Count),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    private static List<string> Mismatches(string column, Func<IndigoRecord, string?> ours) =>
        Pairs.Select(pair => (pair.Bond.Id, Ours: ours(pair.Bond), Theirs: pair.Uk(column)))
            .Where(pair => pair.Ours != pair.Theirs)
            .Select(pair => $"{pair.Id} {column}: ours '{pair.Ours}', derived '{pair.Theirs}'")
            .ToList();

    private static List<string> AmountMismatches(
        string column, Func<IndigoRecord, decimal?> ours, IEnumerable<(IndigoRecord Bond, Func<string, string?> Uk)>? pairs = null) =>
        (pairs ?? Pairs).Select(pair => (pair.Bond.Id, Ours: ours(pair.Bond), Theirs: Amount(pair.Uk(column))))
            .Where(pair => pair.Ours != pair.Theirs)
            .Select(pair => $"{pair.Id} {column}: ours {pair.Ours}, derived {pair.Theirs}")
            .ToList();

    private static decimal? Amount(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    // The derived table writes lists as "a; b" and counts as "0" when there are none.
    private static string? Names(IReadOnlyList<string> names) => names.Count == 0 ? null : string.Join("; ", names);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static decimal? Sum(IEnumerable<decimal?> amounts) =>
        amounts.OfType<decimal>().Aggregate((decimal?)null, (sum, amount) => (sum ?? 0) + amount);

    private static List<(IndigoRecord, Func<string, string?>)> ReadPairs()
    {
        var table = CsvTable.Load(Path.GetDirectoryName(ShippedIndigo.UkImpactBondsCsv)!, Path.GetFileName(ShippedIndigo.UkImpactBondsCsv));
        var id = table.Column("indigo_id");
        return table.Rows
            .Select(row => (ShippedDownload.Get(row.Text(id)!), (Func<string, string?>)(column => row.Text(table.Column(column)))))
            .ToList();
    }
}
