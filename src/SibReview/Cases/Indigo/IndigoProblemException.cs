namespace SibReview.Cases.Indigo;

// Reading stops at the first problem, however deep in the parse it is found; IndigoDownload.Read
// turns this back into a result, so it never escapes the assembly.
internal sealed class IndigoProblemException(IndigoProblem problem) : Exception(problem.ToString())
{
    public IndigoProblem Problem { get; } = problem;
}
