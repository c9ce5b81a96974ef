namespace SibReview.CommandLine;

/// <summary>"--name value" and "--flag" options of a verb.</summary>
public sealed class VerbOptions
{
    private readonly Dictionary<string, string?> _values;

    private VerbOptions(Dictionary<string, string?> values) => _values = values;

    public static VerbOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string?>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new BadInputException($"unexpected argument '{args[i]}'; options look like --name value (see --help).");
            var name = args[i][2..];
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            values[name] = value;
        }
        return new VerbOptions(values);
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Optional(string name) => _values.TryGetValue(name, out var value)
        ? value ?? throw new BadInputException($"--{name} needs a value (see --help).")
        : null;

    public int? Integer(string name) => Optional(name) is { } text
        ? int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new BadInputException($"--{name} takes a whole number; got '{text}'.")
        : null;

    public string Required(string name) =>
        _values.GetValueOrDefault(name) ?? throw new BadInputException($"--{name} is required (see --help).");
}
