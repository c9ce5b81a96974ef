namespace SibReview.Infrastructure;

/// <summary>RFC 7807 answers with a detail a researcher can act on.</summary>
public static class Problems
{
    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "The request cannot be used", detail);
    public static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Not allowed", detail);
    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);
    public static IResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "Someone else changed this first", detail);

    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
