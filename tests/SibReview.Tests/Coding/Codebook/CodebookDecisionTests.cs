using System.Text.Json;
using Shouldly;
using SibReview.Coding.Codebook;
using SibReview.Infrastructure;
using SibReview.Studies;
using Xunit;
using static SibReview.Tests.Coding.Codebook.Codebooks;

namespace SibReview.Tests.Coding.Codebook;

public sealed class CodebookDecisionTests
{
    [Fact]
    public void The_lead_adds_a_theme_as_the_next_version_numbered_after_every_theme_with_a_free_palette_colour()
    {
        var (study, codebook) = NewStudy();
        var decision = AddThemeEndpoint.Decide(study, codebook, NewTheme(keywords: ["Trust*", " \"Open  and honest\" ", ""]), Lena, Now);

        var added = decision.Events.Single().ShouldBeOfType<ThemeAdded>();
        (added.CodebookVersion, added.Number, added.Parent, added.Reason, added.ChangedBy, added.ChangedAt)
            .ShouldBe((2, 9, (int?)null, "pilot coding", "lena", Now));
        added.Content.Colour.ShouldBe("#AA4499");
        added.Content.Keywords.ShouldBe(["trust*", "\"open and honest\""]);
        var after = codebook.After(decision);
        after.Version.ShouldBe(2);
        after.Find(9)!.Name.ShouldBe("Trust");
    }

    [Fact]
    public void Coders_and_observers_read_the_codebook_but_may_not_change_it()
    {
        var (study, codebook) = NewStudy();
        foreach (var reader in new[] { Amir, Olive })
        {
            AddThemeEndpoint.Decide(study, codebook, NewTheme(), reader, Now).Rejection!.Status.ShouldBe(403);
            ReviseThemeEndpoint.Decide(study, codebook, 3, RevisionOf(codebook.Find(3)!) with { Name = "Co-production" }, reader, Now)
                .Rejection!.Status.ShouldBe(403);
            RetireThemeEndpoint.Decide(study, codebook, 8, new RetireTheme("not seen", 1), reader, Now).Rejection!.Status.ShouldBe(403);
            ChangeThemeParentEndpoint.Decide(study, codebook, 6, new ChangeThemeParent(2, "part of it", 1), reader, Now)
                .Rejection!.Detail.ShouldContain("Only the study's lead");
        }
        AddThemeEndpoint.Decide(study, codebook, NewTheme(), new("stranger", ""), Now).Rejection!.Status.ShouldBe(404);
    }

    [Theory]
    [InlineData("", "Give the theme a name.")]
    [InlineData("vision AND values FIRST", "Theme 1 is already called \"Vision and values first\"")]
    public void A_theme_needs_a_name_no_other_active_theme_has(string name, string problem)
    {
        var (study, codebook) = NewStudy();
        AddThemeEndpoint.Decide(study, codebook, NewTheme(name), Lena, Now).Rejection!.Detail.ShouldContain(problem);
    }

    [Theory]
    [InlineData("blue", "colour must be a hex colour like #CC6677; got 'blue'.")]
    [InlineData("#12345", "colour must be a hex colour")]
    [InlineData("#cc6677", "Theme 1 (\"Vision and values first\") already has colour #cc6677; choose another")]
    public void A_colour_must_be_hex_and_unlike_any_other_active_theme(string colour, string problem)
    {
        var (study, codebook) = NewStudy();
        AddThemeEndpoint.Decide(study, codebook, NewTheme(colour: colour), Lena, Now).Rejection!.Detail.ShouldContain(problem);
    }

    [Fact]
    public void Once_the_nine_palette_colours_are_taken_the_lead_chooses_one()
    {
        var (study, codebook) = NewStudy();
        codebook = codebook.After(AddThemeEndpoint.Decide(study, codebook, NewTheme(), Lena, Now));
        var tenth = AddThemeEndpoint.Decide(study, codebook, NewTheme("Reciprocity", expectedVersion: 2), Lena, Now);
        tenth.Rejection!.Detail.ShouldContain("Choose a colour for the theme");
        AddThemeEndpoint.Decide(study, codebook, NewTheme("Reciprocity", colour: "#4477aa"), Lena, Now)
            .Events.Single().ShouldBeOfType<ThemeAdded>().Content.Colour.ShouldBe("#4477AA");
    }

    [Theory]
    [InlineData(new[] { "trust", "co*" }, "Keyword 2 (\"co*\"): A prefix needs at least 3 letters before the *")]
    [InlineData(new[] { "users NEAR design" }, "Keyword 1 (\"users NEAR design\"): NEAR at character 7 needs a distance")]
    [InlineData(new[] { "Lived experience", "lived  EXPERIENCE" }, "Keyword 2 (\"lived  EXPERIENCE\") is listed twice (as lived experience).")]
    public void Keywords_are_checked_one_by_one_and_the_refusal_names_the_bad_one(string[] keywords, string problem)
    {
        var (study, codebook) = NewStudy();
        var decision = AddThemeEndpoint.Decide(study, codebook, NewTheme(keywords: keywords), Lena, Now);
        decision.Rejection!.Detail.ShouldStartWith(problem);
        decision.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Every_codebook_change_needs_a_reason()
    {
        var (study, codebook) = NewStudy();
        AddThemeEndpoint.Decide(study, codebook, NewTheme() with { Reason = " " }, Lena, Now).Rejection!.Detail.ShouldContain("Give a reason");
        RetireThemeEndpoint.Decide(study, codebook, 8, new RetireTheme(null, 1), Lena, Now).Rejection!.Detail.ShouldContain("Give a reason");
    }

    [Fact]
    public void Revising_a_theme_records_all_its_fields_as_they_now_read()
    {
        var (study, codebook) = NewStudy();
        var theme = codebook.Find(3)!;
        var revision = RevisionOf(theme) with { Keywords = [.. theme.Keywords, "citizen panel*"], ExclusionNotes = null };

        var revised = ReviseThemeEndpoint.Decide(study, codebook, 3, revision, Lena, Now).Events.Single().ShouldBeOfType<ThemeRevised>();

        revised.CodebookVersion.ShouldBe(2);
        revised.Content.Keywords[^1].ShouldBe("citizen panel*");
        revised.Content.ExclusionNotes.ShouldBeNull();
        revised.Content.Definition.ShouldBe(theme.Definition);
    }

    [Fact]
    public void A_revision_that_changes_nothing_is_refused()
    {
        var (study, codebook) = NewStudy();
        ReviseThemeEndpoint.Decide(study, codebook, 4, RevisionOf(codebook.Find(4)!), Lena, Now)
            .Rejection!.Detail.ShouldBe("Theme 4 already reads like this; nothing to change.");
    }

    [Fact]
    public void A_revision_may_keep_its_own_name_and_colour_and_leaving_the_colour_out_keeps_it()
    {
        var (study, codebook) = NewStudy();
        var theme = codebook.Find(2)!;
        var revised = ReviseThemeEndpoint.Decide(study, codebook, 2, RevisionOf(theme) with { Colour = null, Definition = "Closer." },
            Lena, Now).Events.Single().ShouldBeOfType<ThemeRevised>();
        revised.Content.Colour.ShouldBe(theme.Colour);
    }

    [Fact]
    public void An_unknown_theme_is_not_found_and_its_refusal_lists_the_numbers()
    {
        var (study, codebook) = NewStudy();
        var refused = RetireThemeEndpoint.Decide(study, codebook, 12, new RetireTheme("gone", 1), Lena, Now).Rejection!;
        refused.Status.ShouldBe(404);
        refused.Detail.ShouldBe("There is no theme 12 in this codebook; its themes are numbered 1, 2, 3, 4, 5, 6, 7, 8.");
    }

    [Fact]
    public void A_retired_theme_stays_in_the_codebook_keeps_its_number_and_no_longer_changes()
    {
        var (study, codebook) = NewStudy();
        codebook = codebook.After(RetireThemeEndpoint.Decide(study, codebook, 8, new RetireTheme("never coded", 1), Lena, Now));

        codebook.Find(8)!.Retired.ShouldBeTrue();
        codebook.Active.Select(t => t.Number).ShouldBe([1, 2, 3, 4, 5, 6, 7]);
        RetireThemeEndpoint.Decide(study, codebook, 8, new RetireTheme("again", 2), Lena, Now).Rejection!.Detail.ShouldContain("is retired");
        ReviseThemeEndpoint.Decide(study, codebook, 8, RevisionOf(codebook.Find(8)!) with { Name = "Re-calibration" }, Lena, Now)
            .Rejection!.Detail.ShouldContain("is retired");
        AddThemeEndpoint.Decide(study, codebook, NewTheme(parent: 8), Lena, Now).Rejection!.Detail.ShouldContain("choose an active theme as the parent");

        var added = AddThemeEndpoint.Decide(study, codebook, NewTheme("Annual re-calibration", expectedVersion: 2), Lena, Now);
        added.Events.Single().ShouldBeOfType<ThemeAdded>().Number.ShouldBe(9, "numbers are never reused; the retired name is free");
    }

    [Fact]
    public void A_theme_with_active_sub_themes_is_not_retired()
    {
        var (study, codebook) = NewStudy();
        codebook = codebook.After(AddThemeEndpoint.Decide(study, codebook, NewTheme("Peer mentors", parent: 3), Lena, Now));
        RetireThemeEndpoint.Decide(study, codebook, 3, new RetireTheme("merged", 2), Lena, Now)
            .Rejection!.Detail.ShouldBe("Theme 3 has active sub-themes (9): move them under another theme or retire them first.");
    }

    [Fact]
    public void Moving_a_theme_records_where_it_was_and_where_it_went()
    {
        var (study, codebook) = NewStudy();
        var moved = ChangeThemeParentEndpoint.Decide(study, codebook, 6, new ChangeThemeParent(2, "a kind of partnership", 1), Lena, Now);
        moved.Events.Single().ShouldBe(new ThemeParentChanged("s1", 2, 6, null, 2, "a kind of partnership", "lena", Now));
        codebook = codebook.After(moved);

        var back = ChangeThemeParentEndpoint.Decide(study, codebook, 6, new ChangeThemeParent(null, "stands alone", 2), Lena, Now);
        back.Events.Single().ShouldBeOfType<ThemeParentChanged>().From.ShouldBe(2);
        ChangeThemeParentEndpoint.Decide(study, codebook, 6, new ChangeThemeParent(2, "again", 2), Lena, Now)
            .Rejection!.Detail.ShouldBe("Theme 6 is already under theme 2.");
    }

    [Theory]
    [InlineData(6, 6, "A theme cannot be its own parent.")]
    [InlineData(6, 42, "There is no theme 42 to be the parent")]
    public void A_parent_must_be_another_theme_that_exists(int number, int parent, string problem)
    {
        var (study, codebook) = NewStudy();
        ChangeThemeParentEndpoint.Decide(study, codebook, number, new ChangeThemeParent(parent, "r", 1), Lena, Now)
            .Rejection!.Detail.ShouldContain(problem);
    }

    [Fact]
    public void The_hierarchy_never_becomes_a_circle()
    {
        var (study, codebook) = NewStudy();
        codebook = codebook.After(ChangeThemeParentEndpoint.Decide(study, codebook, 4, new ChangeThemeParent(2, "r", 1), Lena, Now));
        codebook = codebook.After(ChangeThemeParentEndpoint.Decide(study, codebook, 7, new ChangeThemeParent(4, "r", 2), Lena, Now));

        var circle = ChangeThemeParentEndpoint.Decide(study, codebook, 2, new ChangeThemeParent(7, "r", 3), Lena, Now);

        circle.Rejection!.Detail.ShouldBe("Theme 7 is under theme 2 (7 under 4 under 2); putting 2 under 7 would make a circle.");
        codebook.Ancestors(7).ShouldBe([4, 2]);
    }

    [Fact]
    public void Each_change_makes_the_next_version_and_folding_up_to_a_version_gives_the_codebook_as_it_was()
    {
        var (study, codebook) = NewStudy();
        var created = (StudyCreated)CreateStudyEndpoint.Decide("s1", new("SIBs", "Why?"), Lena, Now).Events.Single();
        var log = new List<object> { created };
        foreach (var decide in new Func<StudyCodebook, Decision>[]
        {
            c => AddThemeEndpoint.Decide(study, c, NewTheme(), Lena, Now),
            c => ChangeThemeParentEndpoint.Decide(study, c, 9, new ChangeThemeParent(2, "r", 2), Lena, Now),
            c => RetireThemeEndpoint.Decide(study, c, 9, new RetireTheme("r", 3), Lena, Now),
        })
        {
            var decision = decide(codebook);
            log.AddRange(decision.Events);
            codebook = codebook.After(decision);
        }

        codebook.Version.ShouldBe(4);
        Json(StudyCodebook.Fold(log)).ShouldBe(Json(codebook));
        Json(StudyCodebook.Fold(log, 1)).ShouldBe(Json(StudyCodebook.Create(created)));
        Json(StudyCodebook.Fold(log, 3)!.Find(9)).ShouldBe(Json(codebook.Find(9)! with { Retired = false }));
        CodebookHistory.Of(log).Select(h => (h.Version, h.Description)).ShouldBe([
            (1, "started the codebook with the study: 8 themes"),
            (2, "added theme 9 \"Trust\""),
            (3, "moved theme 9 \"Trust\" under theme 2 \"Close partnership\""),
            (4, "retired theme 9 \"Trust\""),
        ]);
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
