namespace SibReview.Cases.Indigo;

/// <summary>Either every impact bond in a download, ordered by ID, or the first problem found in it.</summary>
public sealed class IndigoReadResult
{
    private readonly IReadOnlyList<IndigoRecord>? records;

    private IndigoReadResult(IReadOnlyList<IndigoRecord>? records, IndigoProblem? problem)
    {
        this.records = records;
        Problem = problem;
    }

    /// <summary>Null when the download was read.</summary>
    public IndigoProblem? Problem { get; }

    /// <summary>Every impact bond, ordered by ID. Check <see cref="Problem"/> first: there are none when it is set.</summary>
    public IReadOnlyList<IndigoRecord> Records =>
        records ?? throw new InvalidOperationException($"The INDIGO download could not be read: {Problem}");

    internal static IndigoReadResult Success(IReadOnlyList<IndigoRecord> records) => new(records, null);

    internal static IndigoReadResult Failure(IndigoProblem problem) => new(null, problem);
}
