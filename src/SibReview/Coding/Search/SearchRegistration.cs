using Marten;
using SibReview.Documents.Texts;

namespace SibReview.Coding.Search;

/// <summary>Indexes every document text stored, in the transaction that stores it, whichever code path stores it.</summary>
public sealed class PassageIndexing : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        // Listed first: queueing adds to the very operations being listed.
        foreach (var text in session.PendingChanges.AllChangedFor<DocumentText>().ToList()) PassageIndex.Queue(session, text);
        return Task.CompletedTask;
    }
}

public static class SearchRegistration
{
    public static void AddSearch(this StoreOptions opts)
    {
        opts.AddPassageTables();
        opts.Listeners.Add(new PassageIndexing());
    }
}
