namespace SibReview.Studies;

/// <summary>The SIB study's protocol (STUDY.md): the inclusion criteria and tolerance a new study starts from.</summary>
public static class SibStudyProtocol
{
    public static readonly InclusionCriteria UkSibsLive2015To2020 = new("GB", 2015, 2020, 4);

    public const decimal DefaultTolerance = 0.10m;
}
