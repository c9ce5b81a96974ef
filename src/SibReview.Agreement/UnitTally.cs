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
        var touched = new int[q];
        var start = new int[units + 1];
        var total = new int[units];
        var category = new int[data.RatingCount];
        var count = new int[data.RatingCount];
        int entries = 0;
        for (int u = 0; u < units; u++)
        {
            int distinct = 0;
            for (int r = data.UnitStart(u); r < data.UnitEnd(u); r++)
            {
                int c = data.CategoryAt(r);
                if (scratch[c]++ == 0) touched[distinct++] = c;
            }
            // A unit receives few distinct categories: an insertion sort beats a sort call per unit.
            for (int i = 1; i < distinct; i++)
            {
                int c = touched[i], j = i - 1;
                for (; j >= 0 && touched[j] > c; j--) touched[j + 1] = touched[j];
                touched[j + 1] = c;
            }
            for (int i = 0; i < distinct; i++)
            {
                int c = touched[i];
                category[entries] = c;
                count[entries++] = scratch[c];
                total[u] += scratch[c];
                scratch[c] = 0;
            }
            start[u + 1] = entries;
        }
        return new UnitTally(start, category[..entries], count[..entries], total, q);
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
