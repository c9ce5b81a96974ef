using Shouldly;

namespace SibReview.Agreement.Tests;

/// <summary>Builders for the published data sets and shared assertions.</summary>
internal static class TestData
{
    /// <summary>
    /// Coder-major rows ("1 2 . 3", '.' = missing) → data set; coders "A", "B", …, units "1", "2", ….
    /// </summary>
    public static ReliabilityData FromCoderRows(params string[] rows)
    {
        var ratings = new List<Rating>();
        for (int c = 0; c < rows.Length; c++)
        {
            var values = rows[c].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int u = 0; u < values.Length; u++)
                ratings.Add(new Rating((u + 1).ToString(), ((char)('A' + c)).ToString(), values[u] == "." ? null : values[u]));
        }
        return ReliabilityData.FromLabels(ratings);
    }

    /// <summary>Unit-major raw ratings (null = missing) → data set; coders "R1", "R2", …, units "u1", "u2", ….</summary>
    public static ReliabilityData FromUnitRows(int?[][] units, IEnumerable<string>? categoryOrder = null)
    {
        var ratings = new List<Rating>();
        for (int u = 0; u < units.Length; u++)
            for (int c = 0; c < units[u].Length; c++)
                ratings.Add(new Rating($"u{u + 1}", $"R{c + 1}", units[u][c]?.ToString()));
        return ReliabilityData.FromLabels(ratings, categoryOrder);
    }

    /// <summary>
    /// A two-coder contingency table (rows = first coder, columns = second) expanded to one unit per
    /// counted pair.
    /// </summary>
    public static ReliabilityData FromTable(long[,] table, string[] labels)
    {
        var ratings = new List<Rating>();
        int unit = 0;
        for (int i = 0; i < table.GetLength(0); i++)
            for (int j = 0; j < table.GetLength(1); j++)
                for (long k = 0; k < table[i, j]; k++)
                {
                    unit++;
                    ratings.Add(new Rating($"u{unit}", "first", labels[i]));
                    ratings.Add(new Rating($"u{unit}", "second", labels[j]));
                }
        return ReliabilityData.FromLabels(ratings, labels);
    }

    /// <summary>Krippendorff (2011) reliability data: 4 observers × 12 units, '.' missing.</summary>
    public static ReliabilityData Krippendorff2011() => FromCoderRows(
        "1 2 3 3 2 1 4 1 2 . . .",
        "1 2 3 3 2 2 4 1 2 5 . 3",
        ". 3 3 3 2 3 4 2 2 5 1 .",
        "1 2 3 3 2 4 4 1 2 5 1 .");

    /// <summary>
    /// irrCAC data set cac.raw4raters (Gwet, irrCAC package, inst/extdata/cac.raw4raters.csv): 12 units × 4
    /// raters; the same values as Krippendorff's (2011) example, with the single rating of unit 12 given to rater 3.
    /// </summary>
    public static ReliabilityData GwetRaw4Raters() => FromUnitRows(
    [
        [1, 1, null, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
        [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [null, 5, 5, 5], [null, null, 1, 1], [null, null, 3, null],
    ]);

    /// <summary>
    /// irrCAC data set cont3x3abstractors (Gwet 2014; irrCAC inst/extdata/cont3x3abstractors.csv): two
    /// abstractors classify 100 pregnant women as Ectopic, AIU or NIU.
    /// </summary>
    public static ReliabilityData GwetAbstractors() => FromTable(
        new long[,] { { 13, 0, 0 }, { 0, 20, 7 }, { 0, 4, 56 } }, ["Ectopic", "AIU", "NIU"]);

    /// <summary>Asserts agreement with a published value to 4 decimals (|actual − published| &lt; 0.5e-4).</summary>
    public static void ShouldMatchPublished(this double actual, double published, double tolerance = 0.5e-4) =>
        Math.Abs(actual - published).ShouldBeLessThan(tolerance, $"actual {actual:R}, published {published:R}");

    public static void ShouldMatchPublished(this double? actual, double published, double tolerance = 0.5e-4)
    {
        actual.ShouldNotBeNull();
        actual.Value.ShouldMatchPublished(published, tolerance);
    }

    public static T ShouldBeComputed<T>(this AgreementOutcome<T> outcome) where T : AgreementResult
    {
        outcome.IsComputed.ShouldBeTrue(outcome.Problem?.ToString());
        return outcome.Result!;
    }

    public static AgreementProblem ShouldFailWith<T>(this AgreementOutcome<T> outcome, AgreementProblemKind kind)
        where T : AgreementResult
    {
        outcome.IsComputed.ShouldBeFalse($"expected {kind} but got {outcome.Result}");
        outcome.Problem!.Kind.ShouldBe(kind);
        outcome.Problem.Message.ShouldNotBeNullOrWhiteSpace();
        return outcome.Problem;
    }
}
