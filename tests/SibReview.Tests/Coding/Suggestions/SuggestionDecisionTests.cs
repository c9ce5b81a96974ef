using Shouldly;
using SibReview.Coding;
using SibReview.Coding.Codebook;
using SibReview.Coding.Suggestions;
using SibReview.Infrastructure;
using SibReview.Studies;
using SibReview.Tests.Coding.Codebook;
using Xunit;

namespace SibReview.Tests.Coding.Suggestions;

/// <summary>The rejection decider and the precision fold, without a database.</summary>
public sealed class SuggestionDecisionTests
{
    private static readonly Suggestion Suggested = new("sg-1", 3, "co-produc*", "C1", "d1", 2, 10, 21, "co-produced", 1, "We ", " it", false, true);

    private static RejectSuggestion Command(long expectedVersion = 0, string? reason = null) =>
        new("C1", "d1", 2, 3, "co-produc*", 10, 21, reason, expectedVersion);

    [Fact]
    public void A_coder_s_rejection_records_the_suggestion_the_codebook_version_and_the_trimmed_reason()
    {
        var decision = RejectSuggestionEndpoint.Decide(Codebooks.NewStudy().Study, Suggested, CoderDocument.New, Command(reason: "  a quote  "),
            "sg-1", 4, Codebooks.Amir, Codebooks.Now);

        decision.Events.Single().ShouldBe(new SuggestionRejected("s1", "C1", "d1", 2, "amir", "sg-1", 3, "co-produc*", 10, 21, "co-produced", 4,
            "a quote", Codebooks.Now));
    }

    [Fact]
    public void Who_may_decide_comes_first_then_whether_the_suggestion_exists_then_whether_it_is_decided_then_the_version()
    {
        var study = Codebooks.NewStudy().Study;
        var rejected = new SuggestionRejected("s1", "C1", "d1", 2, "amir", "sg-1", 3, "co-produc*", 10, 21, "co-produced", 1, null, Codebooks.Now);
        Decide(study, null, CoderDocument.New, Codebooks.Olive).ShouldBe(403);
        Decide(study, null, CoderDocument.New, Codebooks.Amir).ShouldBe(404);
        Decide(study, Suggested, new CoderDocument(1, [], [rejected]), Codebooks.Amir).ShouldBe(400);
        Decide(study, Suggested, new CoderDocument(3, [], []), Codebooks.Amir).ShouldBe(409);
    }

    private static int Decide(Study study, Suggestion? suggestion, CoderDocument mine, SibReview.Accounts.Actor actor) =>
        RejectSuggestionEndpoint.Decide(study, suggestion, mine, Command(), "sg-1", 1, actor, Codebooks.Now).Rejection!.Status;

    [Fact]
    public void An_accepted_suggestion_counts_for_the_keyword_whose_hash_it_is_even_after_the_keyword_left_the_list()
    {
        var created = CreateStudyEndpoint.Decide("s1", new CreateStudy("SIBs", "Why?"), Codebooks.Lena, Codebooks.Now).Events.Single();
        var (study, codebook) = (Study.Create((StudyCreated)created), StudyCodebook.Create((StudyCreated)created));
        var theme3 = codebook.Find(3)!;
        var revised = ReviseThemeEndpoint.Decide(study, codebook, 3, Codebooks.RevisionOf(theme3) with
        {
            Keywords = [.. theme3.Keywords.Where(k => k != "co-produc*"), "citizen panel*"], ExpectedVersion = 1,
        }, Codebooks.Lena, Codebooks.Now).Events.Single();
        SegmentCoded Coded(string keyword) => new("s1", "C1", "d1", 2, "amir", "c-1", 3, 10, 21, "q", 1,
            SuggestionIds.Of("C1/d1/v2", 3, keyword, 10, 21), Codebooks.Now);

        var themes = KeywordPrecision.Of(codebook.After(Decision.Accept(revised)), KeywordPrecision.KeywordsEver([created, revised]),
            [Coded("co-produc*"), Coded("citizen panel*"), Coded("not a keyword")]);

        var rows = themes.Single(t => t.Theme == 3).Keywords;
        rows.Single(r => r.Keyword == "co-produc*").ShouldBe(new KeywordPrecisionRow("co-produc*", false, 1, 0, 1.0));
        rows.Single(r => r.Keyword == "citizen panel*").ShouldBe(new KeywordPrecisionRow("citizen panel*", true, 1, 0, 1.0));
        themes.Sum(t => t.Accepted).ShouldBe(2);
    }
}
