namespace SibReview.Studies;

/// <summary>The eight themes of the SIB study (STUDY.md, step 3): the codebook a new study starts from.</summary>
public static class RelationalWorkingCodebook
{
    public static readonly IReadOnlyList<Theme> Themes =
    [
        new(1, "Vision and values first",
            "Describes outcomes in terms of vision and values first, backed by quantitative metrics later."),
        new(2, "Close partnership",
            "Works in close partnership, understanding each organisation's drivers for change and solving problems jointly."),
        new(3, "Co-creation and co-production",
            "Asks end users for input at design (co-creation) and during delivery (co-production)."),
        new(4, "People's capabilities",
            "Describes the work in terms of people's capabilities (\"we did this and it changed that\")."),
        new(5, "Shared responsibilities",
            "Stresses that partners share responsibilities across all the impact actors."),
        new(6, "Impact skills mapped early",
            "Maps \"impact\" skills and gaps in service delivery across all partners early on."),
        new(7, "Needs, theory of change, plan",
            "Has a clear needs assessment, theory of change and intervention plan to deliver innovation."),
        new(8, "Annual re-calibration",
            "Adapts (re-calibrates) the service model at least annually."),
    ];

    public static readonly InclusionCriteria UkSibsLive2015To2020 = new("GB", 2015, 2020, 4);

    public const decimal DefaultTolerance = 0.10m;
}
