namespace SibReview.Tests;

/// <summary>Where the INDIGO download shipped with SibReview is, for tests.</summary>
public static class ShippedIndigo
{
    /// <summary>The raw GO Lab download: the copy in the app's build output, else the one in the source tree.</summary>
    public static string RawDirectory { get; } = Locate();

    /// <summary>The derived UK table shipped beside the raw download, built independently of SibReview.</summary>
    public static string UkImpactBondsCsv => Path.Combine(RawDirectory, "..", "uk_impact_bonds.csv");

    private static string Locate()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "indigo-data", "raw");
        if (Directory.Exists(copied))
        {
            return copied;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SibReview.sln")))
            {
                return Path.Combine(directory.FullName, "src", "SibReview", "Cases", "Indigo", "data", "raw");
            }
        }

        throw new DirectoryNotFoundException($"No indigo-data/raw beside {AppContext.BaseDirectory} and no SibReview.sln above it.");
    }
}
