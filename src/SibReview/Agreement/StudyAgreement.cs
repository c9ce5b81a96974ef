namespace SibReview.Agreement;

public sealed record PairAgreement(string CoderA, string CoderB, int Units, double? Percent, double? Cohen, string? CohenProblem);

public sealed record AgreementPoint(DateTimeOffset At, int Labels, double? Percent, double? Krippendorff);

public sealed record SetAgreement(
    string Id, string Name, string Source, MeasurementLevel Level, int Labels, AgreementReport? Report, string? Problem,
    IReadOnlyList<PairAgreement> Pairs, IReadOnlyList<AgreementPoint> OverTime);

/// <summary>
/// Agreement of one label set, computed from its raw labels as they stand (a coder's latest label of a unit
/// counts), per coder pair, and as it stood after each moment labels landed. Pure: the page, the tests and any
/// "as of last Tuesday" question call the same function.
/// </summary>
public static class StudyAgreement
{
    private const int MaxPoints = 60;

    public static SetAgreement Compute(LabelSet set, IReadOnlyList<RawLabel> labels)
    {
        var ordered = labels.OrderBy(l => l.At).ThenBy(l => l.Order).ToList();
        var (data, problem) = DataOf(ordered, set.Level);
        AgreementReport? report = null;
        if (data is not null)
        {
            try { report = AgreementOptions.All(set.Level).Compute(data); }
            catch (AgreementException e) { problem = e.Message; }
        }
        return new SetAgreement(set.Id, set.Name, set.Source, set.Level, labels.Count, report, problem,
            data is null ? [] : Pairs(data), OverTime(ordered, set.Level));
    }

    private static (ReliabilityData?, string?) DataOf(IEnumerable<RawLabel> ordered, MeasurementLevel level)
    {
        var latest = new Dictionary<(string, string), RawLabel>();
        foreach (var label in ordered) latest[(label.Unit, label.Coder)] = label;
        var built = RatingRows.Build(latest.Values.Select((l, i) => new RatingRow(i, l.Unit, l.Coder, l.Value ?? "")), level);
        return built.IsSuccess ? (built.Data, null) : (null, string.Join("; ", built.Problems.Select(p => p.Message)));
    }

    private static List<PairAgreement> Pairs(ReliabilityData data)
    {
        var byCoder = data.Ratings.GroupBy(r => r.Coder).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Unit));
        var coders = byCoder.Keys.Order(StringComparer.Ordinal).ToList();
        var pairs = new List<PairAgreement>();
        for (var a = 0; a < coders.Count; a++)
        for (var b = a + 1; b < coders.Count; b++)
        {
            var both = byCoder[coders[a]].Keys.Where(byCoder[coders[b]].ContainsKey).ToList();
            if (both.Count == 0) continue;
            var pair = ReliabilityData.FromLabels(both.SelectMany(u => new[] { byCoder[coders[a]][u], byCoder[coders[b]][u] }));
            var percent = PercentAgreement.Compute(pair).Result?.Value;
            var cohen = CohenKappa.Compute(pair);
            pairs.Add(new PairAgreement(coders[a], coders[b], both.Count, percent, cohen.Result?.Value, cohen.Problem?.Message));
        }
        return pairs;
    }

    private static List<AgreementPoint> OverTime(List<RawLabel> ordered, MeasurementLevel level)
    {
        var moments = ordered.Select(l => l.At).Distinct().ToList();
        var step = Math.Max(1, (int)Math.Ceiling(moments.Count / (double)MaxPoints));
        var shown = moments.Where((_, i) => i % step == 0 || i == moments.Count - 1);
        return shown.Select(at =>
        {
            var sofar = ordered.TakeWhile(l => l.At <= at).ToList();
            var (data, _) = DataOf(sofar, level);
            return new AgreementPoint(at, sofar.Count,
                data is null ? null : PercentAgreement.Compute(data).Result?.Value,
                data is null ? null : KrippendorffAlpha.Compute(data, level).Result?.Value);
        }).ToList();
    }
}
