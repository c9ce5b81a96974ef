using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SibReview.Agreement.Tests;

/// <summary>Random reliability data: Values[unit][coder] is a category 0..Categories-1 or -1 (missing).</summary>
public sealed record RawMatrix(int[][] Values, int Categories)
{
    public ReliabilityData ToData(Func<int, string>? label = null, Func<int, int>? unitOrder = null, Func<int, int>? coderOrder = null)
    {
        label ??= v => (v + 1).ToString();
        var rows = new List<Rating>();
        for (int u = 0; u < Values.Length; u++)
            for (int c = 0; c < Values[u].Length; c++)
                rows.Add(new Rating($"u{u}", $"c{c}", Values[u][c] < 0 ? null : label(Values[u][c])));
        return ReliabilityData.FromLabels(rows);
    }

    public override string ToString() =>
        $"{Categories} categories: " + string.Join(" | ", Values.Select(r => string.Join(' ', r.Select(v => v < 0 ? "." : v.ToString()))));
}

/// <summary>Data plus a shuffled order of its long-format rows and a relabelling of its categories.</summary>
public sealed record Scrambled(RawMatrix Matrix, int[] RowOrder, int[] CategoryMap)
{
    public override string ToString() => $"{Matrix}; rows {string.Join(',', RowOrder)}; labels {string.Join(',', CategoryMap)}";
}

/// <summary>Complete data in which every coder gives each unit the same value; at least two values occur.</summary>
public sealed record IdenticalCoders(int[] UnitValues, int Coders)
{
    public RawMatrix ToMatrix() =>
        new(UnitValues.Select(v => Enumerable.Repeat(v, Coders).ToArray()).ToArray(), UnitValues.Max() + 1);

    public override string ToString() => $"{Coders} coders, unit values {string.Join(' ', UnitValues)}";
}

public static class AgreementGenerators
{
    public static Arbitrary<IdenticalCoders> IdenticalCoders() => Arb.From(
        from categories in Gen.Choose(2, 5)
        from rest in Gen.ListOf(Gen.Choose(0, categories - 1))
        from coders in Gen.Choose(2, 6)
        from values in Gen.Shuffle(new[] { 0, categories - 1 }.Concat(rest).ToArray())
        select new IdenticalCoders(values, coders));

    private static Gen<RawMatrix> Matrix(bool allowMissing) =>
        from units in Gen.Choose(1, 12)
        from coders in Gen.Choose(2, 5)
        from categories in Gen.Choose(1, 4)
        from cells in Gen.ArrayOf(
            Gen.Frequency((allowMissing ? 1 : 0, Gen.Constant(-1)), (4, Gen.Choose(0, categories - 1))), units * coders)
        select new RawMatrix(
            Enumerable.Range(0, units).Select(u => cells.Skip(u * coders).Take(coders).ToArray()).ToArray(), categories);

    public static Arbitrary<RawMatrix> RawMatrix() => Arb.From(Matrix(allowMissing: true));

    public static Arbitrary<Scrambled> Scrambled() => Arb.From(
        from m in Matrix(allowMissing: true)
        from rows in Gen.Shuffle(Enumerable.Range(0, m.Values.Length * m.Values[0].Length).ToArray())
        from map in Gen.Shuffle(Enumerable.Range(0, m.Categories).ToArray())
        select new Scrambled(m, rows, map));
}

/// <summary>Invariance and bound properties of every coefficient (FsCheck 3).</summary>
[Properties(Arbitrary = [typeof(AgreementGenerators)], MaxTest = 200)]
public class PropertyTests
{
    /// <summary>Each coefficient as (name, value, SE) or (name, problem kind) so outcomes can be compared.</summary>
    private static List<(string Name, double? Value, double? Se, AgreementProblemKind? Problem)> All(ReliabilityData data, bool nominalOnly)
    {
        var list = new List<(string, double?, double?, AgreementProblemKind?)>();
        void Add<T>(string name, AgreementOutcome<T> o) where T : AgreementResult =>
            list.Add((name, o.Result?.Value, o.Result?.StandardError, o.Problem?.Kind));
        Add("alpha nominal", KrippendorffAlpha.Compute(data));
        if (!nominalOnly)
            foreach (var level in new[] { MeasurementLevel.Ordinal, MeasurementLevel.Interval, MeasurementLevel.Ratio })
                Add($"alpha {level}", KrippendorffAlpha.Compute(data, level));
        Add("cohen", CohenKappa.Compute(data));
        Add("scott", ScottPi.Compute(data));
        Add("fleiss", FleissKappa.Compute(data));
        Add("ac1", GwetAc1.Compute(data));
        Add("bp", BrennanPrediger.Compute(data));
        Add("percent", PercentAgreement.Compute(data));
        return list;
    }

    private static bool Same(double? a, double? b) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(a.Value));

    private static Property SameOutcomes(ReliabilityData a, ReliabilityData b, bool nominalOnly)
    {
        var x = All(a, nominalOnly);
        var y = All(b, nominalOnly);
        var differences = x.Zip(y).Where(p => p.First.Problem != p.Second.Problem
            || !Same(p.First.Value, p.Second.Value) || !Same(p.First.Se, p.Second.Se)).ToList();
        return (differences.Count == 0).Label(string.Join("; ", differences.Select(d => $"{d.First} vs {d.Second}")));
    }

    [Property]
    public Property Identical_coders_agree_perfectly_when_there_is_variation(IdenticalCoders identical)
    {
        var data = identical.ToMatrix().ToData();
        var results = All(data, nominalOnly: false)
            .Where(r => r.Name is not ("cohen" or "scott") || identical.Coders == 2).ToList();
        return results.All(r => r.Value == 1).Label(string.Join("; ", results));
    }

    [Property]
    public Property Permuting_coders_and_units_changes_nothing(Scrambled s)
    {
        var original = s.Matrix.ToData();
        // Re-add the missing cells so the scrambled data set has the same units and coders.
        var all = new List<Rating>();
        for (int u = 0; u < s.Matrix.Values.Length; u++)
            for (int c = 0; c < s.Matrix.Values[u].Length; c++)
                all.Add(new Rating($"u{u}", $"c{c}", s.Matrix.Values[u][c] < 0 ? null : (s.Matrix.Values[u][c] + 1).ToString()));
        var shuffled = ReliabilityData.FromLabels(s.RowOrder.Select(i => all[i]));
        var boot = new AlphaBootstrapOptions { Samples = 200, Seed = 5 };
        var a = KrippendorffAlpha.Compute(original, MeasurementLevel.Interval, boot);
        var b = KrippendorffAlpha.Compute(shuffled, MeasurementLevel.Interval, boot);
        bool bootSame = a.Problem?.Kind == b.Problem?.Kind
            && Same(a.Result?.ConfidenceInterval?.Lower, b.Result?.ConfidenceInterval?.Lower)
            && Same(a.Result?.ConfidenceInterval?.Upper, b.Result?.ConfidenceInterval?.Upper);
        return SameOutcomes(original, shuffled, nominalOnly: false).And(bootSame.Label("bootstrap interval differs"));
    }

    [Property]
    public Property Relabelling_categories_changes_nothing_at_the_nominal_level(Scrambled s)
    {
        var original = s.Matrix.ToData();
        var relabelled = s.Matrix.ToData(label: v => $"category-{(char)('a' + s.CategoryMap[v])}");
        return SameOutcomes(original, relabelled, nominalOnly: true);
    }

    [Property]
    public Property Coefficients_and_intervals_never_exceed_one_and_are_never_NaN(RawMatrix m)
    {
        var data = m.ToData();
        var outcomes = new List<AgreementResult?>
        {
            KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal, new AlphaBootstrapOptions { Samples = 100, Seed = 1 }).Result,
            KrippendorffAlpha.Compute(data, MeasurementLevel.Ordinal).Result,
            KrippendorffAlpha.Compute(data, MeasurementLevel.Interval).Result,
            KrippendorffAlpha.Compute(data, MeasurementLevel.Ratio).Result,
            CohenKappa.Compute(data).Result, ScottPi.Compute(data).Result, FleissKappa.Compute(data).Result,
            GwetAc1.Compute(data).Result, BrennanPrediger.Compute(data).Result, PercentAgreement.Compute(data).Result,
        };
        var bad = outcomes.OfType<AgreementResult>().Where(r =>
            !double.IsFinite(r.Value) || r.Value > 1
            || r.StandardError is double se && (!double.IsFinite(se) || se < 0)
            || r.ConfidenceInterval is { } ci && (!double.IsFinite(ci.Lower) || ci.Upper > 1 || ci.Lower > ci.Upper)).ToList();
        return (bad.Count == 0).Label(string.Join("; ", bad));
    }
}
