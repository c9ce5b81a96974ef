namespace SibReview.Agreement;

/// <summary>A set of labels that agreement is computed on: an imported file, or one kind of study decision.</summary>
public sealed record LabelSet(string Id, string StudyId, string Name, string Source, MeasurementLevel Level);

/// <summary>One label as it was given: who labelled which unit how, and when. Later labels of the same unit by the same coder are revisions.</summary>
public sealed record RawLabel(string Id, string StudyId, string SetId, string Unit, string Coder, string? Value, DateTimeOffset At, int Order);

/// <summary>The labels one event gives.</summary>
public sealed record LabelBatch(LabelSet Set, DateTimeOffset At, IReadOnlyList<ImportedLabel> Labels);

/// <summary>How one kind of decision event becomes raw labels: one batch, or one per label set it counts in.</summary>
public sealed record LabelSource(Type EventType, Func<object, IReadOnlyList<LabelBatch>> Read)
{
    public static LabelSource For<TEvent>(Func<TEvent, LabelBatch> read) => new(typeof(TEvent), e => [read((TEvent)e)]);

    public static LabelSource ForEach<TEvent>(Func<TEvent, IReadOnlyList<LabelBatch>> read) => new(typeof(TEvent), e => read((TEvent)e));
}

/// <summary>Every kind of decision agreement is computed on: one line each.</summary>
public static class LabelSources
{
    public static readonly IReadOnlyList<LabelSource> All =
    [
        LabelSource.For<LabelSetImported>(e =>
            new LabelBatch(new LabelSet(e.SetId, e.StudyId, e.Name, "imported", e.Level), e.ImportedAt, e.Labels)),
        .. Screening.ScreeningLabels.Sources,
        .. Outcomes.OutcomeLabels.Sources,
        .. Coding.Judgements.JudgementLabels.Sources,
    ];
}
