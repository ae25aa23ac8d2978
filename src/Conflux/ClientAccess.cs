namespace Conflux;

/// <summary>
/// What a client's credential lets it do on a node, the same over the HTTP API, the dashboard and Logux: read the
/// application's state (<c>GET /state</c>, a Logux subscription), write (perform, change the members, transfer
/// leadership), or both. The cluster's status (<c>/status</c>, <c>/health</c>, <c>/metrics</c>) needs no credential.
/// </summary>
[Flags]
public enum ClientAccess
{
    /// <summary>Nothing: the request gets 401 (Logux: <c>wrong-credentials</c>).</summary>
    None = 0,

    /// <summary>Read the state: <c>GET /state</c>, <c>/state/provisional</c>, and subscribe over Logux.</summary>
    Read = 1,

    /// <summary>Perform, change the members and transfer leadership; a Logux client's actions.</summary>
    Write = 2,

    /// <summary>Read and write.</summary>
    ReadWrite = Read | Write,
}
