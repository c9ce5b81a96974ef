namespace SibReview.Cases.Indigo;

/// <summary>
/// What is wrong with a download, where: <see cref="File"/> is relative to the download folder
/// (always with '/' separators) and <see cref="Line"/> is the physical line in that file,
/// counting from 1; line 0 means the file as a whole (it is missing or not UTF-8 text).
/// </summary>
public sealed record IndigoProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
