namespace SibReview.Coding.Codebook;

/// <summary>One word of a keyword, lower case; a prefix (<c>co-produc*</c>) matches every word that starts with it.</summary>
public sealed record KeywordTerm(string Word, bool IsPrefix)
{
    public override string ToString() => IsPrefix ? $"{Word}*" : Word;
}

/// <summary>
/// A theme's keyword entry, parsed (<see cref="KeywordParser"/>): what the text search runs and what suggested codings
/// are counted against. Two shapes: words in sequence, or two sequences near each other.
/// </summary>
public abstract record KeywordExpression
{
    /// <summary>The entry as the codebook stores and shows it: lower case, single spaces, NEAR/n in capitals.</summary>
    public abstract string Canonical { get; }

    public sealed override string ToString() => Canonical;
}

/// <summary>
/// Adjacent words in this order (a single word too). Exact (the entry was quoted): these very words, no stemming, stop
/// words kept. Otherwise each word also matches its other forms (partnership: partnerships) and stop words are skipped.
/// </summary>
public sealed record KeywordSequence(IReadOnlyList<KeywordTerm> Terms, bool Exact) : KeywordExpression
{
    public override string Canonical => Exact ? $"\"{string.Join(' ', Terms)}\"" : string.Join(' ', Terms);

    public bool Equals(KeywordSequence? other) => other is not null && Exact == other.Exact && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => Canonical.GetHashCode(StringComparison.Ordinal);
}

/// <summary>Two sequences within Distance words of each other, in either order (NVivo's NEAR).</summary>
public sealed record KeywordNear(KeywordSequence Left, KeywordSequence Right, int Distance) : KeywordExpression
{
    public override string Canonical => $"{Left.Canonical} NEAR/{Distance} {Right.Canonical}";
}

/// <summary>A keyword entry read: the expression, or a problem naming what is wrong and where (1-based character).</summary>
public sealed record KeywordParse(KeywordExpression? Expression, string? Problem);
