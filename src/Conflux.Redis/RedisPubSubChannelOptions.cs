using System.Text;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Conflux.Redis;

/// <summary>
/// Settings of a <see cref="RedisPubSubChannel"/>, validated when the channel is created, with messages that name the
/// setting to change.
/// </summary>
public sealed class RedisPubSubChannelOptions
{
    /// <summary>Largest UTF-8 length of a node id or of <see cref="ChannelName"/>.</summary>
    public const int MaxIdBytes = 255;

    /// <summary>
    /// Where Redis is, in StackExchange.Redis's configuration syntax: <c>127.0.0.1:6379</c>, or with options,
    /// <c>redis.example:6380,password=...,ssl=true</c>. Default <c>127.0.0.1:6379</c>.
    /// </summary>
    public string ConnectionString { get; set; } = "127.0.0.1:6379";

    /// <summary>
    /// The cluster's name on Redis: nodes on the same server with different names do not see each other.
    /// Every node of a cluster uses the same name. Default <c>conflux</c>.
    /// </summary>
    public string ChannelName { get; set; } = "conflux";

    /// <summary>Largest message sent or accepted, in bytes; larger ones are dropped and logged. Default 64 MiB; at least 64 KiB.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>
    /// Bytes of messages handed to Redis and not yet written before new ones are dropped (Raft sends them
    /// again), so a slow or lost server never makes the queue grow without bound. Default 128 MiB; at least
    /// <see cref="MaxMessageBytes"/>.
    /// </summary>
    public long MaxQueuedBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>How long opening may wait for Redis before it fails. Default 5 s; <c>connectTimeout=</c> in the connection string wins.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Logs go here. Default: none.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The parsed connection settings, with the channel's own defaults where the string is silent.</summary>
    internal ConfigurationOptions Configuration { get; private set; } = new();

    internal void Validate()
    {
        static ArgumentException Invalid(string option, string problem) =>
            new($"Invalid Redis channel options: \"{option}\" {problem}", option);

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw Invalid(nameof(ConnectionString), "must say where Redis is, for example 127.0.0.1:6379");
        }

        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(ConnectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or NotSupportedException)
        {
            throw Invalid(nameof(ConnectionString), $"cannot be read (\"{ConnectionString}\"): {ex.Message}");
        }

        if (configuration.EndPoints.Count == 0)
        {
            throw Invalid(nameof(ConnectionString), $"names no server (\"{ConnectionString}\"); give host:port, for example 127.0.0.1:6379");
        }

        if (string.IsNullOrWhiteSpace(ChannelName))
        {
            throw Invalid(nameof(ChannelName), "must not be empty");
        }

        if (Encoding.UTF8.GetByteCount(ChannelName) > MaxIdBytes)
        {
            throw Invalid(nameof(ChannelName), $"is longer than {MaxIdBytes} bytes");
        }

        if (MaxMessageBytes < 64 * 1024)
        {
            throw Invalid(nameof(MaxMessageBytes), $"must be at least 64 KiB (got {MaxMessageBytes})");
        }

        if (MaxQueuedBytes < MaxMessageBytes)
        {
            throw Invalid(nameof(MaxQueuedBytes), $"must be at least MaxMessageBytes ({MaxMessageBytes}; got {MaxQueuedBytes})");
        }

        if (ConnectTimeout <= TimeSpan.Zero || ConnectTimeout > TimeSpan.FromMinutes(10))
        {
            throw Invalid(nameof(ConnectTimeout), $"must be positive and at most 10 minutes (got {ConnectTimeout})");
        }

        // The node must start even while Redis is briefly away, and must never queue messages while it is:
        // what cannot be written now is dropped, and Raft sends it again.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        // A connectTimeout in the connection string wins over the option (the node host has only the string).
        if (ConnectionString.Contains("connectTimeout=", StringComparison.OrdinalIgnoreCase))
        {
            ConnectTimeout = TimeSpan.FromMilliseconds(Math.Max(1, configuration.ConnectTimeout));
        }
        else
        {
            configuration.ConnectTimeout = (int)ConnectTimeout.TotalMilliseconds;
        }

        configuration.ReconnectRetryPolicy ??= new ExponentialRetry(100, 1000);
        if (configuration.KeepAlive <= 0)
        {
            configuration.KeepAlive = 5;
        }

        Configuration = configuration;
    }
}
