namespace SibReview.Agreement;

/// <summary>Two coders' agreement on one theme in one document, character by character (NVivo's coding comparison).</summary>
public sealed record SegmentAgreementResult
{
    /// <summary>Characters in the document: the units compared.</summary>
    public required int DocumentLength { get; init; }

    /// <summary>Characters coder A coded at the theme (overlapping segments counted once).</summary>
    public required int CodedByCoderA { get; init; }

    /// <summary>Characters coder B coded at the theme.</summary>
    public required int CodedByCoderB { get; init; }

    /// <summary>Characters both coders coded ("agree coded"; NVivo's "A and B").</summary>
    public required int CodedByBoth { get; init; }

    /// <summary>Characters only coder A coded (NVivo's "A and Not B").</summary>
    public int CodedByCoderAOnly => CodedByCoderA - CodedByBoth;

    /// <summary>Characters only coder B coded (NVivo's "B and Not A").</summary>
    public int CodedByCoderBOnly => CodedByCoderB - CodedByBoth;

    /// <summary>Characters neither coder coded (NVivo's "Not A and Not B").</summary>
    public int CodedByNeither => DocumentLength - CodedByCoderA - CodedByCoderB + CodedByBoth;

    /// <summary>
    /// Share of characters on which the coders agree, (both + neither) / length, in [0, 1]; NVivo shows it × 100
    /// as "Agreement (%)". 1 for an empty document.
    /// </summary>
    public required double Agreement { get; init; }

    /// <summary>Agreement expected by chance from each coder's share of coded characters, [A·B + (N − A)(N − B)] / N².</summary>
    public required double ExpectedAgreement { get; init; }

    /// <summary>Cohen's kappa over the characters; 1 when the coders agree on every character whatever the chance agreement.</summary>
    public required double Kappa { get; init; }

    /// <summary>Explanations of special cases (an empty document, no variation).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Segment agreement between two coders, the way NVivo's coding comparison query computes it.</summary>
public static class SegmentAgreement
{
    /// <summary>
    /// Character-level agreement of two coders at one theme in one document. Each character is a unit each coder
    /// rated "coded" (inside any of their segments) or "not coded"; percent agreement and Cohen's (1960) kappa are
    /// computed over all the document's characters, as NVivo's coding comparison query does. A coder's segments
    /// may overlap (their union counts); empty segments count for nothing. Runs in O(k log k) for k segments,
    /// independent of the document's length. Edge cases, never NaN: when both coders rated every character the
    /// same way (both coded nothing, or both coded everything, or the document is empty) p_e = 1 and kappa is
    /// 0/0; like NVivo we report total agreement, kappa = 1, with a note. No standard error is given: characters
    /// are not independent units, so one would be far too small.
    /// </summary>
    /// <param name="documentLength">Characters in the document; segments must lie within it.</param>
    /// <param name="coderA">Coder A's segments at the theme.</param>
    /// <param name="coderB">Coder B's segments at the theme.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative length, or a segment outside the document or ending before it starts.</exception>
    public static SegmentAgreementResult Compute(int documentLength, IEnumerable<SegmentSpan> coderA, IEnumerable<SegmentSpan> coderB)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documentLength);
        var a = new CodedCharacters(documentLength, coderA, nameof(coderA));
        var b = new CodedCharacters(documentLength, coderB, nameof(coderB));
        int both = a.Overlap(b);
        long n = documentLength, agree = n - a.Count - b.Count + 2L * both;
        long chance = (long)a.Count * b.Count + (n - a.Count) * (n - b.Count);
        bool noVariation = chance == n * n;
        return new SegmentAgreementResult
        {
            DocumentLength = documentLength,
            CodedByCoderA = a.Count,
            CodedByCoderB = b.Count,
            CodedByBoth = both,
            Agreement = n == 0 ? 1 : (double)agree / n,
            ExpectedAgreement = n == 0 ? 1 : chance / ((double)n * n),
            // Integer numerator and denominator: exact until the one division.
            Kappa = noVariation ? 1 : (double)(n * agree - chance) / (n * n - chance),
            Notes = n == 0 ? ["the document has no text, so there is nothing to disagree on: agreement and kappa are 1"]
                : noVariation ? [$"both coders {(a.Count == 0 ? "coded nothing" : "coded every character")} at this theme: kappa is 0/0, reported as 1 for total agreement (as NVivo does)"]
                : [],
        };
    }

    /// <summary>
    /// <see cref="Compute"/> for every theme of a codebook in one document: one result per theme in
    /// <paramref name="themes"/>, including themes neither coder used (agreement 1, kappa 1, as NVivo lists them).
    /// </summary>
    /// <param name="documentLength">Characters in the document.</param>
    /// <param name="themes">The themes to compare; each coder's segments must be at these themes.</param>
    /// <param name="coderA">Coder A's segments by theme, e.g. <c>codings.ToLookup(c =&gt; c.Theme, c =&gt; c.Span)</c>.</param>
    /// <param name="coderB">Coder B's segments by theme.</param>
    /// <exception cref="ArgumentException">A coder has segments at a theme not in <paramref name="themes"/>.</exception>
    public static IReadOnlyDictionary<TTheme, SegmentAgreementResult> ByTheme<TTheme>(
        int documentLength, IEnumerable<TTheme> themes, ILookup<TTheme, SegmentSpan> coderA, ILookup<TTheme, SegmentSpan> coderB)
        where TTheme : notnull
    {
        var results = themes.Distinct().ToDictionary(t => t, t => Compute(documentLength, coderA[t], coderB[t]));
        foreach (var coded in coderA.Concat(coderB))
            if (!results.ContainsKey(coded.Key))
                throw new ArgumentException($"segments are coded at theme '{coded.Key}', which is not among the themes compared", nameof(themes));
        return results;
    }
}
