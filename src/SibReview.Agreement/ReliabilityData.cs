using System.Runtime.InteropServices;
using System.Globalization;

namespace SibReview.Agreement;

/// <summary>
/// A reliability data set in the sense of Krippendorff (2011): units rated by coders, each rating a
/// category label (text or number) or missing. Immutable; built with <see cref="FromLabels"/> or
/// <see cref="FromNumbers"/> (or parsed with <see cref="ReliabilityCsv.Parse"/>).
/// </summary>
/// <remarks>
/// Ratings are stored per unit (compressed rows), so memory is proportional to the number of ratings
/// given, not to units × coders. Units and coders keep the order of their first appearance; categories are
/// ordered as described by <see cref="Ordering"/>. A unit or coder that appears only with missing values is
/// kept (it counts as an unrated unit, or a coder without ratings).
/// </remarks>
public sealed class ReliabilityData
{
    private readonly int[] _unitStart;   // length Units.Count + 1
    private readonly int[] _coder;       // per rating, ascending within a unit
    private readonly int[] _category;    // per rating

    private ReliabilityData(
        string[] units, string[] coders, string[] categories, double[]? numericValues, CategoryOrdering ordering,
        int[] unitStart, int[] coder, int[] category)
    {
        Units = units;
        Coders = coders;
        Categories = categories;
        NumericValues = numericValues;
        Ordering = ordering;
        _unitStart = unitStart;
        _coder = coder;
        _category = category;
        Tally = UnitTally.Build(this);
    }

    /// <summary>Unit identifiers, in order of first appearance.</summary>
    public IReadOnlyList<string> Units { get; }

    /// <summary>Coder identifiers, in order of first appearance.</summary>
    public IReadOnlyList<string> Coders { get; }

    /// <summary>
    /// The categories of the rating scheme in order (see <see cref="Ordering"/>). Includes declared
    /// categories that nobody used; Gwet's AC1 and Brennan-Prediger take their q from this list.
    /// </summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The numeric value of each category, when every category is a number; otherwise null.</summary>
    public IReadOnlyList<double>? NumericValues { get; }

    /// <summary>How <see cref="Categories"/> are ordered.</summary>
    public CategoryOrdering Ordering { get; }

    /// <summary>Number of (non-missing) ratings.</summary>
    public int RatingCount => _coder.Length;

    internal UnitTally Tally { get; }

    internal int UnitStart(int unit) => _unitStart[unit];

    internal int UnitEnd(int unit) => _unitStart[unit + 1];

    internal int CoderAt(int rating) => _coder[rating];

    internal int CategoryAt(int rating) => _category[rating];

    /// <summary>Number of ratings unit <paramref name="unit"/> (an index into <see cref="Units"/>) received.</summary>
    public int RatingCountOf(int unit) => _unitStart[unit + 1] - _unitStart[unit];

    /// <summary>
    /// The category index (into <see cref="Categories"/>) coder <paramref name="coder"/> gave unit
    /// <paramref name="unit"/>, or null when that rating is missing. Both arguments are indices.
    /// </summary>
    public int? CategoryOf(int unit, int coder)
    {
        int lo = _unitStart[unit], hi = _unitStart[unit + 1] - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = _coder[mid];
            if (c == coder) return _category[mid];
            if (c < coder) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }

    /// <summary>All non-missing ratings, unit by unit, with category labels as values.</summary>
    public IEnumerable<Rating> Ratings
    {
        get
        {
            for (int u = 0; u < Units.Count; u++)
                for (int r = _unitStart[u]; r < _unitStart[u + 1]; r++)
                    yield return new Rating(Units[u], Coders[_coder[r]], Categories[_category[r]]);
        }
    }

    /// <summary>
    /// Builds a data set from category labels. Labels are compared exactly (ordinal, case-sensitive).
    /// </summary>
    /// <param name="ratings">Long-format rows; a null, empty or white-space value is a missing rating.</param>
    /// <param name="categoryOrder">
    /// Optional declared categories in order. Must contain every label used and may contain labels nobody
    /// used (they count towards q for Gwet's AC1 and Brennan-Prediger). Without it, categories are sorted
    /// numerically when every label is a number (invariant culture), otherwise by ordinal string order
    /// (<see cref="CategoryOrdering.Lexical"/>, which ordinal alpha refuses).
    /// </param>
    /// <exception cref="ArgumentException">
    /// A unit or coder identifier is empty, a (unit, coder) pair occurs twice, or a label is missing from
    /// <paramref name="categoryOrder"/> / the order repeats a label.
    /// </exception>
    public static ReliabilityData FromLabels(IEnumerable<Rating> ratings, IEnumerable<string>? categoryOrder = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var builder = new Builder(ratings.TryGetNonEnumeratedCount(out var count) ? count : 0);
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<string>();
        foreach (var (unit, coder, value) in Rows(ratings))
            builder.Add(unit, coder, string.IsNullOrWhiteSpace(value) ? -1 : Builder.Index(labelIndex, labels, value));

        string[] categories;
        CategoryOrdering ordering;
        if (categoryOrder is not null)
        {
            categories = categoryOrder.ToArray();
            var declared = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in categories)
            {
                if (string.IsNullOrWhiteSpace(c))
                    throw new ArgumentException("A declared category is empty.", nameof(categoryOrder));
                if (!declared.Add(c))
                    throw new ArgumentException($"Category '{c}' is declared twice.", nameof(categoryOrder));
            }
            var undeclared = labels.Where(l => !declared.Contains(l)).ToList();
            if (undeclared.Count > 0)
                throw new ArgumentException(
                    $"Value(s) {string.Join(", ", undeclared.Take(5).Select(l => $"'{l}'"))} are not among the declared categories.",
                    nameof(categoryOrder));
            ordering = CategoryOrdering.Declared;
        }
        else
        {
            var numbers = new double[labels.Count];
            bool allNumeric = true;
            for (int i = 0; i < labels.Count && allNumeric; i++)
                allNumeric = TryParseNumber(labels[i], out numbers[i]);
            if (allNumeric)
            {
                var order = Enumerable.Range(0, labels.Count)
                    .OrderBy(i => numbers[i]).ThenBy(i => labels[i], StringComparer.Ordinal).ToArray();
                categories = order.Select(i => labels[i]).ToArray();
                ordering = CategoryOrdering.Numeric;
            }
            else
            {
                categories = labels.OrderBy(l => l, StringComparer.Ordinal).ToArray();
                ordering = CategoryOrdering.Lexical;
            }
        }

        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < categories.Length; i++) position[categories[i]] = i;
        var keyToCategory = labels.Select(l => position[l]).ToArray();

        double[]? numeric = new double[categories.Length];
        for (int i = 0; i < categories.Length && numeric is not null; i++)
            if (!TryParseNumber(categories[i], out numeric[i])) numeric = null;

        return builder.Build(categories, numeric, ordering, keyToCategory);
    }

    /// <summary>
    /// Builds a data set from numbers. Each distinct value is a category; categories are in ascending
    /// numeric order and labelled with the round-trip invariant-culture form of the number.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A unit or coder identifier is empty, a (unit, coder) pair occurs twice, or a value is NaN or infinite.
    /// </exception>
    public static ReliabilityData FromNumbers(IEnumerable<NumericRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var builder = new Builder(ratings.TryGetNonEnumeratedCount(out var count) ? count : 0);
        var valueIndex = new Dictionary<double, int>();
        var values = new List<double>();
        foreach (var (unit, coder, value) in Rows(ratings))
        {
            int key = -1;
            if (value is double v)
            {
                if (!double.IsFinite(v))
                    throw new ArgumentException($"Rating of unit '{unit}' by coder '{coder}' is not a finite number.", nameof(ratings));
                if (v == 0) v = 0; // fold -0 into 0
                if (!valueIndex.TryGetValue(v, out key))
                {
                    key = values.Count;
                    valueIndex.Add(v, key);
                    values.Add(v);
                }
            }
            builder.Add(unit, coder, key);
        }

        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var keyToCategory = new int[values.Count];
        for (int rank = 0; rank < order.Length; rank++) keyToCategory[order[rank]] = rank;
        var numeric = order.Select(i => values[i]).ToArray();
        var categories = numeric.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray();
        return builder.Build(categories, numeric, CategoryOrdering.Numeric, keyToCategory);
    }

    /// <summary>The rows as a span: an array's or list's own storage, so the hot loop makes no interface call per row.</summary>
    private static ReadOnlySpan<T> Rows<T>(IEnumerable<T> rows) => rows switch
    {
        T[] array => array,
        List<T> list => CollectionsMarshal.AsSpan(list),
        _ => rows.ToArray(),
    };

    internal static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>Collects long-format rows, then sorts them into per-unit rows.</summary>
    /// <param name="capacity">The number of rows when known, so the row lists are sized once.</param>
    private sealed class Builder(int capacity)
    {
        private readonly Dictionary<string, int> _units = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _coders = new(StringComparer.Ordinal);
        private readonly List<string> _unitNames = [];
        private readonly List<string> _coderNames = [];
        private readonly List<int> _unit = new(capacity);
        private readonly List<int> _coder = new(capacity);
        private readonly List<int> _key = new(capacity);
        private int _rated;

        private string? _lastUnit;
        private int _lastUnitIndex;
        private int _lastCoderIndex = -1;
        private bool _groupedByUnit = true;

        public void Add(string unit, string coder, int key)
        {
            if (string.IsNullOrWhiteSpace(unit)) throw new ArgumentException("A unit identifier is empty.", "ratings");
            if (string.IsNullOrWhiteSpace(coder)) throw new ArgumentException("A coder identifier is empty.", "ratings");
            // Long-format rows usually come grouped by unit: the previous row's unit is the likeliest.
            if (!string.Equals(unit, _lastUnit, StringComparison.Ordinal))
            {
                _lastUnitIndex = Index(_units, _unitNames, unit);
                _lastUnit = unit;
                _groupedByUnit &= _lastUnitIndex == _unitNames.Count - 1;
            }
            _unit.Add(_lastUnitIndex);
            // ...and each unit's coders in the same order as the previous unit's: try the coder after the last.
            int next = _lastCoderIndex + 1 < _coderNames.Count ? _lastCoderIndex + 1 : 0;
            _lastCoderIndex = next < _coderNames.Count && string.Equals(_coderNames[next], coder, StringComparison.Ordinal)
                ? next
                : Index(_coders, _coderNames, coder);
            _coder.Add(_lastCoderIndex);
            _key.Add(key);
            if (key >= 0) _rated++;
        }

        /// <summary>
        /// The index of a name, added if new. Coders and categories are usually few: comparing a short list of
        /// short strings beats hashing each row's string, so the dictionary is only asked once the list is long.
        /// </summary>
        public static int Index(Dictionary<string, int> map, List<string> names, string name)
        {
            if (names.Count <= 16)
            {
                // In-memory rows usually share one string per label: compare references before characters.
                for (int n = 0; n < names.Count; n++)
                    if (ReferenceEquals(names[n], name)) return n;
                for (int n = 0; n < names.Count; n++)
                    if (string.Equals(names[n], name, StringComparison.Ordinal)) return n;
            }
            if (!map.TryGetValue(name, out int i))
            {
                i = names.Count;
                map.Add(name, i);
                names.Add(name);
            }
            return i;
        }

        public ReliabilityData Build(string[] categories, double[]? numeric, CategoryOrdering ordering, int[] keyToCategory)
        {
            int unitCount = _unitNames.Count, rows = _unit.Count;

            // Counting sort of all rows (missing included, to detect duplicates) by unit.
            var start = new int[unitCount + 1];
            foreach (int u in _unit) start[u + 1]++;
            for (int u = 0; u < unitCount; u++) start[u + 1] += start[u];
            Span<int> coderSorted, keySorted;
            if (_groupedByUnit)
            {
                // Already in unit order (the usual long format): sort each unit's coders where they stand.
                coderSorted = CollectionsMarshal.AsSpan(_coder);
                keySorted = CollectionsMarshal.AsSpan(_key);
            }
            else
            {
                var fill = (int[])start.Clone();
                coderSorted = new int[rows];
                keySorted = new int[rows];
                for (int r = 0; r < rows; r++)
                {
                    int at = fill[_unit[r]]++;
                    coderSorted[at] = _coder[r];
                    keySorted[at] = _key[r];
                }
            }

            var unitStart = new int[unitCount + 1];
            var coderOut = new int[_rated];
            var categoryOut = new int[_rated];
            int written = 0;
            for (int u = 0; u < unitCount; u++)
            {
                int lo = start[u], len = start[u + 1] - lo;
                SortByCoder(coderSorted, keySorted, lo, len);
                for (int r = lo; r < lo + len; r++)
                {
                    if (r > lo && coderSorted[r] == coderSorted[r - 1])
                        throw new ArgumentException(
                            $"Unit '{_unitNames[u]}' has more than one rating by coder '{_coderNames[coderSorted[r]]}'.", "ratings");
                    if (keySorted[r] < 0) continue;
                    coderOut[written] = coderSorted[r];
                    categoryOut[written++] = keyToCategory[keySorted[r]];
                }
                unitStart[u + 1] = written;
            }

            return new ReliabilityData(
                [.. _unitNames], [.. _coderNames], categories, numeric, ordering, unitStart, coderOut, categoryOut);
        }

        /// <summary>A unit has a handful of ratings: insertion sort beats a general sort call per unit.</summary>
        private static void SortByCoder(Span<int> coders, Span<int> keys, int lo, int len)
        {
            if (len > 32)
            {
                coders.Slice(lo, len).Sort(keys.Slice(lo, len));
                return;
            }
            for (int i = lo + 1; i < lo + len; i++)
            {
                int coder = coders[i], key = keys[i], j = i - 1;
                for (; j >= lo && coders[j] > coder; j--)
                {
                    coders[j + 1] = coders[j];
                    keys[j + 1] = keys[j];
                }
                coders[j + 1] = coder;
                keys[j + 1] = key;
            }
        }
    }
}
