using System.Text.Json;
using Marten.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Shouldly;
using SibReview.Infrastructure;
using Xunit;

namespace SibReview.Tests.Infrastructure;

public sealed class LostRaceTests
{
    private static MartenCommandException Refused(string sqlState) =>
        new(new NpgsqlCommand("select sibreview.mt_quick_append_events(...)"),
            new PostgresException("duplicate key value violates unique constraint \"pkey_mt_streams_id\"", "ERROR", "ERROR", sqlState));

    [Fact]
    public async Task A_write_that_lost_the_race_to_begin_a_stream_is_answered_409_with_what_to_do()
    {
        var http = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider(),
            Response = { Body = new MemoryStream() },
        };

        (await new LostRace().TryHandleAsync(http, Refused(PostgresErrorCodes.UniqueViolation), CancellationToken.None)).ShouldBeTrue();

        http.Response.StatusCode.ShouldBe(409);
        http.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(http.Response.Body);
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain("yours was not recorded. Reload");
    }

    [Fact]
    public async Task Any_other_failure_is_left_to_the_general_error_answer()
    {
        (await new LostRace().TryHandleAsync(new DefaultHttpContext(), Refused(PostgresErrorCodes.UndefinedTable), CancellationToken.None))
            .ShouldBeFalse();
        (await new LostRace().TryHandleAsync(new DefaultHttpContext(), new InvalidOperationException(), CancellationToken.None))
            .ShouldBeFalse();
    }
}
