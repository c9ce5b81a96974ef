using Shouldly;
using SibReview.Coding;
using SibReview.Coding.Codebook;
using SibReview.Coding.Segments;
using SibReview.Reconciliation;
using SibReview.Tests.Coding.Codebook;
using Xunit;

namespace SibReview.Tests.Reconciliation;

public sealed class SegmentDisagreementTests
{
    //                          0         1         2         3         4         5
    //                          0123456789012345678901234567890123456789012345678901234
    private const string Text = "Partners co-produced the referral route with the users.";
    private static readonly DateTimeOffset Now = Codebooks.Now;

    /// <summary>A coder's submitted coding of text version 1 of d1: each span at its theme.</summary>
    private static DocumentCoding Submitted(string coder, params (int Theme, int Start, int End)[] codings) =>
        codings.Select((c, i) => (object)new SegmentCoded("s1", "c1", "d1", 1, coder, $"{coder}-{i}", c.Theme, c.Start, c.End,
                Text[c.Start..c.End], 1, null, Now))
            .Append(new DocumentCodingSubmitted("s1", "c1", "d1", 1, coder, codings.Length, Now))
            .Aggregate(DocumentCoding.Empty("s1", "c1", "d1", coder), (coding, e) => coding.Then(e));

    private static IReadOnlyList<DisputedPassage> Disputed(params DocumentCoding[] coders) => DisputedPassage.In("d1", 1, coders);

    [Fact]
    public void Spans_at_the_same_theme_that_overlap_are_agreement_whatever_their_bounds() =>
        Disputed(Submitted("amir", (3, 9, 39)), Submitted("bea", (3, 21, 50))).ShouldBeEmpty();

    [Fact]
    public void A_span_one_coder_coded_and_the_other_did_not_is_disputed_with_its_words()
    {
        var passage = Disputed(Submitted("amir", (3, 9, 39)), Submitted("bea")).ShouldHaveSingleItem();
        (passage.Theme, passage.Start, passage.End, passage.Text).ShouldBe((3, 9, 39, "co-produced the referral route"));
        passage.Key.ShouldBe("segment-d1-v1-t3-9-39");
        passage.Codings.ShouldHaveSingleItem().Coder.ShouldBe("amir");
    }

    [Fact]
    public void Overlapping_spans_at_different_themes_dispute_the_passage_at_each_theme() =>
        Disputed(Submitted("amir", (3, 9, 39)), Submitted("bea", (5, 21, 39)))
            .Select(p => (p.Theme, p.Start, p.End)).ShouldBe([(3, 9, 39), (5, 21, 39)]);

    [Fact]
    public void A_chain_of_overlapping_spans_is_one_passage_whose_words_join_the_quotes()
    {
        var passage = Disputed(Submitted("amir", (3, 0, 12), (3, 25, 39)), Submitted("bea", (3, 9, 30)), Submitted("chen"))
            .ShouldHaveSingleItem();
        (passage.Start, passage.End, passage.Text).ShouldBe((0, 39, Text[..39]));
        passage.Codings.Select(c => c.Coder).ShouldBe(["amir", "bea", "amir"]);
    }

    [Fact]
    public void Spans_that_only_touch_are_separate_passages() =>
        Disputed(Submitted("amir", (3, 0, 9), (3, 9, 20)), Submitted("bea", (3, 9, 20)))
            .ShouldHaveSingleItem().ShouldSatisfyAllConditions(p => p.Start.ShouldBe(0), p => p.End.ShouldBe(9));

    [Fact]
    public void A_version_only_one_coder_submitted_disputes_nothing() =>
        Disputed(Submitted("amir", (3, 9, 39))).ShouldBeEmpty();

    [Fact]
    public void A_passage_a_submitted_judgement_cites_weighs_more_than_one_no_judgement_rests_on()
    {
        var passage = Disputed(Submitted("amir", (3, 9, 39)), Submitted("bea")).ShouldHaveSingleItem();

        SegmentDisagreements.Matters(passage, new Dictionary<string, int>()).Weight.ShouldBe(1);
        var (matters, weight) = SegmentDisagreements.Matters(passage, new Dictionary<string, int> { ["amir-0"] = 3, ["bea-4"] = 5 });
        weight.ShouldBe(2);
        matters.ShouldStartWith("amir cites a coding of this passage for the judgement of theme 3 on the case");
    }

    private static readonly DisagreementItem Item = new("c1/segment-d1-v1-t3-9-39", "segment", "c1", "A SIB: theme 3", ["amir", "bea"],
        [], [], "matters", 1, null, 3, new ItemPassage("d1", "Evaluation", 1, 9, 39, Text[9..39]));

    [Theory]
    [InlineData("present", 9, 39, null)]
    [InlineData("present", 21, 39, null)]
    [InlineData("absent", null, null, null)]
    [InlineData("present", null, null, "give start and end")]
    [InlineData("present", 5, 20, "must lie within the passage in dispute, 9-39")]
    [InlineData("present", 20, 20, "cover at least one character")]
    [InlineData("absent", 9, 39, "An absent theme covers no span")]
    [InlineData("maybe", null, null, "present (with the span it covers) or absent; got 'maybe'")]
    public void A_passages_proposal_says_present_with_a_span_inside_it_or_absent(string choice, int? start, int? end, string? problem)
    {
        var found = new SegmentDisagreements().ProposalProblem(Item, new ProposedResolution(choice, null, null, start, end));
        if (problem is null) found.ShouldBeNull();
        else found!.ShouldContain(problem);
    }

    [Fact]
    public void An_agreed_span_is_recorded_with_its_words_and_the_room()
    {
        var agreed = new ResolutionAgreed("s1", Item.Id, "c1", "p1", new ProposedResolution("present", null, null, 21, 39),
            RoomRules.AllCodersEndorsed, "bea", Now);
        var (study, codebook) = Codebooks.NewStudy();
        var (stream, e) = new SegmentDisagreements().Consensus(study, codebook, Item, agreed, "the route is the co-produced part", "room");

        stream.ShouldBe($"segment-consensus/{study.Id}/c1");
        var consensus = e.ShouldBeOfType<SegmentConsensusRecorded>();
        (consensus.Theme, consensus.Present, consensus.Start, consensus.End, consensus.Quote).ShouldBe((3, true, 21, 39, "the referral route"));
        (consensus.PassageStart, consensus.PassageEnd, consensus.Room).ShouldBe((9, 39, "room"));
        consensus.Reason.ShouldBe("Agreed in reconciliation (every involved coder endorsed it): the route is the co-produced part");
        agreed.Resolution.ToString().ShouldBe("present, span 21-39");
    }
}
