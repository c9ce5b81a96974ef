using SibReview.Documents.Texts;

namespace SibReview.Reconciliation;

public static class Quotes
{
    /// <summary>A quote cut to at most <paramref name="length"/> characters, never inside one, with an ellipsis when cut.</summary>
    public static string Shortened(string quote, int length = 80)
    {
        if (quote.Length <= length) return quote;
        var cut = TextOffsets.SplitsSurrogatePair(quote, length) ? length - 1 : length;
        return quote[..cut] + "…";
    }
}
