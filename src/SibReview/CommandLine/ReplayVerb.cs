using System.Diagnostics;
using SibReview.Replay;

namespace SibReview.CommandLine;

public sealed class ReplayVerb : IVerb
{
    public string Summary => "replay a study's recorded decisions under other tolerances, writing nothing";

    public string Help => """
        Usage: ./ops/sibreview replay --study ID|demo --tolerance LIST [--format json|table] [--min-documents N]
                                      [--as-of ISO-8601]

        Folds the study's raw event log (screening, outcome assessment, codebook and case-level theme judgements)
        with the same functions as the live views, classifies its included cases under each tolerance in LIST (e.g.
        0.05,0.10,0.15,0.20, each in [0, 1)) and gives each theme's prevalence in the cohorts. Nothing is written.
        --format         table (default) or json: {"study", "studyTolerance", "studyMinimumDistinctDocuments",
                         "minimumDistinctDocuments", "asOf", "scenarios": [{"tolerance", "successful", "struggling",
                         "unclassified", "flipped": [{"caseId", "name", "from", "to"}], "themes": [...]}]}; flipped
                         lists the cases classified otherwise than under the study's own settings ("excluded" when a
                         case is outside the included cases under one of the two minimums). themes has one entry per
                         active theme of the codebook: {"theme", "name", "successful", "struggling", "fisher"}, each
                         cohort as {"cases", "present", "absent", "disagreements", "unjudged", "hidden", "share"}
                         (a case shows a theme when its coders who submitted agree it does, or the lead's consensus
                         says so; share = present / (present + absent), null when no case was judged; disagreements
                         without consensus and unjudged cases are counted apart), and fisher as {"pValue" (two-sided),
                         "oddsRatio" (conditional MLE), "lower", "upper" (its exact 95% interval), "notes"}, as R's
                         fisher.test gives them; an infinite odds ratio or bound is null, with a note.
        --min-documents  replay the inclusion criterion "at least N distinct documents" with N from 1 to 100 instead
                         of the study's own: a case the coders included counts max(its register's eligible documents,
                         the study's minimum); one they excluded for too few documents counts min(register, minimum - 1);
                         other exclusions stand.
        --as-of          replay only the events recorded up to this moment (e.g. 2026-11-29T10:00:00Z).
        Progress goes to stderr when it is a terminal or the replay takes more than a second.
        Exit status: 0 success, 2 bad input (one line on stderr), 1 other failure.
        """;

    public async Task<int> RunAsync(VerbOptions options)
    {
        var studyId = options.Required("study");
        var format = options.Optional("format") ?? "table";
        if (format is not ("table" or "json")) throw new BadInputException($"unknown format '{format}'; use json or table");
        var (request, problem) = ReplayRequest.Parse(options.Required("tolerance"), options.Optional("as-of"), options.Optional("min-documents"));
        if (request is null) throw new BadInputException(problem!);

        await using var store = Verbs.Store();
        await using var session = store.QuerySession();
        var (report, refused) = await ReplayRun.RunAsync(session, studyId, request, null, new StderrProgress(), CancellationToken.None);
        if (report is null) throw new BadInputException(refused!);
        Console.WriteLine(format == "json" ? report.ToJson() : ReplayTable.Render(report));
        return Verbs.Ok;
    }

    /// <summary>
    /// Percentage and events per second, on a terminal at once and elsewhere once reading has taken more than a second;
    /// the closing 100% line only ends a progress line already shown, so a quick replay (or a refused one) prints none.
    /// </summary>
    private sealed class StderrProgress : IProgress<ReplayProgress>
    {
        private Stopwatch? _reading;
        private bool _shown;

        public void Report(ReplayProgress value)
        {
            _reading ??= Stopwatch.StartNew();
            if (value.Done ? !_shown : Console.IsErrorRedirected && _reading.Elapsed.TotalSeconds <= 1) return;
            _shown = true;
            Console.Error.Write($"replay: {value.Percent}% ({value.Read} of {value.Total} events, {value.EventsPerSecond:0} events/s)" +
                (Console.IsErrorRedirected || value.Done ? "\n" : "\r"));
        }
    }
}
