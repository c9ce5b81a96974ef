using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Shouldly;
using SibReview.Coding.Codebook;
using Xunit;

namespace SibReview.Tests.Coding.Codebook;

public sealed record KeywordExample(string Entry, string? Canonical, string? Problem)
{
    public override string ToString() => $"«{Entry}»";
}

/// <summary>Keyword expressions the parser must read back as themselves, built from their parts.</summary>
public static class KeywordGenerators
{
    private static readonly Gen<string> Letters = Gen.Elements("a", "b", "e", "o", "s", "t", "é", "ж", "7").ArrayOf()
        .Where(l => l.Length is > 0 and < 8).Select(string.Concat);

    private static readonly Gen<KeywordTerm> Term =
        from first in Letters
        from joined in Gen.Elements("", "-", "'")
        from second in Letters
        from prefix in Gen.Elements(true, false)
        let word = joined == "" ? first : $"{first}{joined}{second}"
        where !prefix || word.Count(char.IsLetterOrDigit) >= KeywordParser.MinPrefixLength
        where word != "near"
        select new KeywordTerm(word, prefix);

    private static readonly Gen<KeywordSequence> Sequence =
        from terms in Gen.Choose(1, KeywordParser.MaxWordsInSequence).SelectMany(n => Term.ListOf(n))
        from exact in Gen.Elements(true, false)
        select new KeywordSequence([.. terms], exact);

    public static Arbitrary<KeywordExpression> Expressions() => Arb.From(Gen.OneOf(
        Sequence.Select(s => (KeywordExpression)s),
        from left in Sequence
        from right in Sequence
        from distance in Gen.Choose(1, KeywordParser.MaxDistance)
        select (KeywordExpression)new KeywordNear(left, right, distance)));
}

public sealed class KeywordParserTests
{
    /// <summary>The examples the client's parser (client/src/codebook/keywords.ts) is held to as well, so both read keywords alike.</summary>
    public static TheoryData<KeywordExample> SharedExamples()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "SibReview.sln"))) root = root.Parent!;
        var path = Path.Combine(root.FullName, "client", "src", "codebook", "keywordExamples.json");
        var examples = JsonSerializer.Deserialize<List<KeywordExample>>(File.ReadAllText(path), Support.Json.Web)!;
        return [.. examples];
    }

    [Theory]
    [MemberData(nameof(SharedExamples))]
    public void Each_shared_example_reads_as_the_client_reads_it(KeywordExample example)
    {
        var parsed = KeywordParser.Parse(example.Entry);
        if (example.Problem is { } problem)
        {
            parsed.Expression.ShouldBeNull();
            parsed.Problem.ShouldNotBeNull().ShouldContain(problem);
        }
        else
        {
            parsed.Problem.ShouldBeNull();
            parsed.Expression!.Canonical.ShouldBe(example.Canonical);
        }
    }

    [Fact]
    public void A_proximity_keyword_is_two_sequences_and_a_distance()
    {
        var near = KeywordParser.Parse("service user* NEAR/5 design").Expression.ShouldBeOfType<KeywordNear>();
        near.Left.ShouldBe(new KeywordSequence([new("service", false), new("user", true)], Exact: false));
        near.Right.ShouldBe(new KeywordSequence([new("design", false)], Exact: false));
        near.Distance.ShouldBe(5);
    }

    [Fact]
    public void A_quoted_phrase_is_exact_and_an_unquoted_one_is_not()
    {
        KeywordParser.Parse("\"lived experience\"").Expression.ShouldBeOfType<KeywordSequence>().Exact.ShouldBeTrue();
        KeywordParser.Parse("lived experience").Expression.ShouldBeOfType<KeywordSequence>().Exact.ShouldBeFalse();
    }

    [Fact]
    public void An_overlong_keyword_is_refused_with_its_length()
    {
        KeywordParser.Parse(new string('a', 201)).Problem.ShouldBe("A keyword has at most 200 characters; this one has 201.");
    }

    [Fact]
    public void A_lone_surrogate_is_refused_as_unreadable_rather_than_crashing()
    {
        KeywordParser.Parse("trust \uD800").Problem.ShouldNotBeNull().ShouldContain("unreadable character (character 7)");
    }
}

[Properties(Arbitrary = [typeof(KeywordGenerators)], MaxTest = 300)]
public sealed class KeywordParserProperties
{
    [Property]
    public Property Any_text_is_read_or_refused_with_a_reason_never_both_never_neither(string? text)
    {
        var parsed = KeywordParser.Parse(text);
        return ((parsed.Expression is null) != (parsed.Problem is null)).Label($"{parsed}");
    }

    [Property]
    public Property An_expression_reads_back_from_its_canonical_spelling(KeywordExpression expression)
    {
        var parsed = KeywordParser.Parse(expression.Canonical);
        return (parsed.Expression == expression).Label($"{expression.Canonical} -> {parsed.Expression?.Canonical ?? parsed.Problem}");
    }

    [Property]
    public Property The_canonical_spelling_of_what_was_read_reads_as_itself(string? text)
    {
        var canonical = KeywordParser.Parse(text).Expression?.Canonical;
        return (canonical is null || KeywordParser.Parse(canonical).Expression?.Canonical == canonical).Label($"{canonical}");
    }
}
