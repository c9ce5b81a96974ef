using System.Collections.Frozen;

namespace SibReview.Documents;

public enum DocumentType
{
    Review,
    Evaluation,
    Commentary,
    AcademicArticle,
    CaseStudy,
    News,
    Other,
}

public static class DocumentTypes
{
    /// <summary>The types the screening criterion counts: "reviews, evaluations, commentaries or academic articles" (STUDY.md, step 2).</summary>
    public static readonly IReadOnlySet<DocumentType> Eligible = new[]
    {
        DocumentType.Review, DocumentType.Evaluation, DocumentType.Commentary, DocumentType.AcademicArticle,
    }.ToFrozenSet();

    /// <summary>"academic article", "academicArticle", "Academic-Article" and "ACADEMIC_ARTICLE" all name one type.</summary>
    public static DocumentType? Parse(string? text)
    {
        var letters = new string((text ?? "").Where(char.IsLetter).ToArray());
        return Enum.GetValues<DocumentType>().Cast<DocumentType?>()
            .FirstOrDefault(t => string.Equals(t.ToString(), letters, StringComparison.OrdinalIgnoreCase));
    }

    public static string Name(DocumentType type) => type switch
    {
        DocumentType.AcademicArticle => "academic article",
        DocumentType.CaseStudy => "case study",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static string TypeProblem(string? text) =>
        $"'{text}' is not a document type; use one of {string.Join(", ", Enum.GetValues<DocumentType>().Select(Name))}.";
}
