namespace SibReview.Tests.Support;

/// <summary>A throwaway copy of the shipped INDIGO download that a test may change, as a new GO Lab export would.</summary>
public sealed class TempDownload : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"indigo-{Guid.NewGuid():N}");

    public TempDownload()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(ShippedIndigo.RawDirectory, "*.csv", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(ShippedIndigo.RawDirectory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            // A checkout may hold the shipped files read-only, and a copy keeps that.
            File.SetAttributes(target, FileAttributes.Normal);
        }
    }

    public void Write(string relativeFile, string text) => File.WriteAllText(Path.Combine(Directory, relativeFile), text);

    public void Write(string relativeFile, byte[] bytes) => File.WriteAllBytes(Path.Combine(Directory, relativeFile), bytes);

    public void Append(string relativeFile, string text) => File.AppendAllText(Path.Combine(Directory, relativeFile), text);

    public void Delete(string relativeFile) => File.Delete(Path.Combine(Directory, relativeFile));

    /// <summary>Replaces the first occurrence of a text in one file of the download.</summary>
    public void Replace(string relativeFile, string text, string replacement)
    {
        var path = Path.Combine(Directory, relativeFile);
        var content = File.ReadAllText(path);
        var at = content.IndexOf(text, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{text}' is not in {relativeFile}");
        File.WriteAllText(path, string.Concat(content.AsSpan(0, at), replacement, content.AsSpan(at + text.Length)));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
