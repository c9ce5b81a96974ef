using Shouldly;
using SibReview.Reconciliation;
using Xunit;

namespace SibReview.Tests.Reconciliation;

public sealed class DisagreementQueueTests
{
    private static QueueEntry Entry(string key, string kind, string[] coders, int weight, int? theme = null, string? settledAs = null) =>
        new(new DisagreementItem($"c1/{key}", kind, "c1", key, coders, [], [], "matters", weight, settledAs, theme), 0, null);

    private static readonly QueueEntry[] All =
    [
        Entry("screening", "screening", ["amir", "bea"], 3),
        Entry("outcome", "outcome", ["amir", "chen"], 1),
        Entry("theme-3", "theme", ["amir", "bea"], 3, 3, settledAs: "absent (agreed)"),
        Entry("segment-d1-v1-t3-0-9", "segment", ["amir", "bea"], 1, 3),
        Entry("segment-d1-v1-t5-0-9", "segment", ["amir", "bea"], 2, 5),
    ];

    private static (string Kind, int Open, int Settled) Count(DisagreementQueue queue, string kind)
    {
        var count = queue.Counts.Single(c => c.Kind == kind);
        return (count.Kind, count.Open, count.Settled);
    }

    [Fact]
    public void Choosing_a_kind_narrows_the_entries_but_not_the_counts_so_each_count_says_what_choosing_it_would_show()
    {
        var queue = DisagreementQueue.Of("s1", All, "outcome", null, null, settled: false);

        queue.Entries.Select(e => e.Item.Key).ShouldBe(["outcome"]);
        Count(queue, "screening").ShouldBe(("screening", 1, 0));
        Count(queue, "segment").ShouldBe(("segment", 2, 0));
        Count(queue, "theme").ShouldBe(("theme", 0, 1));
    }

    [Fact]
    public void Theme_and_coder_pair_narrow_the_counts_too_and_open_items_come_weightiest_first()
    {
        var theme3 = DisagreementQueue.Of("s1", All, null, 3, null, settled: false);
        theme3.Entries.Select(e => e.Item.Key).ShouldBe(["segment-d1-v1-t3-0-9"]);
        (Count(theme3, "screening").Open, Count(theme3, "theme").Settled).ShouldBe((0, 1));

        DisagreementQueue.Of("s1", All, null, null, "amir+chen", settled: false).Entries.Select(e => e.Item.Key).ShouldBe(["outcome"]);
        DisagreementQueue.Of("s1", All, null, null, null, settled: false).Entries.Select(e => e.Item.Weight).ShouldBe([3, 2, 1, 1]);
        DisagreementQueue.Of("s1", All, null, null, null, settled: true).Entries.Select(e => e.Item.Key).ShouldBe(["theme-3"]);
    }

    [Fact]
    public void The_filters_offered_are_every_pair_and_theme_there_is()
    {
        var queue = DisagreementQueue.Of("s1", All, "screening", 5, "amir+bea", settled: true);
        queue.CoderPairs.ShouldBe(["amir+bea", "amir+chen"]);
        queue.Themes.ShouldBe([3, 5]);
    }
}
