using System.Text.Json;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Agreement;

/// <summary>One rating; the value is a category label, a number, or null (missing).</summary>
public sealed record RatingInput(string? Unit, string? Coder, JsonElement? Value);

public sealed record ComputeAgreementRequest(
    IReadOnlyList<RatingInput>? Ratings, string? Metric, string? Level, int? Samples, long? Seed, IReadOnlyList<double>? Minimums);

/// <summary>POST /api/agreement: the command line's agreement verb over HTTP, answering the same report.</summary>
public static class ComputeAgreementEndpoint
{
    [WolverinePost("/api/agreement", OperationId = "computeAgreement")]
    public static IResult Post(ComputeAgreementRequest request)
    {
        if (request.Ratings is not { Count: > 0 } ratings)
            return Problems.BadRequest("ratings is empty: send at least two ratings as {\"unit\", \"coder\", \"value\"}.");
        var (options, optionsProblem) = AgreementOptions.Parse(request.Metric, request.Level, request.Samples, request.Seed, request.Minimums);
        if (options is null) return Problems.BadRequest(optionsProblem!);

        var rows = new List<RatingRow>(ratings.Count);
        for (var i = 0; i < ratings.Count; i++)
        {
            if (ValueText(ratings[i].Value) is not { } value)
                return Problems.BadRequest($"ratings[{i}]: the value must be a category label, a number or null.");
            rows.Add(new RatingRow(i, ratings[i].Unit ?? "", ratings[i].Coder ?? "", value));
        }
        var data = RatingRows.Build(rows, options.Level, locate: i => $"ratings[{i}]");
        if (!data.IsSuccess)
            return Problems.BadRequest(string.Join("; ", data.Problems.Select(p => $"ratings[{p.Line}]: {p.Message}")));
        try
        {
            return Results.Json(options.Compute(data.Data), AgreementOptions.Json);
        }
        catch (AgreementException e)
        {
            return Problems.BadRequest(e.Message);
        }
    }

    private static string? ValueText(JsonElement? value) => value?.ValueKind switch
    {
        null or JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number => value.Value.GetRawText(),
        _ => null,
    };
}
