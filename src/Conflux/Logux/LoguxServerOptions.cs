using System.Text.Json;

namespace Conflux.Logux;

/// <summary>Checks a Logux client's credentials: its user id (the part of its node id before the first colon), token and headers.</summary>
/// <returns>True to let the client in; false answers <c>["error","wrong-credentials"]</c> and closes the connection.</returns>
public delegate bool LoguxTokenVerifier(string userId, string? token, IReadOnlyDictionary<string, string> headers);

/// <summary>
/// What a Logux client's credentials (its user id, token and headers) let it do: <see cref="ClientAccess.None"/>
/// answers <c>["error","wrong-credentials"]</c> and closes the connection; <see cref="ClientAccess.Read"/> lets it
/// subscribe to the state and undoes its other actions with <c>reason:"denied"</c>; <see cref="ClientAccess.Write"/>
/// lets its actions through (to the access rules) and nothing else.
/// </summary>
public delegate ClientAccess LoguxAuthorizer(string userId, string? token, IReadOnlyDictionary<string, string> headers);

/// <summary>What an access rule sees of a client's action.</summary>
/// <param name="UserId">The client's user id.</param>
/// <param name="NodeId">The client's Logux node id (<c>user:client:tab</c>).</param>
/// <param name="Action">The action the client sent.</param>
public readonly record struct LoguxActionContext(string UserId, string NodeId, JsonElement Action)
{
    /// <summary>The action's type: the method it asks for.</summary>
    public string Type => Action.GetProperty("type").GetString()!;
}

/// <summary>
/// Options of a node's Logux endpoint (protocol version 5). Every bound has a default that keeps a node safe
/// from one client: a client past a bound is disconnected, and the node carries on.
/// </summary>
public sealed class LoguxServerOptions
{
    /// <summary>
    /// Checks each client's credentials. Null runs the endpoint in development mode: every client is let in, the
    /// node tells clients so (<c>["headers",{"env":"development"}]</c>, which lets them use <c>ws://</c>), and a
    /// warning is logged when the endpoint starts.
    /// </summary>
    public LoguxTokenVerifier? VerifyToken { get; set; }

    /// <summary>
    /// Grants each client read, write or both from its credentials: the same model as the HTTP API's
    /// <c>ConfluxApiOptions.Authorize</c>, so that one token (or one read-only token) serves both. Give this or
    /// <see cref="VerifyToken"/> (a client it accepts may read and write), not both; with neither, development mode.
    /// </summary>
    public LoguxAuthorizer? Authorize { get; set; }

    /// <summary>
    /// Access rules by action type: a rule that returns false undoes the action with <c>reason:"denied"</c> before
    /// it reaches the method. Types without a rule go to <see cref="DefaultAccess"/>. A rule for
    /// <c>logux/subscribe</c> decides who may subscribe to the state.
    /// </summary>
    public Dictionary<string, Func<LoguxActionContext, bool>> Access { get; } = new(StringComparer.Ordinal);

    /// <summary>The access rule of types that have none in <see cref="Access"/>; null lets them through.</summary>
    public Func<LoguxActionContext, bool>? DefaultAccess { get; set; }

    /// <summary>The largest WebSocket message a client may send (default 1 MiB); a larger one closes the connection.</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>Connections served at once (default 10,000); past it, new ones are refused.</summary>
    public int MaxConnections { get; set; } = 10_000;

    /// <summary>
    /// Bytes queued for one client that it has not read yet (default 16 MiB). A client that falls this far
    /// behind is disconnected rather than buffered without limit; it reconnects and resumes where it was.
    /// </summary>
    public int MaxQueuedBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How long a client has to send <c>connect</c> and be authenticated (default 10 s).</summary>
    public TimeSpan AuthenticationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a connection may stay silent before it is closed (default 2 minutes; Logux clients ping every
    /// few seconds when idle).
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A client's requests the node forwards to the leader at once (default 1,024); the rest of what the client
    /// sent waits in order, and the node stops reading from the client while this many wait.
    /// </summary>
    public int MaxRequestsInFlight { get; set; } = 1024;

    /// <summary>
    /// A client that resubscribes after this many committed entries (default 10,000) gets the state again rather
    /// than every action since.
    /// </summary>
    public int MaxResendEntries { get; set; } = 10_000;

    /// <summary>The access a client's credentials give, from whichever hook is set (fixed by <see cref="Validate"/>); null in development mode.</summary>
    internal LoguxAuthorizer? Authorizer { get; private set; }

    internal void Validate()
    {
        static void Positive(string name, long value)
        {
            if (value <= 0)
            {
                throw new ArgumentException($"Invalid Logux options: \"{name}\" must be positive (got {value}).");
            }
        }

        if (VerifyToken is not null && Authorize is not null)
        {
            throw new ArgumentException($"Invalid Logux options: give \"{nameof(Authorize)}\" or \"{nameof(VerifyToken)}\", not both.");
        }

        Authorizer = Authorize ?? (VerifyToken is { } verify
            ? (userId, token, headers) => verify(userId, token, headers) ? ClientAccess.ReadWrite : ClientAccess.None
            : null);

        Positive(nameof(MaxMessageBytes), MaxMessageBytes);
        Positive(nameof(MaxConnections), MaxConnections);
        Positive(nameof(MaxQueuedBytes), MaxQueuedBytes);
        Positive(nameof(MaxRequestsInFlight), MaxRequestsInFlight);
        Positive(nameof(MaxResendEntries), MaxResendEntries);
        Positive(nameof(AuthenticationTimeout), AuthenticationTimeout.Ticks);
        Positive(nameof(IdleTimeout), IdleTimeout.Ticks);
        if (MaxRequestsInFlight > Application.DedupTable.MaxSeqSpan / 2)
        {
            throw new ArgumentException($"Invalid Logux options: \"{nameof(MaxRequestsInFlight)}\" may be at most {Application.DedupTable.MaxSeqSpan / 2}, so that a request in flight is never forgotten by the table of decided performs.");
        }
    }
}
