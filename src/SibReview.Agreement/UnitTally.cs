namespace SibReview.Agreement;

/// <summary>
/// Per-unit value counts n_uk (how many coders put unit u into category k), stored sparsely: only the
/// categories a unit actually received. Every metric works from these counts, so no metric ever loops
/// over coder pairs (cost is O(ratings), not O(coders² × units)).
/// </summary>
internal sealed class UnitTally
{
    private UnitTally(int[] start, int[] category, int[] count, int[] total, int categoryCount)
    {
        Start = start;
        Category = category;
        Count = count;
        Total = total;
        CategoryCount = categoryCount;
        foreach (int m in total)
        {
            if (m == 0) UnratedUnits++;
            else if (m == 1) UnpairableUnits++;
            else PairableUnits++;
        }
    }

    /// <summary>Entries of unit u are Start[u] .. Start[u+1]-1.</summary>
    public int[] Start { get; }

    public int[] Category { get; }

    public int[] Count { get; }

    /// <summary>m_u: number of ratings of unit u.</summary>
    public int[] Total { get; }

    public int CategoryCount { get; }

    public int UnitCount => Total.Length;

    public int PairableUnits { get; }

    public int UnpairableUnits { get; }

    public int UnratedUnits { get; }

    public static UnitTally Build(ReliabilityData data)
    {
        int units = data.Units.Count, q = data.Categories.Count;
        var scratch = new int[q];
        var touched = new List<int>();
        var start = new int[units + 1];
        var total = new int[units];
        var category = new List<int>(data.RatingCount);
        var count = new List<int>(data.RatingCount);
        for (int u = 0; u < units; u++)
        {
            for (int r = data.UnitStart(u); r < data.UnitEnd(u); r++)
            {
                int c = data.CategoryAt(r);
                if (scratch[c]++ == 0) touched.Add(c);
            }
            touched.Sort();
            foreach (int c in touched)
            {
                category.Add(c);
                count.Add(scratch[c]);
                total[u] += scratch[c];
                scratch[c] = 0;
            }
            touched.Clear();
            start[u + 1] = category.Count;
        }
        return new UnitTally(start, [.. category], [.. count], total, q);
    }

    /// <summary>Counts common to every result; the metric fills in what it used.</summary>
    public AgreementCounts Counts(ReliabilityData data, int unitsUsed, long ratingsUsed) => new()
    {
        Units = UnitCount,
        Coders = data.Coders.Count,
        PairableUnits = PairableUnits,
        UnpairableUnits = UnpairableUnits,
        UnratedUnits = UnratedUnits,
        UnitsUsed = unitsUsed,
        RatingsUsed = ratingsUsed,
    };
}
