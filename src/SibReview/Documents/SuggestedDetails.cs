using System.Text.RegularExpressions;

namespace SibReview.Documents;

/// <summary>
/// A document's type, publisher and year as INDIGO's columns and the citation's wording suggest them. Suggestions
/// only: people retype what these rules get wrong.
/// </summary>
public static partial class SuggestedDetails
{
    /// <summary>
    /// INDIGO's Type column when it settles the question, else the first rule the title (and URL) matches. The order
    /// matters: an email about an evaluation is correspondence, and an evaluation is not demoted to "other" because
    /// INDIGO filed it as a website.
    /// </summary>
    public static DocumentType Type(string? indigoType, string title, string? url = null)
    {
        switch (indigoType?.Trim().ToLowerInvariant())
        {
            case "evaluation report": return DocumentType.Evaluation;
            case "press release" or "news piece": return DocumentType.News;
            case "email correspondence" or "contract": return DocumentType.Other;
        }
        var (words, address) = (title.ToLowerInvariant(), url?.ToLowerInvariant() ?? "");
        return Rules.First(rule => rule.Title.IsMatch(words) || rule.Address?.IsMatch(address) == true).Type;
    }

    /// <summary>INDIGO's Publishing Organisations (unless it names only INDIGO ids), else "(Ecorys, 2015)", else 'Ecorys, "Title"'.</summary>
    public static string? Publisher(string? indigoPublishers, string title)
    {
        if (indigoPublishers is { } listed && !IndigoIdsOnly().IsMatch(listed)) return listed.Trim();
        var match = OrganisationAndYear().Match(title);
        if (!match.Success) match = LeadingOrganisation().Match(title);
        return match.Success ? WhatItIs().Replace(match.Groups["org"].Value, "").Trim() : null;
    }

    /// <summary>INDIGO's Publication Date, else a year closing a parenthesis: "(Ecorys, 2015)", "(11/12/2017)", "(2019)".</summary>
    public static int? Year(string? indigoDate, string title)
    {
        var match = AnyYear().Match(indigoDate ?? "");
        if (!match.Success) match = ParenthesisedYear().Match(title);
        return match.Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Matched against the title, and some also against the address ("/news/", "/comment/", "CBO_Indepth_reviews_...").</summary>
    private static readonly (Regex Title, Regex? Address, DocumentType Type)[] Rules =
    [
        (Words("e-?mails?|correspondence|interviews?|hack and learn|project updates?|data updates?|updates? on projects|grantnav|data portal|workshop|presentation|conference|webinar"), null, DocumentType.Other),
        (Words(@"case stud(?:y|ies)"), Words(@"case stud(?:y|ies)"), DocumentType.CaseStudy),
        (Words(@"evaluat\w*"), null, DocumentType.Evaluation),
        (Words(@"reviews?|deep dive"), Words(@"in[\s_-]?depth[\s_-]*reviews?|deep[\s_-]?dive"), DocumentType.Review),
        (Words("comments?|commentary|blogs?|opinion|discussion paper|viewpoint"), Words("comment|opinion"), DocumentType.Commentary),
        (Words("press releases?|news|newsletter|news piece|announces|launches"), Words("news(?:room)?|press releases?"), DocumentType.News),
        (Words(@"journal|university|academic|working paper"), Words(@"doi\.org|jstor|sciencedirect|springer|tandfonline|wiley"), DocumentType.AcademicArticle),
        (new Regex(""), null, DocumentType.Other),
    ];

    /// <summary>Whole words only ("newsavedformat" is not news); a space matches any run of spaces, hyphens or underscores.</summary>
    private static Regex Words(string alternatives) =>
        new($@"(?<![a-z])(?:{alternatives.Replace(" ", @"[\s_-]+")})(?![a-z])", RegexOptions.Compiled);

    [GeneratedRegex(@"^\s*(?:INDIGO-[A-Z]+-\d+\s*,?\s*)+$")]
    private static partial Regex IndigoIdsOnly();

    /// <summary>"(Ecorys, 2015)", "(GO Lab, May 2018)", "(Brighton and Hove City Council, 27 November 2017)"; not "(June 2022)".</summary>
    [GeneratedRegex(@"\((?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2}\))(?<org>[^()\d]*?\p{L}[^()\d]*?),?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\)", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationAndYear();

    /// <summary>"Greater London Authority Press Release" is published by the Greater London Authority.</summary>
    [GeneratedRegex(@"\s+(?:press release|website|webpage|latest news)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatItIs();

    [GeneratedRegex(@"^(?<org>\p{Lu}[^,""“'‘(]{1,80}),\s*[""“'‘]")]
    private static partial Regex LeadingOrganisation();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"\((?:[^()]*?\D)?(?<year>(?:19|20)\d{2})\)")]
    private static partial Regex ParenthesisedYear();
}
