using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Channels;
using Conflux.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflux.Transport;

/// <summary>
/// A channel over TCP, for nodes in separate processes or machines. One connection per pair of peers (the
/// node whose id sorts first dials, the other listens), carrying length-prefixed binary frames; many messages
/// go out in one write under load. Peers authenticate at the handshake with the cluster secret (an
/// HMAC-SHA256 challenge and response); <see cref="TcpChannelOptions.Tls"/> adds encryption. A lost
/// connection is dialed again with back-off, and messages for a peer that is not connected are dropped:
/// Raft sends them again.
/// </summary>
/// <example>
/// <code>
/// var channel = new TcpChannel(new TcpChannelOptions
/// {
///     Peers = new Dictionary&lt;string, string&gt; { ["n1"] = "10.0.0.1:7001", ["n2"] = "10.0.0.2:7001", ["n3"] = "10.0.0.3:7001" },
///     Secret = Environment.GetEnvironmentVariable("CONFLUX_SECRET"),
/// });
/// </code>
/// </example>
public sealed partial class TcpChannel : IChannel, IMembershipChannel
{
    /// <summary>What either side says when the other's proof does not match: it cannot tell whose secret is wrong.</summary>
    private const string SecretsDiffer = "the cluster secrets differ";

    private readonly TcpChannelOptions _options;
    private readonly ConcurrentDictionary<string, string> _peers;
    private readonly ILogger _logger;

    /// <summary>How often members' host names are resolved again (their addresses may change as they restart).</summary>
    private static readonly TimeSpan MemberAddressRefresh = TimeSpan.FromSeconds(30);

    // A stranger may open thousands of connections a second: their refusals are logged once a second, with a count.
    private readonly LogThrottle _refusals = new(TimeSpan.FromSeconds(1));
    private readonly HandshakeSlots _slots;
    private readonly ConcurrentDictionary<string, IPAddress[]> _resolvedHosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _publishLock = new();
    private readonly Channel<bool> _membersChanged =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly byte[] _key;
    private readonly ConcurrentDictionary<string, TcpConnection> _connections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, bool> _background = new();
    private readonly ConcurrentDictionary<string, bool> _dialing = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _registerLock = new();
    private TcpListener? _listener;
    private string? _nodeId;
    private ChannelReceiver? _receiver;
    private X509Certificate2? _certificate;
    private X509Certificate2Collection? _authority;
    private long _oversized;
    private int _disposed;

    /// <inheritdoc/>
    // Room for a frame's authentication tag is left whether or not a connection tags its frames, so that the
    // limit is one number for every node of a cluster.
    public int? MaxMessageBytes => _options.MaxFrameBytes - Frame.HeaderBytes - FrameAuthenticator.TagBytes;

    /// <summary>Creates the channel; nothing is opened until the node calls <see cref="OpenAsync"/>.</summary>
    /// <exception cref="ArgumentException">An option is wrong; the message names it.</exception>
    public TcpChannel(TcpChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _peers = new ConcurrentDictionary<string, string>(options.Peers, StringComparer.Ordinal);
        _logger = options.LoggerFactory?.CreateLogger<TcpChannel>() ?? NullLogger<TcpChannel>.Instance;
        _key = options.Secret is null ? [] : Encoding.UTF8.GetBytes(options.Secret);
        _slots = new HandshakeSlots(options.MaxPendingHandshakes, options.MaxPendingHandshakesPerAddress);
    }

    /// <summary>Where the channel listens, once open (the port chosen when the address gave port 0).</summary>
    public IPEndPoint? LocalEndPoint => _listener?.LocalEndpoint as IPEndPoint;

    /// <summary>The peers with an authenticated connection now.</summary>
    public IReadOnlyCollection<string> ConnectedPeers => [.. _connections.Keys];

    /// <summary>Bytes queued for <paramref name="peer"/> and not written yet (0 when not connected).</summary>
    internal long QueuedBytes(string peer) => _connections.TryGetValue(peer, out var connection) ? connection.QueuedBytes : 0;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The channel is open already, or <paramref name="nodeId"/> is not in the peers.</exception>
    /// <exception cref="IOException">The channel cannot listen on its address.</exception>
    public async ValueTask OpenAsync(string nodeId, ChannelReceiver receiver, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nodeId);
        ArgumentNullException.ThrowIfNull(receiver);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_nodeId is not null)
        {
            throw new InvalidOperationException($"This channel is already open as '{_nodeId}'.");
        }

        if (!_peers.TryGetValue(nodeId, out var ownAddress))
        {
            throw new InvalidOperationException($"Node id '{nodeId}' is not one of the TCP channel's peers ({string.Join(", ", _peers.Keys)}).");
        }

        LoadTls();
        var listenAt = _options.ListenAddress ?? ownAddress;
        var (host, port) = TcpAddress.Parse(listenAt);
        var address = await TcpAddress.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        var listener = new TcpListener(address, port);
        try
        {
            listener.Start(backlog: 512);
        }
        catch (SocketException ex)
        {
            listener.Dispose();
            throw new IOException($"The TCP channel of node {nodeId} cannot listen on {listenAt}: {ex.Message}", ex);
        }

        _listener = listener;
        _receiver = receiver;
        _nodeId = nodeId;
        if (_options.Secret is null)
        {
            LogUnauthenticated(_logger, nodeId);
        }
        else if (_options.Secret.Length < TcpChannelOptions.RecommendedSecretLength)
        {
            LogShortSecret(_logger, nodeId, TcpChannelOptions.RecommendedSecretLength);
        }

        LogListening(_logger, nodeId, LocalEndPoint!, _options.Tls is null ? "plain TCP" : "TLS");
        PublishMemberAddresses();
        Track(MemberAddressLoopAsync());
        Track(AcceptLoopAsync(listener));
        Track(KeepAliveLoopAsync());
        foreach (var peer in _peers.Keys.Where(p => p != nodeId))
        {
            StartDialing(peer);
        }
    }

    /// <summary>
    /// Members added to the cluster (and their addresses) become peers: the channel dials those it is to dial and
    /// takes connections from the others. A member removed from the cluster stays a peer of this channel (a removed
    /// leader must still reach the others until its removal commits); the node ignores what it sends after that.
    /// </summary>
    /// <param name="addresses">Member ids and their host:port addresses; ids and addresses that are not valid are skipped.</param>
    public void SetMembers(IReadOnlyDictionary<string, string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        foreach (var (peer, address) in addresses)
        {
            if (string.IsNullOrWhiteSpace(peer) || Encoding.UTF8.GetByteCount(peer) > TcpChannelOptions.MaxIdBytes || !TcpAddress.TryParse(address, out _, out _))
            {
                continue;
            }

            var added = _peers.TryAdd(peer, address);
            if (!added)
            {
                _peers[peer] = address; // a new address is dialed from the next attempt on
            }

            if (added && Volatile.Read(ref _nodeId) is { } self && self != peer)
            {
                StartDialing(peer);
            }
        }

        if (Volatile.Read(ref _nodeId) is not null)
        {
            PublishMemberAddresses();
            _membersChanged.Writer.TryWrite(true);
        }
    }

    /// <summary>
    /// Starts the loop that keeps a connection to <paramref name="peer"/>, once (members may be added while the channel
    /// opens): the node whose id sorts first dials. The other one dials too, now and then, while there is no connection:
    /// a peer that has not learned of this node yet (it was added in a configuration the peer has not seen) neither
    /// dials it nor knows its address, but takes its connection.
    /// </summary>
    private void StartDialing(string peer)
    {
        if (Volatile.Read(ref _disposed) == 0 && _dialing.TryAdd(peer, true))
        {
            Track(string.CompareOrdinal(_nodeId, peer) < 0 ? DialLoopAsync(peer) : ReverseDialLoopAsync(peer));
        }
    }

    /// <summary>Dials a peer whose id sorts first while no connection to it exists, every few seconds; quietly.</summary>
    private async Task ReverseDialLoopAsync(string peer)
    {
        var pause = TimeSpan.FromTicks(_options.ReconnectDelayMax.Ticks * 3);
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Jitter(pause), _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (_connections.ContainsKey(peer))
            {
                continue;
            }

            TcpConnection connection;
            try
            {
                connection = await DialAsync(peer).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Refused (the peer dials us) or down: the loop tries again later, without a word.
            catch (Exception)
#pragma warning restore CA1031
            {
                continue;
            }

            LogConnected(_logger, _nodeId!, peer, _peers[peer]);
            await RunAsync(connection).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public string? AddressOf(string member) => _peers.TryGetValue(member, out var address) ? address : null;

    /// <inheritdoc/>
    public void Send(string to, ReadOnlyMemory<byte> message)
    {
        if (_nodeId is not { } self)
        {
            return;
        }

        if (to == self)
        {
            _receiver!(self, message);
            return;
        }

        if (message.Length > MaxMessageBytes)
        {
            // Raft would send it again and again: say so loudly, but not at every heartbeat.
            Telemetry.Dropped(self, "tcp", "oversized");
            if (Interlocked.Increment(ref _oversized) % 1000 == 1)
            {
                LogOversized(_logger, self, to, message.Length, _options.MaxFrameBytes);
            }

            return;
        }

        if (message.Length == 0)
        {
            return;
        }

        if (!_connections.TryGetValue(to, out var connection))
        {
            Telemetry.Dropped(self, "tcp", "not_connected");
        }
        else if (!connection.TrySend(message))
        {
            Telemetry.Dropped(self, "tcp", "queue_full");
        }
    }

    /// <inheritdoc/>
    public void Broadcast(ReadOnlyMemory<byte> message)
    {
        foreach (var peer in _connections.Keys)
        {
            Send(peer, message);
        }
    }

    /// <summary>Stops listening and dialing, closes every connection and waits for the channel's work to end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _membersChanged.Writer.TryComplete();
        _listener?.Stop();
        foreach (var connection in _connections.Values)
        {
            connection.Close("the channel was disposed");
        }

        // Each task on its own, so that one that failed does not cut the shutdown short.
        while (!_background.IsEmpty)
        {
            foreach (var task in _background.Keys)
            {
                await AwaitQuietlyAsync(task).ConfigureAwait(false);
            }
        }

        foreach (var connection in _connections.Values)
        {
            await AwaitQuietlyAsync(connection.Completion).ConfigureAwait(false);
        }

        _listener?.Dispose();
        _certificate?.Dispose();
        _stopping.Dispose();
    }

    // ---- listening ------------------------------------------------------------------------------

    private async Task AcceptLoopAsync(TcpListener listener)
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                // Stopped (InvalidOperationException: the listener stopped between the check and the accept).
                return;
            }
            catch (SocketException ex)
            {
                // A connection that reset before it was accepted, or a shortage of descriptors: keep listening.
                LogAcceptFailed(_logger, _nodeId!, ex.Message);
                await Task.Delay(10, CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            if (socket.RemoteEndPoint is not IPEndPoint from)
            {
                socket.Dispose();
                continue;
            }

            // The loop only takes a slot (closing the handshake it replaces) and hands the socket on: whatever a
            // stranger sends, even a TLS hello that costs a key exchange, is answered on another thread.
            var slot = _slots.Take(socket, from.Address, out var evicted);
            evicted?.Connection.Dispose();
            Track(Task.Run(() => AcceptOneAsync(socket, from, slot)));
        }
    }

    private async Task AcceptOneAsync(Socket socket, IPEndPoint from, HandshakeSlots.Slot slot)
    {
        var self = _nodeId!;
        var remote = from.ToString();
        Stream? stream = null;
        FrameReader? reader = null;
        TcpConnection? connection = null;
        string? claimed = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        try
        {
            timeout.CancelAfter(_options.HandshakeTimeout);
            socket.NoDelay = true;
            stream = await SecureAsync(socket, asListener: true, host: "", timeout.Token).ConfigureAwait(false);
            reader = new FrameReader(stream, Frame.MaxHandshakeBytes);
            var hello = Handshake.DecodeHello((await ExpectAsync(reader, FrameType.Hello, timeout.Token).ConfigureAwait(false)).Span);
            claimed = Printable(hello.From);
            var refusal = hello.ClusterId != _options.ClusterId ? "the cluster ids differ"
                : hello.To != self ? $"this is not node {Printable(hello.To)}"
                : hello.From == self || hello.From.Length == 0 ? $"{claimed} is not a member of this cluster"
                : _peers.ContainsKey(hello.From) && string.CompareOrdinal(hello.From, self) > 0 ? $"{self} dials {claimed}, not the other way"
                : null;
            if (refusal is not null)
            {
                await RefuseAsync(stream, refusal, timeout.Token).ConfigureAwait(false);
                throw new HandshakeException(refusal);
            }

            // The dialer proves first: a stranger who connects learns no proof it could test guesses against offline.
            var nonce = RandomNumberGenerator.GetBytes(Frame.NonceBytes);
            var binding = CertificateBinding(stream, asListener: true);
            await stream.WriteAsync(Handshake.EncodeChallenge(nonce), timeout.Token).ConfigureAwait(false);
            var proof = Handshake.DecodeMac((await ExpectAsync(reader, FrameType.Proof, timeout.Token).ConfigureAwait(false)).Span);
            if (!Handshake.Matches(Handshake.Prove(_key, listener: false, hello, nonce, binding), proof))
            {
                await RefuseAsync(stream, SecretsDiffer, timeout.Token).ConfigureAwait(false);
                throw new HandshakeException(SecretsDiffer);
            }

            // A proven member is out of reach of newer connections from here on; one closed a moment ago is not.
            if (!_slots.Release(slot))
            {
                throw new HandshakeException(slot.EvictedBecause!);
            }

            if (_peers.ContainsKey(hello.From))
            {
                _slots.Proven(hello.From, from.Address);
            }

            await stream.WriteAsync(Handshake.EncodeMac(FrameType.Welcome, Handshake.Prove(_key, listener: true, hello, nonce, binding)), timeout.Token).ConfigureAwait(false);
            reader.MaxFrameBytes = _options.MaxFrameBytes;
            var (sign, verify) = FrameAuthenticators(listener: true, hello, nonce, binding);
            connection = new TcpConnection(self, hello.From, socket, stream, reader, _options.MaxQueuedBytesPerPeer, _logger, sign, verify);
            LogAccepted(_logger, self, hello.From, remote);
        }
#pragma warning disable CA1031 // Anything a stranger sends ends in a refused connection and a log line, never more.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // Released first: a slot taken for a newer connection says so once the lock is passed.
            var evicted = !_slots.Release(slot) ? slot.EvictedBecause : null;
            if (!_stopping.IsCancellationRequested)
            {
                if (_refusals.TryPass(out var held))
                {
                    LogRefused(_logger, self, remote, claimed ?? "nothing yet", evicted ?? HandshakeFailure(ex, timeout), held);
                }
            }

            reader?.Dispose();
            stream?.Dispose();
            socket.Dispose();
            return;
        }

        await RunAsync(connection).ConfigureAwait(false);
    }

    // ---- members' addresses ---------------------------------------------------------------------

    /// <summary>
    /// Tells the handshake slots the other members' addresses: IP addresses as they are, host names as last resolved.
    /// Cheap and never blocking; <see cref="MemberAddressLoopAsync"/> does the resolving.
    /// </summary>
    private void PublishMemberAddresses()
    {
        var self = _nodeId;
        var addresses = new List<IPAddress>();
        lock (_publishLock)
        {
            foreach (var (peer, address) in _peers)
            {
                if (peer == self || !TcpAddress.TryParse(address, out var host, out _))
                {
                    continue;
                }

                if (IPAddress.TryParse(host, out var ip))
                {
                    addresses.Add(ip);
                }
                else if (_resolvedHosts.TryGetValue(host, out var resolved))
                {
                    addresses.AddRange(resolved);
                }
            }

            _slots.SetMemberAddresses(addresses);
        }
    }

    /// <summary>
    /// Resolves the members' host names, at once when members change and every <see cref="MemberAddressRefresh"/>
    /// after; a name that cannot be resolved keeps its last addresses.
    /// </summary>
    private async Task MemberAddressLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var self = _nodeId;
            var names = _peers.Where(p => p.Key != self).Select(p => TcpAddress.TryParse(p.Value, out var host, out _) ? host : null)
                .Where(h => h is not null && !IPAddress.TryParse(h, out _)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var name in names)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                timeout.CancelAfter(_options.HandshakeTimeout);
                try
                {
                    _resolvedHosts[name!] = await Dns.GetHostAddressesAsync(name!, timeout.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is SocketException or OperationCanceledException)
                {
                    if (_stopping.IsCancellationRequested)
                    {
                        return;
                    }

                    LogResolveFailed(_logger, _nodeId!, name!, ex.Message);
                }
            }

            if (names.Count > 0)
            {
                PublishMemberAddresses();
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            if (names.Count > 0)
            {
                wait.CancelAfter(MemberAddressRefresh);
            }

            try
            {
                if (!await _membersChanged.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                {
                    return;
                }

                _membersChanged.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
            {
                // Time to resolve again.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // ---- dialing --------------------------------------------------------------------------------

    private async Task DialLoopAsync(string peer)
    {
        var self = _nodeId!;
        var delay = _options.ReconnectDelayMin;
        var failures = 0;
        string? lastFailure = null;
        while (!_stopping.IsCancellationRequested)
        {
            TcpConnection connection;
            try
            {
                connection = await DialAsync(peer).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A failed dial is retried; the first failure of a run of them is logged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (_stopping.IsCancellationRequested)
                {
                    return;
                }

                var failure = ex.Message;
                if (failures++ == 0 || failure != lastFailure)
                {
                    if (ex is HandshakeException { Refused: true })
                    {
                        LogDialRefused(_logger, self, peer, _peers[peer], failure);
                    }
                    else
                    {
                        LogDialFailed(_logger, self, peer, _peers[peer], failure);
                    }
                }

                lastFailure = failure;
                try
                {
                    await Task.Delay(Jitter(delay), _stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.ReconnectDelayMax.Ticks));
                continue;
            }

            LogConnected(_logger, self, peer, _peers[peer]);
            failures = 0;
            lastFailure = null;
            var connectedAt = Environment.TickCount64;
            await RunAsync(connection).ConfigureAwait(false);

            // A connection that lived a while is dialed again at once; one that the peer keeps closing soon
            // after the handshake (it finds our frames too large, say) backs off like a failed dial.
            if (Environment.TickCount64 - connectedAt >= _options.IdleTimeout.TotalMilliseconds)
            {
                delay = _options.ReconnectDelayMin;
                continue;
            }

            try
            {
                await Task.Delay(Jitter(delay), _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.ReconnectDelayMax.Ticks));
        }
    }

    private async Task<TcpConnection> DialAsync(string peer)
    {
        var self = _nodeId!;
        var (host, port) = TcpAddress.Parse(_peers[peer]);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        FrameReader? reader = null;
        try
        {
            timeout.CancelAfter(_options.HandshakeTimeout);
            var address = await TcpAddress.ResolveAsync(host, timeout.Token).ConfigureAwait(false);
            await socket.ConnectAsync(new IPEndPoint(address, port), timeout.Token).ConfigureAwait(false);
            stream = await SecureAsync(socket, asListener: false, host, timeout.Token).ConfigureAwait(false);
            reader = new FrameReader(stream, Frame.MaxHandshakeBytes);
            var hello = new Handshake.Hello(_options.ClusterId, self, peer, RandomNumberGenerator.GetBytes(Frame.NonceBytes));
            await stream.WriteAsync(Handshake.EncodeHello(hello), timeout.Token).ConfigureAwait(false);
            var nonce = Handshake.DecodeChallenge((await ExpectAsync(reader, FrameType.Challenge, timeout.Token).ConfigureAwait(false)).Span);
            var binding = CertificateBinding(stream, asListener: false);
            await stream.WriteAsync(Handshake.EncodeMac(FrameType.Proof, Handshake.Prove(_key, listener: false, hello, nonce, binding)), timeout.Token).ConfigureAwait(false);
            var mac = Handshake.DecodeMac((await ExpectAsync(reader, FrameType.Welcome, timeout.Token).ConfigureAwait(false)).Span);
            if (!Handshake.Matches(Handshake.Prove(_key, listener: true, hello, nonce, binding), mac))
            {
                // No Refuse frame: the listener has already taken the connection as authenticated, and would read
                // an untagged frame as an attack on it. Closing says enough to a listener that cannot prove.
                throw new HandshakeException(SecretsDiffer);
            }

            reader.MaxFrameBytes = _options.MaxFrameBytes;
            var (sign, verify) = FrameAuthenticators(listener: false, hello, nonce, binding);
            return new TcpConnection(self, peer, socket, stream, reader, _options.MaxQueuedBytesPerPeer, _logger, sign, verify);
        }
        catch (Exception ex)
        {
            reader?.Dispose();
            stream?.Dispose();
            socket.Dispose();
            var failure = HandshakeFailure(ex, timeout);
            throw ex is HandshakeException ? ex : new HandshakeException(failure, refused: false, ex);
        }
    }

    /// <summary>
    /// With a secret and without TLS, the authenticators of the frames this side sends and of those it receives;
    /// none without a secret (nothing to key them with) or under TLS (which already protects every byte).
    /// </summary>
    private (FrameAuthenticator? Sign, FrameAuthenticator? Verify) FrameAuthenticators(bool listener, in Handshake.Hello hello, byte[] listenerNonce, byte[] binding)
    {
        if (_options.Secret is null || _options.Tls is not null)
        {
            return (null, null);
        }

        return (new FrameAuthenticator(Handshake.FrameKey(_key, fromListener: listener, hello, listenerNonce, binding)),
            new FrameAuthenticator(Handshake.FrameKey(_key, fromListener: !listener, hello, listenerNonce, binding)));
    }

    // ---- connections ----------------------------------------------------------------------------

    /// <summary>Registers an authenticated connection (closing the one it replaces), runs it to its end, removes it.</summary>
    private async Task RunAsync(TcpConnection connection)
    {
        lock (_registerLock)
        {
            if (_connections.TryGetValue(connection.PeerId, out var old))
            {
                old.Close("replaced by a newer connection");
            }

            _connections[connection.PeerId] = connection;
        }

        connection.Start(_receiver!);
        if (_stopping.IsCancellationRequested)
        {
            connection.Close("the channel was disposed");
        }

        await connection.Completion.ConfigureAwait(false);
        connection.Dispose();
        lock (_registerLock)
        {
            _connections.TryRemove(new KeyValuePair<string, TcpConnection>(connection.PeerId, connection));
        }

        if (!_stopping.IsCancellationRequested)
        {
            LogDisconnected(_logger, _nodeId!, connection.PeerId, connection.CloseReason ?? "closed");
        }
    }

    /// <summary>Pings idle connections and closes those that have heard nothing for the idle timeout.</summary>
    private async Task KeepAliveLoopAsync()
    {
        var idleMs = (long)_options.IdleTimeout.TotalMilliseconds;
        var period = _options.IdleTimeout / 3;
        using var timer = new PeriodicTimer(period);
        var lastTick = Environment.TickCount64;
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
            {
                var now = Environment.TickCount64;
                var late = now - lastTick > 2 * (long)period.TotalMilliseconds;
                lastTick = now;
                foreach (var connection in _connections.Values)
                {
                    var step = KeepAliveStep(
                        connection.MillisecondsSinceRead, connection.MillisecondsSinceWrite, connection.MillisecondsWriting,
                        () => connection.BytesWaiting, idleMs, late);
                    switch (step)
                    {
                        case KeepAlive.CloseStalledWrite:
                            connection.Close($"a write made no progress for {idleMs} ms (the peer stopped reading)");
                            break;
                        case KeepAlive.CloseSilent:
                            connection.Close($"nothing arrived for {idleMs} ms");
                            break;
                        case KeepAlive.Ping:
                            connection.Ping();
                            break;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    internal enum KeepAlive
    {
        None,
        Ping,
        CloseSilent,
        CloseStalledWrite,
    }

    /// <summary>
    /// What one keep-alive tick does with a connection. The ticks come every third of <paramref name="idleMs"/>, and a
    /// ping goes out once half a tick has passed without a write, so the peer hears something at least once a tick
    /// and has two ticks of slack before it calls the connection silent. A tick that comes <paramref name="late"/>
    /// (this process did not run for a while: a GC pause, a starved thread pool, a paused VM) closes nothing, since
    /// the peer's frames may be on their way and a peer in the same stalled process could not have sent them; it
    /// still pings. A silent peer whose bytes wait unread in the socket is alive. Neither excuse holds past three
    /// timeouts, so a process whose ticks are always late still closes a dead connection.
    /// </summary>
    internal static KeepAlive KeepAliveStep(long sinceRead, long sinceWrite, long writing, Func<bool> bytesWaiting, long idleMs, bool late)
    {
        if (writing > 3 * idleMs || (!late && writing > idleMs))
        {
            return KeepAlive.CloseStalledWrite;
        }

        if (sinceRead > 3 * idleMs || (!late && sinceRead > idleMs && !bytesWaiting()))
        {
            return KeepAlive.CloseSilent;
        }

        return sinceWrite >= idleMs / 6 ? KeepAlive.Ping : KeepAlive.None;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private async Task AwaitQuietlyAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Shutdown goes on whatever one task failed with; the failure is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogShutdownFault(_logger, ex, _nodeId ?? "?");
        }
    }

    /// <summary>Under TLS, the hashes of the listener's and the dialer's certificates as this side sees them; else nothing.</summary>
    private static byte[] CertificateBinding(Stream stream, bool asListener)
    {
        if (stream is not SslStream ssl)
        {
            return [];
        }

        var local = ssl.LocalCertificate?.GetRawCertData() ?? [];
        var remote = ssl.RemoteCertificate?.GetRawCertData() ?? [];
        return [.. SHA256.HashData(asListener ? local : remote), .. SHA256.HashData(asListener ? remote : local)];
    }

    /// <summary>Text a stranger sent, fit for a log line: control characters replaced, at most 64 characters.</summary>
    private static string Printable(string text)
    {
        var clean = string.Create(Math.Min(text.Length, 64), text, static (span, t) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(t[i]) ? '?' : t[i];
            }
        });
        return clean.Length < text.Length ? clean + "..." : clean;
    }

    private void Track(Task task)
    {
        _background.TryAdd(task, true);
        _ = task.ContinueWith(t => _background.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>The payload of the next handshake frame, which must be <paramref name="type"/>; a refusal throws with its reason.</summary>
    private static async Task<ReadOnlyMemory<byte>> ExpectAsync(FrameReader reader, FrameType type, CancellationToken cancellationToken)
    {
        var (ok, actual, payload) = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (!ok)
        {
            throw new HandshakeException("it closed the connection during the handshake", refused: false);
        }

        return actual == type ? payload
            : actual == FrameType.Refuse ? throw new HandshakeException($"it refused: {Printable(Handshake.DecodeRefuse(payload.Span))}")
            : throw new FrameFormatException($"A {actual} frame arrived where a {type} was expected.");
    }

    private static async Task RefuseAsync(Stream stream, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await stream.WriteAsync(Handshake.EncodeRefuse(reason), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // It went away first.
        }
    }

    private string HandshakeFailure(Exception ex, CancellationTokenSource timeout) => ex switch
    {
        OperationCanceledException when timeout.IsCancellationRequested && !_stopping.IsCancellationRequested =>
            $"no handshake within {_options.HandshakeTimeout.TotalMilliseconds} ms",
        HandshakeException or FrameFormatException or AuthenticationException => ex.Message,
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    private async ValueTask<Stream> SecureAsync(Socket socket, bool asListener, string host, CancellationToken cancellationToken)
    {
        var network = new NetworkStream(socket, ownsSocket: false);
        if (_options.Tls is null)
        {
            return network;
        }

        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        try
        {
            await AuthenticateAsync(ssl, asListener, host, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return ssl;
    }

    private async Task AuthenticateAsync(SslStream ssl, bool asListener, string host, CancellationToken cancellationToken)
    {
        if (asListener)
        {
            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificate = _certificate,
                ClientCertificateRequired = true,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                RemoteCertificateValidationCallback = ValidatePeerCertificate,
            }, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = host,
                ClientCertificates = [_certificate!],
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                RemoteCertificateValidationCallback = ValidatePeerCertificate,
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    private bool ValidatePeerCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            return false;
        }

        // Peers are named by node ids and authenticated by the secret: host names are not checked, the chain to
        // the cluster's own authority is (the system's roots are never trusted here).
        if (_authority is null)
        {
            return false;
        }

        return Certificates.ChainsTo(certificate, _authority, chain);
    }

    private void LoadTls()
    {
        if (_options.Tls is not { } tls)
        {
            return;
        }

        try
        {
            _certificate = Certificates.Load(tls.CertificatePath, tls.KeyPath, tls.Password);

            _authority = [];
            _authority.ImportFromPemFile(tls.CaCertificatePath);
            if (_authority.Count == 0)
            {
                throw new CryptographicException($"{tls.CaCertificatePath} holds no PEM certificate.");
            }
        }
        catch (CryptographicException ex)
        {
            throw new ArgumentException($"Invalid TCP channel options: the TLS certificate cannot be loaded: {ex.Message}", nameof(TcpChannelOptions.Tls), ex);
        }
    }

    /// <summary>A wait of 75-100 % of <paramref name="delay"/>, so that nodes that failed together do not retry together.</summary>
    private static TimeSpan Jitter(TimeSpan delay) => delay * (0.75 + (Random.Shared.NextDouble() * 0.25));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: the cluster secret is shorter than {Length} characters: whoever records a handshake can try to guess it offline")]
    private static partial void LogShortSecret(ILogger logger, string node, int length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: no cluster secret is set: any process that reaches the cluster port can join as a member (development mode)")]
    private static partial void LogUnauthenticated(ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: listening for peers on {EndPoint} ({Transport})")]
    private static partial void LogListening(ILogger logger, string node, IPEndPoint endPoint, string transport);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: connected to {Peer} at {Address}")]
    private static partial void LogConnected(ILogger logger, string node, string peer, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: accepted {Peer} from {Remote}")]
    private static partial void LogAccepted(ILogger logger, string node, string peer, string remote);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: lost the connection with {Peer}: {Reason}")]
    private static partial void LogDisconnected(ILogger logger, string node, string peer, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: cannot reach {Peer} at {Address} (retrying with back-off): {Reason}")]
    private static partial void LogDialFailed(ILogger logger, string node, string peer, string address, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: the handshake with {Peer} at {Address} failed (retrying with back-off): {Reason}")]
    private static partial void LogDialRefused(ILogger logger, string node, string peer, string address, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: refused a connection from {Remote} (claiming to be {Claimed}): {Reason} ({Held} more refused since the last such line)")]
    private static partial void LogRefused(ILogger logger, string node, string remote, string claimed, string reason, long held);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: cannot resolve the member host name {Host} (its last addresses are kept): {Reason}")]
    private static partial void LogResolveFailed(ILogger logger, string node, string host, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: a channel task failed during shutdown")]
    private static partial void LogShutdownFault(ILogger logger, Exception error, string node);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Node}: accepting a connection failed: {Reason}")]
    private static partial void LogAcceptFailed(ILogger logger, string node, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: a message of {Bytes} bytes for {Peer} is over the frame limit of {Limit} bytes and is not sent; raise TcpChannelOptions.MaxFrameBytes on every node")]
    private static partial void LogOversized(ILogger logger, string node, string peer, int bytes, int limit);
}

/// <summary>A handshake that failed: refused by either side, or cut short.</summary>
internal sealed class HandshakeException(string message, bool refused = true, Exception? inner = null) : IOException(message, inner)
{
    /// <summary>True when a side refused (a wrong secret, cluster or id), false when the connection failed.</summary>
    public bool Refused { get; } = refused;
}
