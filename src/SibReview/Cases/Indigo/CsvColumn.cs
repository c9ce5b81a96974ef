namespace SibReview.Cases.Indigo;

/// <summary>A column of a <see cref="CsvTable"/>, resolved once by header name.</summary>
internal readonly record struct CsvColumn(string Name, int Index);
