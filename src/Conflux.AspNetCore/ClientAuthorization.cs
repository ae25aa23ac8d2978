using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Conflux.AspNetCore;

/// <summary>
/// The client credential model of the HTTP endpoints (the API and the dashboard), the same as the Logux endpoint's:
/// a bearer token, which a hook turns into <see cref="ClientAccess"/>.
/// </summary>
internal static class ClientAuthorization
{
    private const string Bearer = "Bearer ";

    /// <summary>
    /// The hook of an options object: <paramref name="authorize"/>, or <paramref name="verify"/> as one (a token it
    /// accepts reads and writes, no token reads, another token is refused); null for development mode.
    /// </summary>
    /// <exception cref="ArgumentException">Both are given.</exception>
    public static Func<string?, ClientAccess>? Resolve(Func<string?, ClientAccess>? authorize, Func<string?, bool>? verify, string options) =>
        (authorize, verify) switch
        {
            (not null, not null) => throw new ArgumentException($"{options}: give Authorize or VerifyToken, not both."),
            (not null, null) => authorize,
            (null, not null) => token => token is null ? ClientAccess.Read : verify(token) ? ClientAccess.ReadWrite : ClientAccess.None,
            _ => null,
        };

    /// <summary>
    /// Null when the request's credentials allow <paramref name="needed"/>; else the answer: 401 when it gave no
    /// token or one the hook does not know, 403 when its token allows something else. A hook that throws grants nothing.
    /// </summary>
    public static IResult? Check(HttpRequest request, Func<string?, ClientAccess>? authorize, ClientAccess needed)
    {
        if (authorize is null)
        {
            return null;
        }

        var header = request.Headers.Authorization.ToString();
        var token = header.StartsWith(Bearer, StringComparison.Ordinal) ? header[Bearer.Length..] : null;
        ClientAccess granted;
        try
        {
            granted = authorize(token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            granted = ClientAccess.None;
        }

        if ((granted & needed) == needed)
        {
            return null;
        }

        return token is null || granted == ClientAccess.None
            ? Error(StatusCodes.Status401Unauthorized, needed.HasFlag(ClientAccess.Write)
                ? "This node needs a client token that may write: Authorization: Bearer <token>."
                : "This node needs a client token to read its state: Authorization: Bearer <token>.")
            : Error(StatusCodes.Status403Forbidden, needed.HasFlag(ClientAccess.Write)
                ? "This client token may read the state, not write."
                : "This client token may not read the state.");
    }

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, JsonSerializerOptions.Web, statusCode: status);
}
