using JasperFx;
using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace SibReview.Infrastructure;

/// <summary>
/// Two writes that both began a stream, or otherwise collided, at the same moment: PostgreSQL keeps the first and refuses
/// the second's whole transaction, so nothing of it was written. Writers that can collide take turns where they know it
/// (holds on a case or a stream); this is the net under every other write, answering the second person with a 409 they
/// can act on instead of a 500.
/// </summary>
public sealed class LostRace : IExceptionHandler
{
    public static bool Is(Exception e) =>
        e is ConcurrencyException or ExistingStreamIdCollisionException
        || e is MartenCommandException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } };

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!Is(exception)) return false;
        await Problems.Conflict("Someone else recorded a change to the same thing at the same moment, so yours was not recorded. " +
                                "Reload to see theirs, then make your change again if you still want it.").ExecuteAsync(http);
        return true;
    }
}
