using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Outcomes;

/// <summary>A member looking at a study's outcomes, and so what of them they may see.</summary>
public sealed record OutcomeViewer(Study Study, string UserName, StudyRole Role)
{
    public static OutcomeViewer Of(ScreeningViewer viewer) => new(viewer.Study, viewer.UserName, viewer.Role);

    public bool Sees(OutcomeStatus status) => status.Reveals(UserName, Role);

    /// <summary>
    /// Whether the case's inclusion may be shown: not to a coder still to screen it, whose decision must stay blind. Any
    /// other member may know that a case is included, since any coder of the study may assess an included case.
    /// </summary>
    public bool SeesInclusionOf(ScreeningStatus screening) => !(screening.Coders.Contains(UserName) && screening.DecisionOf(UserName) is null);
}
