using System.Text.Json;
using Shouldly;
using SibReview.Coding.Codebook;
using Xunit;

namespace SibReview.Tests.Coding.Codebook;

public sealed class SeededThemesTests
{
    private static readonly IReadOnlyList<Theme> Seeded = RelationalWorkingThemes.All;

    [Fact]
    public void A_new_study_starts_with_the_eight_themes_of_the_SIB_study_at_version_1()
    {
        var (_, codebook) = Codebooks.NewStudy();
        codebook.Version.ShouldBe(1);
        codebook.Themes.Select(t => (t.Number, t.Name)).ShouldBe([
            (1, "Vision and values first"), (2, "Close partnership"), (3, "Co-creation and co-production"),
            (4, "People's capabilities"), (5, "Shared responsibilities"), (6, "Impact skills mapped early"),
            (7, "Needs, theory of change, plan"), (8, "Annual re-calibration"),
        ]);
        codebook.Themes.ShouldAllBe(t => t.Parent == null && !t.Retired);
    }

    [Fact]
    public void Every_seeded_theme_passes_the_checks_a_lead_s_theme_must_pass()
    {
        var (_, codebook) = Codebooks.NewStudy();
        foreach (var theme in Seeded)
        {
            var c = theme.Content;
            var (content, problem) = CodebookRules.Check(
                new ThemeFields(c.Name, c.Definition, c.InclusionNotes, c.ExclusionNotes, [.. c.ExampleQuotes], c.Colour, [.. c.Keywords]),
                codebook, theme);
            problem.ShouldBeNull();
            content.ShouldBe(c, $"theme {theme.Number} is stored as a lead would have typed it: canonical keywords, upper-case colour");
        }
    }

    [Fact]
    public void Every_seeded_theme_has_notes_examples_and_keywords_for_coders()
    {
        Seeded.ShouldAllBe(t => t.InclusionNotes != null && t.ExclusionNotes != null && t.ExampleQuotes.Count >= 2 && t.Keywords.Count >= 8);
    }

    [Fact]
    public void The_seeded_colours_are_the_palette_s_first_eight_and_all_differ()
    {
        Seeded.Select(t => t.Colour).ShouldBe(CodebookPalette.Colours.Take(8));
        CodebookPalette.Colours.Distinct().Count().ShouldBe(9);
    }

    [Fact]
    public void Co_production_is_found_by_its_study_s_vocabulary()
    {
        Seeded.Single(t => t.Number == 3).Keywords.ShouldBeSubsetOf(
            ["co-produc*", "co-design*", "co-creat*", "\"lived experience\"", "service user* NEAR/5 design*", "user involvement",
             "user voice", "user-led", "peer mentor*", "participant* NEAR/5 feedback", "experts by experience"]);
    }

    [Theory]
    [InlineData("""{"Number":3,"Name":"Co-creation","Definition":"Asks end users."}""")]
    [InlineData("""{"number":3,"name":"Co-creation","definition":"Asks end users."}""")]
    public void A_theme_stored_before_the_codebook_had_notes_and_keywords_reads_with_none_and_its_palette_colour(string stored)
    {
        var theme = JsonSerializer.Deserialize<Theme>(stored, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        (theme.Number, theme.Name, theme.Colour, theme.Parent, theme.Retired).ShouldBe((3, "Co-creation", "#DDCC77", (int?)null, false));
        theme.Keywords.ShouldBeEmpty();
        theme.ExampleQuotes.ShouldBeEmpty();
    }

    [Fact]
    public void A_theme_is_stored_without_its_derived_content()
    {
        JsonSerializer.Serialize(Seeded[0]).ShouldNotContain("Content");
    }
}
