using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Conflux.Transport;

/// <summary>
/// Settings of a <see cref="TcpChannel"/>, validated when the channel is created, with messages that name the
/// setting to change.
/// </summary>
public sealed class TcpChannelOptions
{
    /// <summary>Largest UTF-8 length of a node id or of <see cref="ClusterId"/>.</summary>
    public const int MaxIdBytes = 255;

    /// <summary>A shorter <see cref="Secret"/> is accepted with a warning: it could be guessed offline from a recorded handshake.</summary>
    public const int RecommendedSecretLength = 16;

    /// <summary>
    /// Every member's cluster address, this node's included: node id to <c>host:port</c> (an IP address or a
    /// DNS name; <c>[::1]:7001</c> for IPv6). This node listens on its own address (port 0 picks a free port,
    /// see <see cref="TcpChannel.LocalEndPoint"/>) unless <see cref="ListenAddress"/> says otherwise. Required.
    /// </summary>
    public IReadOnlyDictionary<string, string> Peers { get; set; } = new Dictionary<string, string>();

    /// <summary>Where to listen instead of this node's entry in <see cref="Peers"/>, for example <c>0.0.0.0:7001</c>.</summary>
    public string? ListenAddress { get; set; }

    /// <summary>The cluster's name, checked at the handshake: nodes of another cluster are refused. Default <c>conflux</c>.</summary>
    public string ClusterId { get; set; } = "conflux";

    /// <summary>
    /// The shared cluster secret. Peers prove they know it with an HMAC-SHA256 challenge and response (it is
    /// never sent). Null runs unauthenticated, for development, with a warning at start: then anyone who
    /// reaches the port can join as any member.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Encrypts connections with TLS when set. The secret still authenticates the peers.</summary>
    public TcpTlsOptions? Tls { get; set; }

    /// <summary>
    /// Largest frame accepted or sent, in bytes. A peer that sends a larger one is disconnected; a message
    /// larger than this is not sent (and logged as an error). Default 64 MiB; at least 64 KiB.
    /// </summary>
    public int MaxFrameBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>
    /// Bytes of messages queued for one peer before new ones are dropped (Raft sends them again); the batch
    /// being written is not counted. Default 128 MiB; at least <see cref="MaxFrameBytes"/>.
    /// </summary>
    public long MaxQueuedBytesPerPeer { get; set; } = 128L * 1024 * 1024;

    /// <summary>First wait before dialing a peer again after a failure; it doubles up to <see cref="ReconnectDelayMax"/>. Default 50 ms.</summary>
    public TimeSpan ReconnectDelayMin { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Longest wait between two dials of an unreachable peer. Default 1 s.</summary>
    public TimeSpan ReconnectDelayMax { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a dial or a handshake may take. Default 5 s.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A connection that sends nothing for this long is closed (peers ping every third of it). Default 6 s.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>
    /// Connections in the handshake at once from addresses that are not members' (a bound against floods): past it,
    /// the oldest of them is closed to make room. Connections from a member's address (from <see cref="Peers"/>,
    /// host names resolved, or from where a member last proved itself) have slots of their own, which these never
    /// take. Default 64.
    /// </summary>
    public int MaxPendingHandshakes { get; set; } = 64;

    /// <summary>
    /// Connections in the handshake at once from one address (one IPv6 /64 for addresses that are not members'): past
    /// it, the oldest from that address is closed to make room, so one address cannot hold every slot. Each member's
    /// address has this many slots of its own. Default 8.
    /// </summary>
    public int MaxPendingHandshakesPerAddress { get; set; } = 8;

    /// <summary>Logs go here. Default: none.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    internal void Validate()
    {
        static ArgumentException Invalid(string option, string problem) =>
            new($"Invalid TCP channel options: \"{option}\" {problem}", option);

        if (Peers is null || Peers.Count == 0)
        {
            throw Invalid(nameof(Peers), "must list every member's address (node id to host:port)");
        }

        foreach (var (id, address) in Peers)
        {
            if (string.IsNullOrWhiteSpace(id) || Encoding.UTF8.GetByteCount(id) > MaxIdBytes)
            {
                throw Invalid(nameof(Peers), $"has the node id \"{id}\": ids are 1 to {MaxIdBytes} UTF-8 bytes, not blank");
            }

            if (!TcpAddress.TryParse(address, out _, out _))
            {
                throw Invalid(nameof(Peers), $"gives node {id} the address \"{address}\": expected host:port, for example 127.0.0.1:7001");
            }
        }

        if (ListenAddress is not null && !TcpAddress.TryParse(ListenAddress, out _, out _))
        {
            throw Invalid(nameof(ListenAddress), $"is \"{ListenAddress}\": expected host:port, for example 0.0.0.0:7001");
        }

        if (string.IsNullOrWhiteSpace(ClusterId) || Encoding.UTF8.GetByteCount(ClusterId) > MaxIdBytes)
        {
            throw Invalid(nameof(ClusterId), $"must be 1 to {MaxIdBytes} UTF-8 bytes, not blank");
        }

        if (Secret is { Length: 0 })
        {
            throw Invalid(nameof(Secret), "is empty: give a secret, or null to run unauthenticated");
        }

        if (MaxFrameBytes < 64 * 1024)
        {
            throw Invalid(nameof(MaxFrameBytes), $"must be at least 65536 (got {MaxFrameBytes})");
        }

        if (MaxQueuedBytesPerPeer < MaxFrameBytes)
        {
            throw Invalid(nameof(MaxQueuedBytesPerPeer), $"({MaxQueuedBytesPerPeer}) must be at least \"MaxFrameBytes\" ({MaxFrameBytes})");
        }

        if (ReconnectDelayMin <= TimeSpan.Zero || ReconnectDelayMax < ReconnectDelayMin)
        {
            throw Invalid(nameof(ReconnectDelayMin), "must be positive and at most \"ReconnectDelayMax\"");
        }

        if (ReconnectDelayMax > TimeSpan.FromHours(1))
        {
            throw Invalid(nameof(ReconnectDelayMax), "must be at most an hour");
        }

        if (HandshakeTimeout <= TimeSpan.Zero || HandshakeTimeout > TimeSpan.FromHours(1))
        {
            throw Invalid(nameof(HandshakeTimeout), "must be positive and at most an hour");
        }

        if (IdleTimeout < TimeSpan.FromMilliseconds(30) || IdleTimeout > TimeSpan.FromHours(1))
        {
            throw Invalid(nameof(IdleTimeout), $"must be from 30 ms to an hour (got {IdleTimeout.TotalMilliseconds} ms)");
        }

        if (MaxPendingHandshakes < 1)
        {
            throw Invalid(nameof(MaxPendingHandshakes), "must be at least 1");
        }

        if (MaxPendingHandshakesPerAddress < 1)
        {
            throw Invalid(nameof(MaxPendingHandshakesPerAddress), "must be at least 1");
        }

        Tls?.Validate();
    }
}

/// <summary>
/// TLS for a <see cref="TcpChannel"/>: every node presents its certificate and checks its peer's, both ways.
/// Peers are named by their node ids (authenticated by the cluster secret), so host names in certificates are
/// not checked; the chain is.
/// </summary>
public sealed class TcpTlsOptions
{
    /// <summary>This node's certificate: a PEM file (with <see cref="KeyPath"/>, or with the key in the same file) or a PKCS#12 (.pfx/.p12) file. Required.</summary>
    public string CertificatePath { get; set; } = "";

    /// <summary>The PEM file of the certificate's private key, when it is not in <see cref="CertificatePath"/>.</summary>
    public string? KeyPath { get; set; }

    /// <summary>The password of a PKCS#12 file.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// A PEM file of the certificate authority that signed every node's certificate (or one self-signed
    /// certificate that every node shares). Peers must chain to it. Required: the system's roots would let any
    /// holder of a public certificate in.
    /// </summary>
    public string CaCertificatePath { get; set; } = "";

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(CertificatePath))
        {
            throw new ArgumentException("Invalid TCP channel options: \"Tls.CertificatePath\" is required", nameof(CertificatePath));
        }

        if (string.IsNullOrWhiteSpace(CaCertificatePath))
        {
            throw new ArgumentException("Invalid TCP channel options: \"Tls.CaCertificatePath\" is required: the authority every node's certificate chains to", nameof(CaCertificatePath));
        }

        foreach (var (name, path) in new[] { ("Tls.CertificatePath", CertificatePath), ("Tls.KeyPath", KeyPath), ("Tls.CaCertificatePath", CaCertificatePath) })
        {
            if (path is not null && !File.Exists(path))
            {
                throw new ArgumentException($"Invalid TCP channel options: \"{name}\" names {path}, which does not exist", name);
            }
        }
    }
}

/// <summary>Parses <c>host:port</c> addresses.</summary>
internal static class TcpAddress
{
    public static bool TryParse(string? text, out string host, out int port)
    {
        host = "";
        port = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (IPEndPoint.TryParse(text, out var endPoint) && text.Contains(':', StringComparison.Ordinal) && (text[0] == '[' || text.Count(c => c == ':') == 1))
        {
            host = endPoint.Address.ToString();
            port = endPoint.Port;
            return true;
        }

        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1 || !int.TryParse(text.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) || port > IPEndPoint.MaxPort)
        {
            return false;
        }

        host = text[..colon];
        return Uri.CheckHostName(host) == UriHostNameType.Dns;
    }

    /// <summary>The host and port of an address that <see cref="TryParse"/> accepted.</summary>
    public static (string Host, int Port) Parse(string text) =>
        TryParse(text, out var host, out var port) ? (host, port) : throw new ArgumentException($"\"{text}\" is not a host:port address.", nameof(text));

    /// <summary>The address to use for <paramref name="host"/>: itself when it is an IP address, else the first DNS answer (IPv4 first).</summary>
    public static async ValueTask<IPAddress> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var address))
        {
            return address;
        }

        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        return addresses.OrderBy(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 0 : 1).FirstOrDefault()
            ?? throw new IOException($"The host name {host} has no address.");
    }
}
