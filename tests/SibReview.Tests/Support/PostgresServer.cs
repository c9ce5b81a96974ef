using Npgsql;
using Testcontainers.PostgreSql;

namespace SibReview.Tests.Support;

/// <summary>
/// The PostgreSQL the integration tests use: SIBREVIEW_TEST_DB when set (./ops/test.sh starts a throwaway
/// cluster and sets it), else one Testcontainers container for the whole run. Each test class gets its own database.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<string>> Admin = new(StartAsync);

    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Admin.Value;
        var name = $"sibreview_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("SIBREVIEW_TEST_DB") is { Length: > 0 } configured)
            return configured;
        var container = new PostgreSqlBuilder("postgres:15").Build();
        await container.StartAsync();
        return container.GetConnectionString();
    }
}
