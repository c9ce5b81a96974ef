using System.Security.Claims;

namespace SibReview.Accounts;

/// <summary>Who is acting, as the server knows it from the sign-in cookie.</summary>
public sealed record Actor(string UserName, string DisplayName)
{
    public static Actor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("An authenticated request always carries a user name."),
        user.FindFirstValue(ClaimTypes.Name) ?? "");

    public ClaimsPrincipal ToPrincipal(string scheme) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, UserName), new Claim(ClaimTypes.Name, DisplayName)], scheme));
}
