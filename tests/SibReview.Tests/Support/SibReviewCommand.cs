using System.Diagnostics;

namespace SibReview.Tests.Support;

public sealed record CommandResult(int ExitCode, string Output, string Errors);

/// <summary>Runs the real command line (the same SibReview.dll ./ops/sibreview runs) in its own process.</summary>
public static class SibReviewCommand
{
    public static Task<CommandResult> RunAsync(string? connectionString, params string[] args) =>
        RunWithInputAsync(connectionString, "", args);

    public static async Task<CommandResult> RunWithInputAsync(string? connectionString, string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "SibReview.dll") },
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("SIBREVIEW_DB");
        if (connectionString is not null) start.Environment["SIBREVIEW_DB"] = connectionString;

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CommandResult(process.ExitCode, await output, await errors);
    }
}
