namespace SibReview.Tests.Support;

/// <summary>
/// The reference data of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders x 12 units,
/// "." missing. Alpha nominal 0.743421, ordinal 0.815388, interval 0.849107, ratio 0.797403; 40 pairable values.
/// </summary>
public static class Krippendorff2011
{
    private static readonly Dictionary<string, string> Coders = new()
    {
        ["A"] = "1 2 3 3 2 1 4 1 2 . . .",
        ["B"] = "1 2 3 3 2 2 4 1 2 5 . 3",
        ["C"] = ". 3 3 3 2 3 4 2 2 5 1 .",
        ["D"] = "1 2 3 3 2 4 4 1 2 5 1 .",
    };

    public static IEnumerable<(string Unit, string Coder, string Value)> Ratings =>
        from coder in Coders
        from rating in coder.Value.Split(' ').Select((value, i) => (Unit: $"{i + 1}", Value: value))
        where rating.Value != "."
        select (rating.Unit, coder.Key, rating.Value);

    public static string Csv => "unit,coder,value\n" + string.Join("\n", Ratings.Select(r => $"{r.Unit},{r.Coder},{r.Value}")) + "\n";

    public static string WriteCsv()
    {
        var path = Path.Combine(Path.GetTempPath(), $"krippendorff-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Csv);
        return path;
    }
}
