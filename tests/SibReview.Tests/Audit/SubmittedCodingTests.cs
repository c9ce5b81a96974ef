using JasperFx.Events;
using Shouldly;
using SibReview.Audit;
using SibReview.Coding;
using SibReview.Coding.Judgements;
using SibReview.Coding.Segments;
using Xunit;

namespace SibReview.Tests.Audit;

public sealed class SubmittedCodingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static ThemeJudged Judged(string coder) => new("s1", "c1", coder, 3, true, 2, null, [], 1, Now, false);

    private static SegmentCoded Coded(string coder) => new("s1", "c1", "d1", 1, coder, $"{coder}-1", 3, 0, 4, "Part", 1, null, Now);

    private static IEvent Logged<T>(T data) where T : notnull => new Event<T>(data);

    [Fact]
    public void A_coders_judgements_and_codings_are_held_back_until_they_submit_the_case_or_the_text_version()
    {
        IEvent[] log =
        [
            Logged(Judged("amir")), Logged(new CaseJudgementsSubmitted("s1", "c1", "amir", 1, Now)), Logged(Judged("bea")),
            Logged(Coded("amir")), Logged(new DocumentCodingSubmitted("s1", "c1", "d1", 1, "amir", 1, Now)), Logged(Coded("bea")),
        ];

        SubmittedCoding.Only(log).ShouldBe([log[0], log[1], log[3], log[4]]);
    }
}
