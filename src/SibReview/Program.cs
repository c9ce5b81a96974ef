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
await app.RunAsync();
return 0;
public partial class Program;
