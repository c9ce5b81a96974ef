namespace SibReview.Infrastructure;

/// <summary>What a pure decider concludes: the events to record, or why nothing may be recorded.</summary>
public sealed record Decision(IReadOnlyList<object> Events, Rejection? Rejection)
{
    public static Decision Accept(params object[] events) => new(events, null);
    public static Decision Reject(int status, string detail) => new([], new Rejection(status, detail));
    public static Decision Invalid(string detail) => Reject(StatusCodes.Status400BadRequest, detail);
    public static Decision Forbidden(string detail) => Reject(StatusCodes.Status403Forbidden, detail);
    public bool Accepted => Rejection is null;
}

public sealed record Rejection(int Status, string Detail)
{
    public IResult ToResult() => Status switch
    {
        StatusCodes.Status403Forbidden => Problems.Forbidden(Detail),
        StatusCodes.Status404NotFound => Problems.NotFound(Detail),
        StatusCodes.Status409Conflict => Problems.Conflict(Detail),
        _ => Problems.BadRequest(Detail),
    };
}
