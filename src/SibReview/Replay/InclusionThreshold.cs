using SibReview.Screening;

namespace SibReview.Replay;

/// <summary>
/// The inclusion criterion "at least N distinct documents" re-applied under another N. The record is a fact about the
/// study's own minimum M: a case the coders included has, by their judgement, at least M distinct documents (some may not
/// be in its register yet), and a case they excluded for too few documents has at most M - 1. Beyond that, the case's
/// register (its count of distinct documents of an eligible type) is the only fact. So a case counts
/// max(register, M) when included, min(register, M - 1) when excluded for too few documents, and is in under N when
/// that count reaches N; cases excluded for any other reason stay out. Under N = M this is the record itself.
/// </summary>
public static class InclusionThreshold
{
    public static bool Includes(ScreeningStatus screening, int registerCount, int studyMinimum, int minimum) =>
        screening.Included ? Math.Max(registerCount, studyMinimum) >= minimum
        : screening.ExclusionReason == ScreeningReasons.TooFewDocuments && Math.Min(registerCount, studyMinimum - 1) >= minimum;
}
