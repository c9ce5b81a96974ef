using Marten;

namespace SibReview.Coding.Suggestions;

public static class SuggestionsRegistration
{
    /// <summary>No projection folds the coders' decisions on suggestions (they are read on demand), so the event is named here.</summary>
    public static void AddSuggestions(this StoreOptions opts) => opts.Events.AddEventType(typeof(SuggestionRejected));
}
