using Shouldly;
using SibReview.Cases;
using SibReview.Cases.Catalogue;
using SibReview.Documents;
using SibReview.Outcomes;
using SibReview.Replay;
using SibReview.Screening;
using SibReview.Studies;
using SibReview.Tests.Cases.Indigo;
using SibReview.Tests.Screening;
using Xunit;

namespace SibReview.Tests.Replay;

public sealed class StudyReplayTests
{
    private const string Struggles = "INDIGO-POJ-0181", Succeeds = "INDIGO-POJ-0173", Unassessed = "INDIGO-POJ-0175", Excluded = "INDIGO-POJ-0120";
    private static readonly string[] Cases = [Struggles, Succeeds, Unassessed, Excluded];

    private static IReadOnlyDictionary<string, CatalogueEntry> Catalogue { get; } = Cases.ToDictionary(id => id,
        id => CatalogueEntry.Create(new CaseImportedFromIndigo(id, ShippedDownload.Get(id), "f", "import", Screenings.Now)));

    /// <summary>
    /// The study at tolerance 0.10 and at least 4 distinct documents: two agreed includes assessed 0.8657 and 0.95 (the
    /// latter's register holds 5 eligible documents), one include unassessed, one excluded for too few documents (its
    /// register: 2 eligible documents and a news item later retyped as a commentary, so 3).
    /// </summary>
    private static IEnumerable<object> Log()
    {
        var created = (StudyCreated)CreateStudyEndpoint.Decide("s1", new CreateStudy("SIBs", "Why?"), Screenings.Lena, Screenings.Now).Events.Single();
        yield return created with { Tolerance = 0.10m };
        yield return new CasesAssignedForScreening("s1", [.. Cases.SelectMany(c => new[] { new ScreeningAssignment(c, "amir"), new(c, "bea") })],
            "lena", Screenings.Now);
        foreach (var c in Cases)
        foreach (var coder in new[] { "amir", "bea" })
            yield return new ScreeningDecisionRecorded("s1", c, coder, c == Excluded ? ScreeningVerdict.Exclude : ScreeningVerdict.Include,
                c == Excluded ? "too-few-documents" : null, null, Screenings.Now);
        foreach (var coder in new[] { "amir", "bea" })
        {
            yield return Assessed(Struggles, coder, 0.8657m);
            yield return Assessed(Succeeds, coder, 0.95m);
        }
        yield return Assessed(Succeeds, "amir", 0.2m) with { StudyId = "another-study" };
        yield return Register(Succeeds, DocumentType.Evaluation, DocumentType.Review, DocumentType.Review, DocumentType.Commentary,
            DocumentType.AcademicArticle);
        yield return Register(Excluded, DocumentType.Evaluation, DocumentType.News, DocumentType.Review);
        yield return new DocumentRetyped(Excluded, "d2", DocumentType.News, DocumentType.Commentary, "a blog post by the evaluator",
            "amir", Screenings.Now);
    }

    private static DocumentRegisterSeeded Register(string caseId, params DocumentType[] types) => new(caseId,
        [.. types.Select((t, i) => new CaseDocument($"d{i + 1}", $"Document {i + 1}", t, null, null, null, null, [], "seeded"))],
        DocumentRegister.SeededBy, Screenings.Now);

    private static AchievementAssessed Assessed(string caseId, string coder, decimal ratio) =>
        new("s1", caseId, coder, AchievementBasis.Payments, null, ratio, null, "read the final report", false, null, null, Screenings.Now);

    private static ReplayReport Replay(params decimal[] tolerances) => ReplayWith(null, tolerances);

    private static ReplayReport ReplayWith(int? minimumDistinctDocuments, params decimal[] tolerances) =>
        StudyReplay.Report(StudyReplay.Fold("s1", Log()), new ReplayRequest(tolerances, null, minimumDistinctDocuments), Catalogue, null);

    [Fact]
    public void Each_tolerance_reclassifies_the_included_cases_and_names_those_that_flip()
    {
        var report = Replay(0.15m, 0.10m, 0.01m);

        (report.Study, report.StudyTolerance).ShouldBe(("s1", 0.1m));
        report.Scenarios.Select(s => (s.Tolerance, s.Successful, s.Struggling, s.Unclassified, s.Flipped.Count, s.Themes.Count))
            .ShouldBe([(0.15m, 2, 0, 1, 1, 8), (0.1m, 1, 1, 1, 0, 8), (0.01m, 0, 2, 1, 1, 8)]);
        report.Scenarios[0].Flipped.Single().ShouldBe(new FlippedCase(Struggles, Catalogue[Struggles].Summary.Name,
            Classification.Struggling, Classification.Successful));
        report.Scenarios[2].Flipped.Single().ShouldBe(new FlippedCase(Succeeds, Catalogue[Succeeds].Summary.Name,
            Classification.Successful, Classification.Struggling));
    }

    [Fact]
    public void The_replayed_statuses_are_those_the_live_folds_give()
    {
        var replayed = StudyReplay.Fold("s1", Log());

        replayed.Included.Select(s => s.CaseId).ShouldBe([Succeeds, Unassessed, Struggles]);
        replayed.Outcomes[Struggles].ShouldBeEquivalentTo(Log().OfType<AchievementAssessed>().Where(a => a.CaseId == Struggles)
            .Aggregate(OutcomeStatus.Unassessed("s1", Struggles), OutcomeStatus.Fold));
        replayed.Study!.Members.Single().UserName.ShouldBe("lena");
    }

    [Fact]
    public void The_replayed_evidence_and_basis_are_those_the_live_snapshot_and_study_fold_give()
    {
        var citation = new EvidenceCitation("d1", "Final evaluation", "12");
        var corrected = new OutcomeFigureCorrected("s1", Struggles, null, EvidenceFigure.ActualOutcomePayments, 2_376_250m, 2_600_000m,
            citation, "audited", "amir", Screenings.Now);
        var basis = new AchievementBasisChanged("s1", AchievementSetting.Default, new(AchievementBasis.Metrics, MetricRule.All), "v2", "lena",
            Screenings.Now);

        var replayed = new object[] { corrected, corrected with { StudyId = "another-study" }, basis }
            .Aggregate(StudyReplay.Fold("s1", Log()), ReplayedStudy.Fold);

        replayed.Evidence.Keys.ShouldBe([Struggles]);
        replayed.Evidence[Struggles].ShouldBeEquivalentTo(CaseEvidence.Create(corrected));
        replayed.Study!.Achievement.ShouldBe(basis.To);
    }

    [Fact]
    public void A_tolerance_change_in_the_log_is_the_setting_flips_are_measured_from()
    {
        var replayed = new object[] { new ToleranceChanged("s1", 0.10m, 0.15m, "protocol v2", "lena", Screenings.Now) }
            .Aggregate(StudyReplay.Fold("s1", Log()), ReplayedStudy.Fold);

        var scenario = StudyReplay.Report(replayed, new ReplayRequest([0.10m], null), Catalogue, null).Scenarios.Single();

        scenario.Flipped.Single().ShouldBe(new FlippedCase(Struggles, Catalogue[Struggles].Summary.Name,
            Classification.Successful, Classification.Struggling));
    }

    [Fact]
    public void The_same_log_gives_the_same_bytes_and_one_tolerance_prints_one_way()
    {
        Replay(0.10m, 0.2m).ToJson().ShouldBe(Replay(ReplayRequest.Parse("0.1,0.20", null).Request!.Tolerances.ToArray()).ToJson());
        Replay(0.10m).ToJson().ShouldStartWith(
            """{"study":"s1","studyTolerance":0.1,"studyMinimumDistinctDocuments":4,"minimumDistinctDocuments":4,"asOf":null,"scenarios":[{"tolerance":0.1,""");
    }

    [Fact]
    public void A_lower_minimum_of_documents_lets_in_a_case_excluded_for_too_few_whose_register_reaches_it()
    {
        var scenario = ReplayWith(3, 0.10m).Scenarios.Single();

        (scenario.Successful, scenario.Struggling, scenario.Unclassified).ShouldBe((1, 1, 2));
        scenario.Flipped.Single().ShouldBe(new FlippedCase(Excluded, Catalogue[Excluded].Summary.Name, ReplayReport.Excluded,
            Classification.Unassessed));
        ReplayWith(2, 0.10m).Scenarios.Single().Flipped.Single().CaseId.ShouldBe(Excluded);
    }

    [Fact]
    public void A_higher_minimum_keeps_only_the_included_cases_whose_register_reaches_it()
    {
        var report = ReplayWith(5, 0.10m, 0.15m);

        report.MinimumDistinctDocuments.ShouldBe(5);
        report.Scenarios.Select(s => (s.Successful, s.Struggling, s.Unclassified)).ShouldBe([(1, 0, 0), (1, 0, 0)]);
        report.Scenarios[0].Flipped.Select(f => (f.CaseId, f.From, f.To)).ShouldBe(
            [(Unassessed, Classification.Unassessed, ReplayReport.Excluded), (Struggles, Classification.Struggling, ReplayReport.Excluded)],
            ignoreOrder: true);
        ReplayWith(6, 0.10m).Scenarios.Single().Successful.ShouldBe(0);
    }

    [Fact]
    public void The_studys_own_minimum_replays_the_record_whatever_the_registers_hold()
    {
        ReplayWith(4, 0.10m, 0.15m).ToJson().ShouldBe(Replay(0.10m, 0.15m).ToJson());
        ReplayWith(4, 0.10m).Scenarios.Single().Flipped.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(true, null, 0, 4, 4, true)]
    [InlineData(true, null, 0, 4, 5, false)]
    [InlineData(true, null, 6, 4, 5, true)]
    [InlineData(false, ScreeningReasons.TooFewDocuments, 3, 4, 3, true)]
    [InlineData(false, ScreeningReasons.TooFewDocuments, 9, 4, 4, false)]
    [InlineData(false, ScreeningReasons.TooFewDocuments, 9, 4, 3, true)]
    [InlineData(false, ScreeningReasons.TooFewDocuments, 2, 4, 3, false)]
    [InlineData(false, ScreeningReasons.NotUk, 9, 4, 1, false)]
    public void The_threshold_rule_counts_the_register_bounded_by_what_the_record_says(bool included, string? reason, int register,
        int studyMinimum, int minimum, bool expected)
    {
        var verdict = included ? ScreeningVerdict.Include : ScreeningVerdict.Exclude;
        var screening = new object[]
        {
            new CasesAssignedForScreening("s1", [new ScreeningAssignment("c", "amir")], "lena", Screenings.Now),
            new ScreeningDecisionRecorded("s1", "c", "amir", verdict, reason, null, Screenings.Now),
        }.Aggregate(ScreeningStatus.Unscreened("s1", "c"), ScreeningStatus.Fold);

        InclusionThreshold.Includes(screening, register, studyMinimum, minimum).ShouldBe(expected);
    }

    [Theory]
    [InlineData("0", "the minimum of distinct documents must be a whole number from 1 to 100; got '0'")]
    [InlineData("3.5", "the minimum of distinct documents must be a whole number from 1 to 100; got '3.5'")]
    [InlineData("101", "the minimum of distinct documents must be a whole number from 1 to 100; got '101'")]
    public void A_minimum_of_documents_must_be_a_whole_number_from_1_to_100(string minimum, string problem) =>
        ReplayRequest.Parse("0.1", null, minimum).Problem.ShouldBe(problem);

    [Theory]
    [InlineData("1.5", "tolerance must be between 0 and 1; got 1.5")]
    [InlineData("1", "tolerance must be between 0 and 1; got 1")]
    [InlineData("-0.1", "tolerance must be between 0 and 1; got -0.1")]
    [InlineData("", "give at least one tolerance")]
    [InlineData(" , ", "give at least one tolerance")]
    [InlineData("ten", "tolerance must be a number")]
    public void Tolerances_outside_zero_to_one_or_none_at_all_are_refused(string list, string problem)
    {
        var (request, refused) = ReplayRequest.Parse(list, null);
        request.ShouldBeNull();
        refused.ShouldStartWith(problem);
    }

    [Fact]
    public void An_as_of_moment_must_be_ISO_8601()
    {
        ReplayRequest.Parse("0.1", "yesterday").Problem.ShouldStartWith("as-of must be an ISO-8601 moment");
        ReplayRequest.Parse("0.1", "2026-11-29T11:00:00+01:00").Request!.AsOf.ShouldBe(Screenings.Now);
    }
}
