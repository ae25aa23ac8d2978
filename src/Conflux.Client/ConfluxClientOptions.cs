using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Conflux.Client;

/// <summary>What a committed action's meta says, as the node sent it.</summary>
/// <param name="Id">The action's id, <c>"&lt;ms&gt; &lt;origin node&gt; &lt;log index&gt;"</c>.</param>
/// <param name="Time">The time the leader stamped on it (ms since the epoch).</param>
/// <param name="Index">Its index in the replicated log.</param>
/// <param name="Node">The node whose perform produced it.</param>
public sealed record CommittedMeta(string Id, long Time, long Index, string Node);

/// <summary>Options of a <see cref="ConfluxClient{TState, TAction}"/>.</summary>
/// <typeparam name="TState">The cluster's state, as JSON reads it.</typeparam>
/// <typeparam name="TAction">The committed actions, as JSON reads them.</typeparam>
public sealed class ConfluxClientOptions<TState, TAction>
{
    /// <summary>The nodes' Logux endpoints (<c>ws://host:port/logux</c>); the client goes to the next one each time it reconnects.</summary>
    public IReadOnlyList<Uri> Servers { get; set; } = [];

    /// <summary>The user this client acts for (no colon). Required.</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>The token the nodes check, or null.</summary>
    public string? Token { get; set; }

    /// <summary>
    /// The reducer of committed actions: the committed state after one more action. Required. The same as the
    /// cluster's, so that the client's committed state follows the cluster's.
    /// </summary>
    public Func<TState, TAction, TState>? Reducer { get; set; }

    /// <summary>
    /// Applies one of this client's requests that is not answered yet (its action as sent, with its
    /// <c>type</c>) to the state, for an optimistic user interface. Null shows only the committed state.
    /// </summary>
    public Func<TState, JsonElement, TState>? Optimistic { get; set; }

    /// <summary>The state before the first one arrives from a node.</summary>
    public TState InitialState { get; set; } = default!;

    /// <summary>Subscribe to the committed state and actions (default true); without it the client only sends requests.</summary>
    public bool SubscribeToState { get; set; } = true;

    /// <summary>How the state and actions are read from JSON (default: <see cref="JsonSerializerOptions.Web"/>).</summary>
    public JsonSerializerOptions JsonOptions { get; set; } = JsonSerializerOptions.Web;

    /// <summary>A ping is sent after this long without a message from the node (default 5 s).</summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The connection is dropped, and made again to the next node, after this long without a message (default 20 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The longest wait between two attempts to connect (default 2 s; the first waits 50 ms, and it doubles).</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Where the client logs its connections; none by default.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    internal void Validate()
    {
        if (Servers is not { Count: > 0 })
        {
            throw new ArgumentException("Invalid client options: \"Servers\" needs at least one ws:// or wss:// address.");
        }

        foreach (var server in Servers)
        {
            if (server is null || server.Scheme is not ("ws" or "wss"))
            {
                throw new ArgumentException($"Invalid client options: \"Servers\" holds {server}, which is not a ws:// or wss:// address.");
            }
        }

        if (string.IsNullOrEmpty(UserId) || UserId.Contains(':', StringComparison.Ordinal) || UserId.Contains(' ', StringComparison.Ordinal))
        {
            throw new ArgumentException("Invalid client options: \"UserId\" is required, without colons or spaces.");
        }

        if (Reducer is null)
        {
            throw new ArgumentException("Invalid client options: \"Reducer\" is required.");
        }

        if (PingInterval <= TimeSpan.Zero || Timeout <= PingInterval || MaxReconnectDelay <= TimeSpan.Zero)
        {
            throw new ArgumentException("Invalid client options: \"PingInterval\", \"Timeout\" and \"MaxReconnectDelay\" must be positive, and \"Timeout\" longer than \"PingInterval\".");
        }
    }
}

/// <summary>A node undid one of this client's requests (<c>logux/undo</c>): nothing of it was applied.</summary>
public sealed class LoguxUndoException : Exception
{
    /// <summary>Creates the exception of an undo.</summary>
    public LoguxUndoException(string type, string reason, string? serverMessage)
        : base($"The cluster undid {type} because of {reason}{(serverMessage is null ? string.Empty : $": {serverMessage}")}")
    {
        Type = type;
        Reason = reason;
        ServerMessage = serverMessage;
    }

    /// <inheritdoc/>
    public LoguxUndoException()
        : this("an action", "error", null)
    {
    }

    /// <inheritdoc/>
    public LoguxUndoException(string message)
        : base(message)
    {
        Type = Reason = string.Empty;
    }

    /// <inheritdoc/>
    public LoguxUndoException(string message, Exception innerException)
        : base(message, innerException)
    {
        Type = Reason = string.Empty;
    }

    /// <summary>The request's type.</summary>
    public string Type { get; }

    /// <summary>Why: <c>error</c> (the method refused; see <see cref="ServerMessage"/>), <c>unknownType</c>, <c>denied</c>...</summary>
    public string Reason { get; }

    /// <summary>The method's message, for a refusal.</summary>
    public string? ServerMessage { get; }
}

/// <summary>The client cannot go on: the nodes refused its credentials or its protocol, or it was disposed.</summary>
public sealed class ConfluxClientException : Exception
{
    /// <inheritdoc/>
    public ConfluxClientException()
    {
    }

    /// <inheritdoc/>
    public ConfluxClientException(string message)
        : base(message)
    {
    }

    /// <inheritdoc/>
    public ConfluxClientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
