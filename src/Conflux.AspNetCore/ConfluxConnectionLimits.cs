using System.Net;
using System.Runtime.InteropServices;
using Conflux.Transport;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflux.AspNetCore;

/// <summary>
/// Limits on the connections a node's web server (Kestrel) holds, HTTP and WebSocket together, so that clients
/// cannot take the file descriptors the node needs for its log, its snapshots and its peers. See
/// <see cref="ConfluxConnectionLimitsExtensions.UseConfluxConnectionLimits"/>.
/// </summary>
public sealed class ConfluxConnectionLimits
{
    /// <summary>The descriptor limit assumed where the process has none to read (Windows).</summary>
    public const int DefaultDescriptorLimit = 65_536;

    /// <summary>
    /// Connections served at once; one more is closed as soon as it is accepted. Null (the default): the process's
    /// descriptor limit (<c>ulimit -n</c>) less <see cref="ReservedDescriptors"/>, at least 16.
    /// </summary>
    public int? MaxConnections { get; set; }

    /// <summary>
    /// Connections one client address (an IPv6 /64 counts as one) may hold at once, so that one host cannot take every slot. Null (the default):
    /// a quarter of <see cref="MaxConnections"/>, at least 16. Behind a proxy every client has the proxy's address: raise it.
    /// </summary>
    public int? MaxConnectionsPerAddress { get; set; }

    /// <summary>
    /// Descriptors kept for the node itself when <see cref="MaxConnections"/> is derived: log segments, snapshots
    /// being written and sent, peer connections, the runtime's own (default 256).
    /// </summary>
    public int ReservedDescriptors { get; set; } = 256;

    /// <summary>The limit in effect: <see cref="MaxConnections"/>, or what it is derived from.</summary>
    public int EffectiveMaxConnections => MaxConnections ?? Math.Max(16, (int)Math.Min(int.MaxValue, DescriptorLimit() - ReservedDescriptors));

    /// <summary>The per-address limit in effect.</summary>
    public int EffectiveMaxConnectionsPerAddress => MaxConnectionsPerAddress ?? Math.Max(16, EffectiveMaxConnections / 4);

    /// <summary>The process's soft limit on open files (<c>RLIMIT_NOFILE</c>), or <see cref="DefaultDescriptorLimit"/> where there is none to read.</summary>
    public static long DescriptorLimit()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            var resource = OperatingSystem.IsLinux() ? 7 : 8;
            if (GetRLimit(resource, out var limit) == 0 && limit.Current > 0)
            {
                return (long)Math.Min(limit.Current, long.MaxValue);
            }
        }

        return DefaultDescriptorLimit;
    }

    internal void Validate()
    {
        if (MaxConnections is < 1 || MaxConnectionsPerAddress is < 1 || ReservedDescriptors < 0)
        {
            throw new ArgumentException("Invalid connection limits: MaxConnections and MaxConnectionsPerAddress must be positive, ReservedDescriptors not negative.");
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [DllImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    private static extern int GetRLimit(int resource, out RLimit limit);
}

/// <summary>Puts <see cref="ConfluxConnectionLimits"/> on a web host's Kestrel endpoints.</summary>
public static class ConfluxConnectionLimitsExtensions
{
    /// <summary>
    /// Limits the connections every Kestrel endpoint of this host holds, HTTP and WebSocket together: past the
    /// total, or past the share of one client address, a new connection is closed as soon as it is accepted (before
    /// TLS), and refusals are logged at most once a second with a count. Without this, a crowd of idle
    /// connections can take every file descriptor, and the node then fails to open its next log segment.
    /// </summary>
    /// <remarks>
    /// The limits are Kestrel's endpoint defaults (<c>KestrelServerOptions.ConfigureEndpointDefaults</c>), which hold one
    /// action: an app that sets its own endpoint defaults replaces these, and these replace an earlier one of its own.
    /// </remarks>
    public static IWebHostBuilder UseConfluxConnectionLimits(this IWebHostBuilder builder, Action<ConfluxConnectionLimits>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limits = new ConfluxConnectionLimits();
        configure?.Invoke(limits);
        limits.Validate();
        return builder.ConfigureKestrel((context, kestrel) =>
        {
            var logger = kestrel.ApplicationServices?.GetService<ILoggerFactory>()?.CreateLogger("Conflux.Http") ?? NullLogger.Instance;
            var gate = new ConnectionGate(limits.EffectiveMaxConnections, limits.EffectiveMaxConnectionsPerAddress, logger);
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(gate.Wrap));
        });
    }
}

/// <summary>Counts a server's connections, in all and by client address, and closes those past the limits.</summary>
internal sealed partial class ConnectionGate(int max, int perAddress, ILogger logger)
{
    private readonly Dictionary<IPAddress, int> _byAddress = [];
    private readonly LogThrottle _refusals = new(TimeSpan.FromSeconds(1));
    private int _open;

    /// <summary>Connections held now.</summary>
    public int Open => Volatile.Read(ref _open);

    public ConnectionDelegate Wrap(ConnectionDelegate next) => async connection =>
    {
        // One host is one address: IPv4-mapped addresses as IPv4, and a whole IPv6 /64 (as on the cluster port).
        var address = (connection.RemoteEndPoint as IPEndPoint)?.Address is { } remote ? HandshakeSlots.StrangerKey(HandshakeSlots.Normalize(remote)) : null;
        if (!TryEnter(address, out var why))
        {
            if (_refusals.TryPass(out var held))
            {
                LogRefused(logger, connection.RemoteEndPoint, why, held);
            }

            connection.Abort(new ConnectionAbortedException(why));
            return;
        }

        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            Leave(address);
        }
    };

    private bool TryEnter(IPAddress? address, out string why)
    {
        lock (_byAddress)
        {
            if (_open >= max)
            {
                why = $"{max} connections are open (the limit)";
                return false;
            }

            var mine = 0;
            if (address is not null && _byAddress.TryGetValue(address, out mine) && mine >= perAddress)
            {
                why = $"{perAddress} connections from this address are open (the limit per address)";
                return false;
            }

            _open++;
            if (address is not null)
            {
                _byAddress[address] = mine + 1;
            }

            why = "";
            return true;
        }
    }

    private void Leave(IPAddress? address)
    {
        lock (_byAddress)
        {
            _open--;
            if (address is not null && _byAddress.TryGetValue(address, out var mine))
            {
                if (mine <= 1)
                {
                    _byAddress.Remove(address);
                }
                else
                {
                    _byAddress[address] = mine - 1;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "closed a connection from {Remote}: {Reason} ({Held} more closed since the last such line)")]
    private static partial void LogRefused(ILogger logger, EndPoint? remote, string reason, long held);
}
