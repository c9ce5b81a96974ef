using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Accounts;

public sealed record SignIn(string? UserName, string? Password);

public sealed record SignedInUser(string UserName, string DisplayName);

public static class SessionEndpoints
{
    [AllowAnonymous]
    [WolverinePost("/api/session", OperationId = "signIn")]
    public static async Task<IResult> SignIn(SignIn command, IQuerySession session, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(command.UserName) || string.IsNullOrEmpty(command.Password))
            return Problems.BadRequest("Enter a user name and a password.");

        var account = await session.LoadAsync<Account>(command.UserName.Trim().ToLowerInvariant());
        if (account is null || !Passwords.Verify(account, command.Password))
            return Problems.BadRequest("That user name and password do not match an account.");

        var actor = new Actor(account.UserName, account.DisplayName);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            actor.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Ok(new SignedInUser(actor.UserName, actor.DisplayName));
    }

    [WolverineGet("/api/session", OperationId = "whoAmI")]
    public static SignedInUser WhoAmI(ClaimsPrincipal user)
    {
        var actor = Actor.From(user);
        return new SignedInUser(actor.UserName, actor.DisplayName);
    }

    [WolverineDelete("/api/session", OperationId = "signOut")]
    public static async Task<IResult> SignOut(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.NoContent();
    }
}
