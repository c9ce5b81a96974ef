using SibReview.Accounts;
using SibReview.Coding.Codebook;
using SibReview.Coding.Segments;
using SibReview.Documents.Texts;
using SibReview.Infrastructure;
using SibReview.Studies;
using SibReview.Tests.Coding.Codebook;

namespace SibReview.Tests.Coding.Segments;

/// <summary>A study (lena leads, amir codes, olive observes), its codebook and a text version, for the coding deciders.</summary>
public static class Workbenches
{
    /// <summary>UTF-16 offsets: "café" at 42-46, the health worker emoji (5 code units, a surrogate pair first) at 56-61.</summary>
    public const string Text = "Partners co-produced the service with the café's users, 👩‍⚕️ and families.";

    public static readonly DateTimeOffset Now = Codebooks.Now;
    public static readonly Actor Lena = Codebooks.Lena, Amir = Codebooks.Amir, Olive = Codebooks.Olive;

    public static DocumentText TextVersion(int version = 1, string text = Text) =>
        new($"C1/d1/v{version}", "C1", "d1", version, text, [], "sha256:test", "profile.txt", "text/plain", "lena", Now);

    public static DocumentAtHand AtHand(Actor actor, DocumentCoding? coding = null, int textVersion = 1, StudyCodebook? codebook = null,
        bool textExists = true)
    {
        var (study, fresh) = Codebooks.NewStudy();
        return new DocumentAtHand(study, codebook ?? fresh, new CodingTarget("s1", "C1", "d1", actor.UserName), textVersion,
            textExists ? TextVersion(textVersion) : null, coding ?? DocumentCoding.Empty("s1", "C1", "d1", actor.UserName));
    }

    /// <summary>The coder's work after an accepted decision, as the inline projection folds it.</summary>
    public static DocumentCoding After(this DocumentAtHand atHand, Decision decision)
    {
        var after = decision.Events.Aggregate(atHand.Coding, (c, e) => c.Then(e));
        after.Version = atHand.Coding.Version + decision.Events.Count;
        return after;
    }

    public static ApplyCoding Apply(int theme, int start, int end, string? quote = null, long expectedVersion = 0, int textVersion = 1) =>
        new(textVersion, theme, start, end, quote ?? Text[start..end], null, expectedVersion);

    public static (int Start, int End) Span(string quote, string text = Text) => (text.IndexOf(quote, StringComparison.Ordinal),
        text.IndexOf(quote, StringComparison.Ordinal) + quote.Length);
}
