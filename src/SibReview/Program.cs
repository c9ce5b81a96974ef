using System.Globalization;
using JasperFx;
using SibReview.CommandLine;
using SibReview.Infrastructure;

// ICU is on for Unicode normalisation (Directory.Build.props), not for the machine's locale: numbers and dates read and
// print the same everywhere, as they did in globalization-invariant mode.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

if (Verbs.IsVerb(args))
{
    return await Verbs.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
if (Settings.MissingDatabase(builder.Configuration) is { } missing)
{
    Console.Error.WriteLine(missing);
    return 1;
}
builder.AddSibReview();

var app = builder.Build();
app.UseSibReview();
if (args.Length > 0 && !args[0].StartsWith('-'))
{
    // The Critter Stack's own commands: codegen write, db-apply, projections rebuild...
    return await app.RunJasperFxCommands(args);
}
try
{
    await app.RunAsync();
    return 0;
}
catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException)
{
    Console.Error.WriteLine($"SibReview cannot listen: {e.Message} Stop what uses the port, or set SIBREVIEW_URLS.");
    return 1;
}
public partial class Program;
