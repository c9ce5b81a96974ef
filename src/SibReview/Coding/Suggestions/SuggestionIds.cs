using System.Security.Cryptography;
using System.Text;

namespace SibReview.Coding.Suggestions;

/// <summary>
/// A suggestion's id is a hash of what it is (the text version, theme, keyword and span), so the same suggestion has the
/// same id on every run and on every server, nothing needs storing to know it again, and an accepted suggestion's keyword
/// is found by hashing the keywords its theme has had (<see cref="Of"/> with each).
/// </summary>
public static class SuggestionIds
{
    public static string Of(string textId, int theme, string keyword, int start, int end) =>
        "sg-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{textId}\n{theme}\n{keyword}\n{start}\n{end}")))[..24];
}
