using System.Diagnostics.CodeAnalysis;

namespace SibReview.Agreement;

/// <summary>Why a coefficient could not be computed.</summary>
public enum AgreementProblemKind
{
    /// <summary>
    /// The coefficient is not defined for this design, e.g. Cohen's kappa with other than two coders,
    /// Fleiss' kappa with unequal numbers of ratings per unit, interval alpha on text labels.
    /// </summary>
    NotApplicable,

    /// <summary>No unit was rated by two or more coders, so there is nothing to compare.</summary>
    NoPairableUnits,

    /// <summary>
    /// The data show no variation (every pairable value is the same category), so observed and expected
    /// disagreement are both 0 and the coefficient is 0/0, undefined (Krippendorff 2011; Hayes and
    /// Krippendorff's KALPHA stops with "Input Reliability Data Matrix Exhibits No Variation").
    /// </summary>
    NoVariation,
}

/// <summary>A coefficient that could not be computed, and why.</summary>
/// <param name="Kind">The class of problem.</param>
/// <param name="Coefficient">The coefficient that was asked for.</param>
/// <param name="Message">A sentence for people, naming the reason and what to use instead where relevant.</param>
public sealed record AgreementProblem(AgreementProblemKind Kind, string Coefficient, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Coefficient}: {Message}";
}

/// <summary>Thrown by <see cref="AgreementOutcome{TResult}.GetResultOrThrow"/> when there is no result.</summary>
public sealed class AgreementException(AgreementProblem problem) : Exception(problem.ToString())
{
    /// <summary>The problem that prevented the computation.</summary>
    public AgreementProblem Problem { get; } = problem;
}

/// <summary>
/// Either a computed coefficient (<see cref="Result"/>) or the reason it is undefined for these data
/// (<see cref="Problem"/>). Metrics never return NaN: every undefined case is a problem.
/// </summary>
public sealed class AgreementOutcome<TResult> where TResult : AgreementResult
{
    private AgreementOutcome(TResult? result, AgreementProblem? problem)
    {
        Result = result;
        Problem = problem;
    }

    /// <summary>The result, when computed.</summary>
    public TResult? Result { get; }

    /// <summary>The problem, when not computed.</summary>
    public AgreementProblem? Problem { get; }

    /// <summary>True when <see cref="Result"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsComputed => Result is not null;

    /// <summary>The result, or an <see cref="AgreementException"/> carrying the problem.</summary>
    public TResult GetResultOrThrow() => Result ?? throw new AgreementException(Problem!);

    internal static AgreementOutcome<TResult> Computed(TResult result) => new(result, null);

    internal static AgreementOutcome<TResult> Failed(AgreementProblemKind kind, string coefficient, string message) =>
        new(null, new AgreementProblem(kind, coefficient, message));

    internal static AgreementOutcome<TResult> Failed(AgreementProblem problem) => new(null, problem);

    /// <inheritdoc />
    public override string ToString() => IsComputed ? Result.ToString() : Problem.ToString();
}
