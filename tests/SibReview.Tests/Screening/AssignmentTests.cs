using Shouldly;
using SibReview.Screening;
using Xunit;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Screening;

public sealed class AssignmentTests
{
    private static readonly IReadOnlyList<string> Candidates = [.. Enumerable.Range(101, 74).Select(i => $"INDIGO-POJ-{i:0000}")];
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Nothing = new Dictionary<string, IReadOnlyList<string>>();

    private static IReadOnlyList<ScreeningAssignment> Assign(AssignCasesForScreening command, params ScreeningStatus[] statuses)
    {
        var decision = AssignCasesForScreeningEndpoint.Decide(Study(), Candidates, statuses, command, Lena, Now);
        decision.Rejection.ShouldBeNull();
        return [.. decision.Events.Cast<CasesAssignedForScreening>().SelectMany(e => e.Assignments)];
    }

    [Fact]
    public void Seventy_four_candidates_shared_by_three_coders_in_pairs_give_each_coder_49_or_50_cases()
    {
        var plan = Assign(new AssignCasesForScreening(null, ["chen", "amir", "bea"], 2));

        plan.Count.ShouldBe(148);
        plan.GroupBy(a => a.CaseId).ShouldAllBe(g => g.Count() == 2 && g.Distinct().Count() == 2);
        plan.GroupBy(a => a.Coder).Select(g => (g.Key, g.Count())).ShouldBe([("amir", 50), ("bea", 49), ("chen", 49)], ignoreOrder: true);
    }

    [Fact]
    public void The_least_loaded_coder_goes_first_and_ties_go_to_the_earlier_name()
    {
        var plan = BalancedAssignment.Plan(["c1", "c2", "c3"], ["chen", "bea", "amir"], 2, Nothing);
        plan.ShouldBe([new("c1", "amir"), new("c1", "bea"), new("c2", "chen"), new("c2", "amir"), new("c3", "bea"), new("c3", "chen")]);
    }

    [Fact]
    public void Coders_a_case_already_has_count_towards_its_pair_and_are_never_assigned_twice()
    {
        var already = Status(Assigned("amir"));
        Assign(new AssignCasesForScreening([CaseId], ["amir", "bea", "chen"], 2), already).ShouldBe([new(CaseId, "bea")]);
        Assign(new AssignCasesForScreening([CaseId], ["amir", "bea"], 2), Status(Assigned("amir", "bea"))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1, new[] { "amir", "bea" }, "at least two coders")]
    [InlineData(3, new[] { "amir", "bea" }, "name at least 3")]
    [InlineData(2, new[] { "amir", "olive" }, "olive does not screen")]
    [InlineData(2, new[] { "amir", "zed" }, "zed does not screen")]
    public void Screening_is_dual_and_done_by_the_studys_coders_and_lead(int perCase, string[] coders, string problem)
    {
        var command = new AssignCasesForScreening(null, coders, perCase);
        var decision = AssignCasesForScreeningEndpoint.Decide(Study(), Candidates, [], command, Lena, Now);
        decision.Rejection!.Status.ShouldBe(400);
        decision.Rejection.Detail.ShouldContain(problem);
    }

    [Fact]
    public void Only_the_lead_assigns_and_only_the_studys_candidates()
    {
        var command = new AssignCasesForScreening(["INDIGO-POJ-0999"], ["amir", "bea"], 2);
        AssignCasesForScreeningEndpoint.Decide(Study(), Candidates, [], command, Amir, Now).Rejection!.Status.ShouldBe(403);
        AssignCasesForScreeningEndpoint.Decide(Study(), Candidates, [], command, Lena, Now).Rejection!.Status.ShouldBe(404);
    }
}
