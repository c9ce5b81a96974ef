using Marten;

namespace SibReview.Coding.Codebook;

public static class CodebookRegistration
{
    /// <summary>No projection folds the codebook (it is folded on read from the study's short stream), so its events are named here.</summary>
    public static void AddCodebook(this StoreOptions opts) =>
        opts.Events.AddEventTypes([.. StudyCodebook.ChangeTypes]);
}
