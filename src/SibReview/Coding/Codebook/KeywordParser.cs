using System.Globalization;
using System.Text;

namespace SibReview.Coding.Codebook;

/// <summary>
/// Reads a theme's keyword entry: a word (<c>partnership</c>), a prefix (<c>co-produc*</c>), words in sequence
/// (<c>service users</c>), an exact phrase in quotes (<c>"lived experience"</c>), or two of these within n words of each
/// other (<c>co-produc* NEAR/5 users</c>). Pure, so the codebook, the text search and the client's hints agree (the client's
/// twin, <c>client/src/codebook/keywords.ts</c>, is held to the same examples).
/// </summary>
public static class KeywordParser
{
    public const int MaxLength = 200;
    public const int MaxWordsInSequence = 8;
    public const int MinPrefixLength = 3;
    public const int MaxDistance = 50;
    private const string Shapes = "a word, a prefix*, words in sequence, a \"quoted exact phrase\", or a NEAR/n b";

    private abstract record Token(int At);
    private sealed record WordToken(int At, KeywordTerm Term) : Token(At);
    private sealed record QuoteToken(int At) : Token(At);
    private sealed record NearToken(int At, int Distance) : Token(At);

    public static KeywordParse Parse(string? text)
    {
        var input = Normalise(text);
        if (input.Length == 0) return Fail($"The keyword is empty: type {Shapes}.");
        if (input.Length > MaxLength) return Fail($"A keyword has at most {MaxLength} characters; this one has {input.Length}.");
        var (tokens, unreadable) = Tokenise(input);
        if (unreadable is not null) return Fail(unreadable);
        var quotes = tokens.OfType<QuoteToken>().ToList();
        if (quotes.Count % 2 == 1) return Fail($"The quote at character {quotes[^1].At} is never closed: end the exact phrase with \".");
        var nears = tokens.OfType<NearToken>().ToList();
        if (nears.Count > 1) return Fail("Use one NEAR per keyword; give the other combination a keyword of its own.");
        if (nears.Count == 0)
        {
            var (sequence, problem) = Sequence(tokens);
            return new(sequence, problem);
        }

        var split = tokens.IndexOf(nears[0]);
        var (left, leftProblem) = Sequence(tokens[..split]);
        var (right, rightProblem) = Sequence(tokens[(split + 1)..]);
        if (left is null || right is null)
            return Fail(tokens[..split].Count == 0 || tokens[(split + 1)..].Count == 0
                ? "NEAR needs words on both sides, as in co-produc* NEAR/5 users."
                : (leftProblem ?? rightProblem)!);
        return new(new KeywordNear(left, right, nears[0].Distance), null);
    }

    /// <summary>Straight quotes and apostrophes (text pasted from a word processor has curly ones), trimmed.</summary>
    private static string Normalise(string? text) => (text ?? "")
        .Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u201E', '"').Replace('\u2019', '\'').Trim();

    private static (KeywordSequence?, string?) Sequence(List<Token> tokens)
    {
        if (tokens.Count == 0) return (null, $"The keyword has no words: type {Shapes}.");
        var exact = tokens[0] is QuoteToken;
        if (exact && (tokens.Count < 2 || tokens[^1] is not QuoteToken || tokens.Count(t => t is QuoteToken) != 2))
            return (null, $"Quote the whole phrase or none of it (the quote at character {tokens[0].At} closes before the words end).");
        if (!exact && tokens.FirstOrDefault(t => t is QuoteToken) is { } stray)
            return (null, $"Quote the whole phrase or none of it (the quote at character {stray.At} starts after other words).");
        var terms = tokens.OfType<WordToken>().Select(w => w.Term).ToList();
        if (terms.Count == 0) return (null, $"The quotes at character {tokens[0].At} hold no words.");
        if (terms.Count > MaxWordsInSequence)
            return (null, $"A phrase has at most {MaxWordsInSequence} words; this one has {terms.Count}. Split it, or join parts with NEAR/n.");
        return (new KeywordSequence(terms, exact), null);
    }

    private static (List<Token>, string?) Tokenise(string input)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < input.Length)
        {
            var at = i + 1;
            var c = input[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '"') { tokens.Add(new QuoteToken(at)); i++; continue; }
            if (!IsWordAt(input, i))
                return ([], c switch
                {
                    '*' => $"The * at character {at} follows no word: put it straight after a word's first letters, as in co-produc*.",
                    '-' or '\'' => $"The {c} at character {at} must join two parts of a word, as in co-production or people's.",
                    _ => NotAllowed(input, i),
                });

            var start = i;
            while (i < input.Length && (IsWordAt(input, i) || (input[i] is '-' or '\'' && i + 1 < input.Length && IsWordAt(input, i + 1))))
                i += char.IsSurrogatePair(input, i) ? 2 : 1;
            var word = input[start..i];
            if (i < input.Length && input[i] is '-' or '\'')
                return ([], $"The {input[i]} at character {i + 1} must join two parts of a word, as in co-production or people's.");

            if (word.Equals("near", StringComparison.OrdinalIgnoreCase) && i < input.Length && input[i] == '/')
            {
                var digits = ++i;
                while (i < input.Length && char.IsAsciiDigit(input[i])) i++;
                if (i == digits)
                    return ([], $"NEAR/ at character {at} needs a distance in words, as in co-produc* NEAR/5 users.");
                if (!int.TryParse(input[digits..i], out var distance) || distance is < 1 or > MaxDistance)
                    return ([], $"The NEAR distance must be between 1 and {MaxDistance} words; got {input[digits..i]}.");
                if (i < input.Length && !char.IsWhiteSpace(input[i]))
                    return ([], $"Leave a space after NEAR/{distance} (character {i + 1}).");
                tokens.Add(new NearToken(at, distance));
                continue;
            }
            if (word == "NEAR")
                return ([], $"NEAR at character {at} needs a distance in words, as in co-produc* NEAR/5 users.");

            var prefix = i < input.Length && input[i] == '*';
            if (prefix) i++;
            if (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"')
                return ([], prefix ? $"The * at character {i} must end the word, as in co-produc*." : NotAllowed(input, i));
            if (prefix && word.EnumerateRunes().Count(Rune.IsLetterOrDigit) < MinPrefixLength)
                return ([], $"A prefix needs at least {MinPrefixLength} letters before the *, as in co-produc*; \"{word}*\" would match too many words.");
            tokens.Add(new WordToken(at, new KeywordTerm(word.ToLowerInvariant(), prefix)));
        }
        return (tokens, null);
    }

    /// <summary>Letters and digits of any script, with the combining marks that belong to them.</summary>
    private static bool IsWordAt(string input, int index)
    {
        if (!Rune.TryGetRuneAt(input, index, out var rune)) return false;
        return Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static string NotAllowed(string input, int index) =>
        $"{(Rune.TryGetRuneAt(input, index, out var rune) ? $"'{rune}'" : "An unreadable character")} (character {index + 1}) " +
        $"cannot be used in a keyword: type {Shapes}.";

    private static KeywordParse Fail(string problem) => new(null, problem);
}
