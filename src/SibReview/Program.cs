using JasperFx;
using SibReview.CommandLine;
using SibReview.Infrastructure;

if (Verbs.IsVerb(args))
{
    return await Verbs.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSibReview();

var app = builder.Build();
app.UseSibReview();
if (args.Length > 0 && !args[0].StartsWith('-'))
{
    // The Critter Stack's own commands: codegen write, db-apply, projections rebuild...
    return await app.RunJasperFxCommands(args);
}
await app.RunAsync();
return 0;
public partial class Program;
