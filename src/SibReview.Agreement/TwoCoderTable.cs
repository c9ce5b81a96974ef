namespace SibReview.Agreement;

/// <summary>
/// The q × q contingency table of two coders over the units both rated (first coder = rows), kept
/// sparse: cells with zero count are not stored.
/// </summary>
internal sealed class TwoCoderTable
{
    private TwoCoderTable(ReliabilityData data)
    {
        int q = data.Categories.Count;
        Rows = new long[q];
        Columns = new long[q];
        var cells = new Dictionary<long, long>();
        var tally = data.Tally;
        for (int u = 0; u < data.Units.Count; u++)
        {
            if (tally.Total[u] != 2) continue; // only two coders: 2 ratings = rated by both
            int first = data.UnitStart(u);
            int row = data.CategoryAt(first), column = data.CategoryAt(first + 1);
            N++;
            Rows[row]++;
            Columns[column]++;
            if (row == column) Diagonal++;
            long key = (long)row * q + column;
            cells[key] = cells.GetValueOrDefault(key) + 1;
        }
        Cells = cells.Select(c => (Row: (int)(c.Key / q), Column: (int)(c.Key % q), Count: c.Value))
            .OrderBy(c => c.Row).ThenBy(c => c.Column).ToArray();
    }

    /// <summary>n: units rated by both coders.</summary>
    public long N { get; }

    /// <summary>Units on which the coders agree.</summary>
    public long Diagonal { get; }

    /// <summary>Row (first coder) totals n_i.</summary>
    public long[] Rows { get; }

    /// <summary>Column (second coder) totals n_.j.</summary>
    public long[] Columns { get; }

    /// <summary>Non-zero cells.</summary>
    public (int Row, int Column, long Count)[] Cells { get; }

    /// <summary>
    /// The table, or a problem: other than two coders (not applicable) or no unit rated by both.
    /// </summary>
    public static TwoCoderTable? TryBuild(ReliabilityData data, string coefficient, out AgreementProblem? problem)
    {
        problem = null;
        if (data.Coders.Count != 2)
        {
            problem = new AgreementProblem(AgreementProblemKind.NotApplicable, coefficient,
                $"{coefficient} is defined for exactly two coders, but the data have {data.Coders.Count}; " +
                "use Fleiss' kappa, Krippendorff's alpha or Gwet's AC1 for other numbers of coders");
            return null;
        }
        var table = new TwoCoderTable(data);
        if (table.N == 0)
        {
            problem = new AgreementProblem(AgreementProblemKind.NoPairableUnits, coefficient,
                "no unit was rated by both coders");
            return null;
        }
        return table;
    }
}
