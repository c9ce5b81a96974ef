namespace SibReview.Coding.Segments;

/// <summary>One coding as it stands: its latest span and memo. Quote is the text's own words at [Start, End).</summary>
public sealed record CodedSegment(
    string CodingId, int TextVersion, int Theme, int Start, int End, string Quote, int CodebookVersion, string? SuggestionId,
    string? Memo, string Coder, DateTimeOffset CodedAt, DateTimeOffset ChangedAt);

public sealed record DocumentMemo(int TextVersion, string Memo, DateTimeOffset WrittenAt);

public sealed record Submission(int TextVersion, int Codings, DateTimeOffset SubmittedAt);

/// <summary>
/// One coder's work on one document of a case in one study (id: the stream key, <see cref="CodingStreams.Document"/>),
/// folded inline from that stream: what the coding decisions need and what the workbench shows. Removed codings leave the
/// view (they stay in the log). Everything is kept per text version, because codings cite the version they were made on.
/// </summary>
public sealed record DocumentCoding(
    string Id, string StudyId, string CaseId, string DocumentId, string Coder, IReadOnlyList<CodedSegment> Codings,
    IReadOnlyList<DocumentMemo> Memos, IReadOnlyList<Submission> Submissions)
{
    public long Version { get; set; }

    public static DocumentCoding Empty(string studyId, string caseId, string documentId, string coder) =>
        new(CodingStreams.Document(studyId, caseId, documentId, coder), studyId, caseId, documentId, coder, [], [], []);

    public CodedSegment? Find(string codingId) => Codings.FirstOrDefault(c => c.CodingId == codingId);

    public IEnumerable<CodedSegment> On(int textVersion) => Codings.Where(c => c.TextVersion == textVersion);

    public string? MemoOn(int textVersion) => Memos.FirstOrDefault(m => m.TextVersion == textVersion)?.Memo;

    public Submission? SubmissionOf(int textVersion) => Submissions.FirstOrDefault(s => s.TextVersion == textVersion);

    /// <summary>Whether the coder has begun on the text version: a coding or a memo on it.</summary>
    public bool HasWorkOn(int textVersion) => On(textVersion).Any() || MemoOn(textVersion) is not null;

    /// <summary>The one fold of a coder's document stream; Marten's Create and Apply below only route to it.</summary>
    public DocumentCoding Then(object e) => e switch
    {
        SegmentCoded c => this with
        {
            Codings = [.. Codings, new CodedSegment(c.CodingId, c.TextVersion, c.Theme, c.Start, c.End, c.Quote, c.CodebookVersion,
                c.SuggestionId, null, c.Coder, c.CodedAt, c.CodedAt)],
        },
        SegmentCodingAdjusted a => Change(a.CodingId, c => c with { Start = a.Start, End = a.End, Quote = a.Quote, ChangedAt = a.AdjustedAt }),
        SegmentCodingRemoved r => this with { Codings = Codings.Where(c => c.CodingId != r.CodingId).ToList() },
        CodingMemoWritten m => Change(m.CodingId, c => c with { Memo = m.Memo, ChangedAt = m.WrittenAt }),
        DocumentMemoWritten m => this with
        {
            Memos = [.. Memos.Where(x => x.TextVersion != m.TextVersion),
                .. m.Memo is null ? [] : new[] { new DocumentMemo(m.TextVersion, m.Memo, m.WrittenAt) }],
        },
        DocumentCodingSubmitted s => this with { Submissions = [.. Submissions, new Submission(s.TextVersion, s.Codings, s.SubmittedAt)] },
        _ => this,
    };

    private DocumentCoding Change(string codingId, Func<CodedSegment, CodedSegment> change) =>
        this with { Codings = Codings.Select(c => c.CodingId == codingId ? change(c) : c).ToList() };

    // A stream starts with whichever act the coder did first: a coding, a document memo, or submitting an empty coding.
    public static DocumentCoding Create(SegmentCoded e) => Empty(e.StudyId, e.CaseId, e.DocumentId, e.Coder).Then(e);
    public static DocumentCoding Create(DocumentMemoWritten e) => Empty(e.StudyId, e.CaseId, e.DocumentId, e.Coder).Then(e);
    public static DocumentCoding Create(DocumentCodingSubmitted e) => Empty(e.StudyId, e.CaseId, e.DocumentId, e.Coder).Then(e);

    public static DocumentCoding Apply(SegmentCoded e, DocumentCoding coding) => coding.Then(e);
    public static DocumentCoding Apply(SegmentCodingAdjusted e, DocumentCoding coding) => coding.Then(e);
    public static DocumentCoding Apply(SegmentCodingRemoved e, DocumentCoding coding) => coding.Then(e);
    public static DocumentCoding Apply(CodingMemoWritten e, DocumentCoding coding) => coding.Then(e);
    public static DocumentCoding Apply(DocumentMemoWritten e, DocumentCoding coding) => coding.Then(e);
    public static DocumentCoding Apply(DocumentCodingSubmitted e, DocumentCoding coding) => coding.Then(e);
}
