namespace SibReview.Demo;

/// <summary>Demo activity that is the same on every run and machine (string.GetHashCode is randomised per process).</summary>
public static class Deterministic
{
    public static bool OneIn(int n, string key) => Hash(key) % n == 0;

    private static int Hash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c)) & int.MaxValue;
}
