using System.Text.RegularExpressions;

namespace SibReview.Documents;

/// <summary>The wording INDIGO's citations use, as found in the shipped source rows.</summary>
public static partial class Citations
{
    /// <summary>An address, without the punctuation that closes the sentence or bracket around it.</summary>
    [GeneratedRegex(@"(?:https?://|file:///|www\.)[^\s<>""\\]*[^\s<>""\\.,;:)\]'’”]", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    /// <summary>
    /// Where in a work: "page 2", "Page 3", "p. 3", "p50", "pp. 4-5", "pages 1,6", "p. 18; 20", "page 25/26", "page i",
    /// "page 28 (accommodation)", "slide 16"; not "P3", a charity. A citation ends after one unless a URL follows.
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})(?:pp?\.|(?-i:pp?)(?=\d+(?!\p{L}))|pages?|pgs?\.|paragraphs?|paras?\.?|(?:powerpoint\s+)?slides?)\s*:?\s*(?:cover\s+page|[ivx]{1,5}(?![\p{L}\d])|\d{1,3}(?!\d)(?:\s*(?:[-–,;&/]|and)\s*(?:pages?\s*)?\d{1,3}(?!\d))*)(?:\s*\([a-z ]{2,30}\))?", RegexOptions.IgnoreCase)]
    private static partial Regex Page();

    /// <summary>A part of a work ("Appendix B", "Annex 2"): set aside like a page, but often inside a title, so no citation ends there.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:appendix|annex|chapter|section|table|figure)\s+(?:(?-i:[A-Z])|\d{1,3})(?:[-.]\d{1,3})?(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Part();

    /// <summary>"[Access: 22 jul 2019]", "(Accessed on 19 July 2019)", "(last updated 01/10/2018; accessed 12/08/2019)".</summary>
    [GeneratedRegex(@"[\[(]\s*(?:last\s+updated[^;)\]]*[;,]\s*)?(?:accessed|access|retrieved)(?:\s+on)?\s*:?\s*(?:\d|[a-z]{3,9}\.?\s+\d)[^)\]]*[)\]]", RegexOptions.IgnoreCase)]
    private static partial Regex AccessNote();

    /// <summary>"accessed on 24/07/2019 at", "; accessed 22/08/2019", ", all accessed on 20 August 2019", "last updated 18/07/2018".</summary>
    [GeneratedRegex(@"[,;]?\s*\b(?:(?:all|both)\s+)?(?:last\s+updated|accessed|access|retrieved)\b(?:\s+on)?\s*:?\s*(?:\d{1,2}(?:st|nd|rd|th)?[\s/.\-]+(?:\d{1,2}|[a-z]{3,9}\.?)[\s/.\-]*\d{2,4}|[a-z]{3,9}\.?\s+\d{4}|\d{4})(?:\s+at\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex InlineAccessNote();

    /// <summary>How INDIGO used or listed a work ("Own calculation, based on X", "2) See also X") is not part of the work's title.</summary>
    [GeneratedRegex(@"^\s*(?:\(?\d{1,2}[).]\s+)?(?:own\s+calculations?,?\s+(?:based\s+on|from)|infer{1,2}ed\s+from|summary\s+derived\s+from|translation\s+from\s+\w+\s*:|based\s+on|see\s+also|see|also,?)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?:(?:and|at|available\s+at)\b[\s,;:.\-–—]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Connectors();

    [GeneratedRegex(@"(?:[\s,;:.\-–—]*\b(?:and|at|available\s+at))+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingConnectors();

    [GeneratedRegex(@"[(\[<]\s*[,;:.]?\s*[)\]>]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"^(?:\([^()]*\)|\[[^\[\]]*\])$")]
    private static partial Regex Remark();

    /// <summary>"note that 'SIB term' may not equate to ...": INDIGO's remark on a figure, not part of any title.</summary>
    [GeneratedRegex(@"\bnote\s+that\b.*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NoteThat();

    /// <summary>"(Ecorys, 2015)", "(ICF, 2019)", "(27 Feb 2018)", "(11/12/2017)", "(2019)": who published the work, and when.</summary>
    [GeneratedRegex(@"\((?:[^()\d]*\p{L}[^()\d]*?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?[\s/.\-]+(?:\d{1,2}|[A-Za-z]{3,9}\.?)[\s/.\-]+)?(?:19|20)\d{2}\)")]
    private static partial Regex PublisherAndDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[(\[])\s+|\s+(?=[,;:.)\]])")]
    private static partial Regex SpaceInsideBrackets();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotLetterOrDigit();

    [GeneratedRegex(@"^(?:[a-z]+:/+)?(?:www\.)?")]
    private static partial Regex Scheme();
}
