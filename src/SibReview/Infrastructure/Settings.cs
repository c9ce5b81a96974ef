namespace SibReview.Infrastructure;

/// <summary>Where SibReview reads its few settings: environment variables first, as CONTRACT.md promises.</summary>
public static class Settings
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static string ConnectionString(IConfiguration configuration) =>
        configuration["SIBREVIEW_DB"] ?? configuration.GetConnectionString("SibReview") ?? "";

    public static string? MissingDatabase(IConfiguration configuration) => ConnectionString(configuration).Length > 0
        ? null
        : "No database configured: set SIBREVIEW_DB to an Npgsql connection string, or start with ./ops/run.sh.";

    public static string Urls(IConfiguration configuration) => configuration["SIBREVIEW_URLS"] ?? DefaultUrls;

    public static bool SeedDemo(IConfiguration configuration) => configuration["SIBREVIEW_DEMO"] is "1" or "true";
}
