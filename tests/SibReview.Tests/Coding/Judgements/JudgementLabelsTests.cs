using Shouldly;
using SibReview.Agreement;
using SibReview.Coding.Judgements;
using Xunit;
using static SibReview.Tests.Coding.Judgements.Judgements;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Coding.Judgements;

public sealed class JudgementLabelsTests
{
    private static readonly Dictionary<Type, LabelSource> Sources = LabelSources.All.ToDictionary(s => s.EventType);

    [Fact]
    public void A_first_judgement_labels_the_case_in_its_themes_set_and_the_case_and_theme_in_the_set_of_all_themes()
    {
        var batches = Sources[typeof(ThemeJudged)].Read(Judged("amir", 3, true));

        batches.Select(b => (b.Set.Id, b.Set.Name, b.Set.Level, b.Labels.Single()))
            .ShouldBe([
                ("judgements/s1/theme-3", "Case-level theme judgements (theme 3)", MeasurementLevel.Nominal, new ImportedLabel(Sib, "amir", "present")),
                ("judgements/s1", "Case-level theme judgements (all themes)", MeasurementLevel.Nominal,
                    new ImportedLabel($"{Sib} theme 3", "amir", "present")),
            ]);
    }

    [Fact]
    public void A_first_judgement_made_after_the_coder_submitted_the_case_is_flagged_and_gives_no_label()
    {
        object[] submittedSeven = [.. Themes.Take(7).Select(t => Judged("amir", t, true)), new CaseJudgementsSubmitted("s1", Sib, "amir", 1, Now)];

        var late = (ThemeJudged)JudgeThemeEndpoint.Decide(Held(submittedSeven), [], Judge(8, expectedVersion: 8), Amir, Now).Events.Single();

        late.AfterSubmission.ShouldBeTrue();
        Sources[typeof(ThemeJudged)].Read(late).ShouldBeEmpty();
        ((ThemeJudged)JudgeThemeEndpoint.Decide(Held(), [], Judge(8), Amir, Now).Events.Single()).AfterSubmission.ShouldBeFalse();
    }

    [Fact]
    public void Revisions_submissions_and_consensus_give_no_label_so_agreement_stays_on_the_blind_first_judgements()
    {
        Sources.ShouldNotContainKey(typeof(ThemeJudgementRevised));
        Sources.ShouldNotContainKey(typeof(CaseJudgementsSubmitted));
        Sources.ShouldNotContainKey(typeof(JudgementConsensusRecorded));
    }
}
