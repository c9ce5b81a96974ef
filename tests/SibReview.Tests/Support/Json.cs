using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Shouldly;

namespace SibReview.Tests.Support;

/// <summary>Reading API answers the way the client does: camelCase JSON, enums as camelCase strings.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<T> Read<T>(this HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(Web))!;
    }

    public static Task<T?> GetJson<T>(this HttpClient client, string url) => client.GetFromJsonAsync<T>(url, Web);

    /// <summary>Asserts an RFC 7807 problem document with the status, and returns its detail.</summary>
    public static async Task<string> ShouldBeProblem(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(status);
        return problem.RootElement.GetProperty("detail").GetString()!;
    }
}
