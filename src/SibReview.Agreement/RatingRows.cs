namespace SibReview.Agreement;

/// <summary>One rating as a file or request gives it, with the number that locates it there (a line, an index).</summary>
public readonly record struct RatingRow(int Number, string Unit, string Coder, string Value);

/// <summary>
/// Turns rating rows into a data set, with the checks every entry point shares (the CSV file, the HTTP request,
/// a study's stored labels): empty unit or coder, a duplicate (unit, coder) rating, a value outside the declared
/// categories, a non-numeric value at a numeric level, text labels at the ordinal level without a declared order.
/// </summary>
public static class RatingRows
{
    /// <summary>The data set, or every problem located by its row's <see cref="RatingRow.Number"/>.</summary>
    /// <param name="rows">The ratings; a value may be empty (a missing rating).</param>
    /// <param name="level">The level the data are meant for; interval and ratio need numbers.</param>
    /// <param name="categoryOrder">Optional declared categories, in order; values outside it are problems.</param>
    /// <param name="locate">How a row number reads in a message (default "line N").</param>
    public static CsvParseResult Build(IEnumerable<RatingRow> rows, MeasurementLevel level = MeasurementLevel.Nominal,
        IEnumerable<string>? categoryOrder = null, Func<int, string>? locate = null)
    {
        locate ??= n => $"line {n}";
        bool numeric = level is MeasurementLevel.Interval or MeasurementLevel.Ratio;
        string[]? declared = categoryOrder?.ToArray();
        var declaredSet = declared is null ? null : new HashSet<string>(declared, StringComparer.Ordinal);
        if (numeric && declared is not null && declared.FirstOrDefault(c => !ReliabilityData.TryParseNumber(c, out _)) is { } notNumber)
            throw new ArgumentException($"Declared category '{notNumber}' is not a number, but the {level.ToString().ToLowerInvariant()} level needs numbers.", nameof(categoryOrder));

        var problems = new List<CsvProblem>();
        var labels = new List<Rating>();
        var numbers = new List<NumericRating>();
        var accepted = new List<RatingRow>();
        var firstSeen = new Dictionary<(string Unit, string Coder), int>();
        bool textLabelsSeen = false;
        foreach (var row in rows)
        {
            string unit = row.Unit.Trim(), coder = row.Coder.Trim(), value = row.Value.Trim();
            if (unit.Length == 0) { problems.Add(new(row.Number, "the unit is empty")); continue; }
            if (coder.Length == 0) { problems.Add(new(row.Number, "the coder is empty")); continue; }
            if (!firstSeen.TryAdd((unit, coder), row.Number))
            {
                problems.Add(new(row.Number,
                    $"duplicate rating of unit '{unit}' by coder '{coder}' (first given on {locate(firstSeen[(unit, coder)])})"));
                continue;
            }
            if (value.Length > 0 && declaredSet is not null && !declaredSet.Contains(value))
            {
                problems.Add(new(row.Number, $"value '{value}' is not one of the declared categories"));
                continue;
            }
            accepted.Add(new RatingRow(row.Number, unit, coder, value));
            if (numeric)
            {
                double? number = null;
                if (value.Length > 0)
                {
                    if (!ReliabilityData.TryParseNumber(value, out double parsed))
                    {
                        problems.Add(new(row.Number, $"value '{value}' is not a number; the {level.ToString().ToLowerInvariant()} level needs numeric values"));
                        continue;
                    }
                    number = parsed;
                }
                numbers.Add(new NumericRating(unit, coder, number));
                labels.Add(new Rating(unit, coder, value));
            }
            else
            {
                if (level == MeasurementLevel.Ordinal && declared is null && value.Length > 0 && !textLabelsSeen
                    && !ReliabilityData.TryParseNumber(value, out _))
                {
                    textLabelsSeen = true;
                    problems.Add(new(row.Number, $"value '{value}' is not a number; ordinal data with text labels need a declared category order"));
                }
                labels.Add(new Rating(unit, coder, value));
            }
        }
        if (problems.Count > 0) return CsvParseResult.Failure(problems);

        // Declared categories keep their labels and order; without them numeric levels merge equal numbers.
        var data = declared is not null
            ? ReliabilityData.FromLabels(labels, declared)
            : numeric ? ReliabilityData.FromNumbers(numbers) : ReliabilityData.FromLabels(labels);
        return CsvParseResult.Success(data, accepted);
    }
}
