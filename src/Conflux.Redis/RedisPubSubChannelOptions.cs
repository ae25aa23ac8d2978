using System.Text;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Conflux.Redis;

/// <summary>
/// Settings of a <see cref="RedisPubSubChannel"/>, validated and copied when the channel is created (later
/// changes have no effect), with messages that name the setting to change.
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

    /// <summary>
    /// Largest message sent or accepted, in bytes; larger ones are dropped and logged. Default 16 MiB; from
    /// 64 KiB to 512 MiB. Keep it under Redis's <c>client-output-buffer-limit pubsub</c> hard limit (32 MB by
    /// default): Redis disconnects a subscriber whose unread messages pass that limit.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Bytes of messages handed to Redis and not yet answered before new ones are dropped (Raft sends them
    /// again), so a slow or lost server never makes the queue grow without bound. Default 64 MiB; at least
    /// <see cref="MaxMessageBytes"/>.
    /// </summary>
    public long MaxQueuedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long opening may wait for Redis before it fails. Default 5 s; <c>connectTimeout=</c> in the connection string wins.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A node holds its id on the channel with a lease in Redis (a key renewed every third of this time), so
    /// that a second node with the same id is refused. The lease of a node that crashed runs out after this
    /// long; a node that starts with that id waits for it at most this long. Default 10 s; from 1 s to 10 min.
    /// </summary>
    public TimeSpan IdLease { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The cluster secret. When set, every message carries an HMAC-SHA256 tag under a key drawn from it and
    /// from <see cref="ChannelName"/>, bound to the sender and the receiver: messages from anyone without the
    /// secret (another Redis client, another cluster) are refused. Every node of a cluster sets the same one.
    /// Null (the default) sends messages as they are: then anyone who can publish on the server can speak for
    /// any node. It does not hide messages (use <c>ssl=true</c> for that) nor stop a replay of a captured one.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Logs go here. Default: none.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>A strict UTF-8 encoding: ids and names that are not valid Unicode are refused, not replaced.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Checks what the settings say and copies them, with the channel's own defaults where the connection string is silent.</summary>
    internal Settings Validate()
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
        catch (Exception ex) when (ex is ArgumentException or FormatException or NotSupportedException or RedisException)
        {
            throw Invalid(nameof(ConnectionString), $"cannot be read: {ex.Message}");
        }

        if (configuration.EndPoints.Count == 0)
        {
            throw Invalid(nameof(ConnectionString), "names no server; give host:port, for example 127.0.0.1:6379");
        }

        if (string.IsNullOrWhiteSpace(ChannelName))
        {
            throw Invalid(nameof(ChannelName), "must not be empty");
        }

        if (ByteCount(ChannelName) is not (> 0 and <= MaxIdBytes))
        {
            throw Invalid(nameof(ChannelName), $"must be valid Unicode of at most {MaxIdBytes} UTF-8 bytes");
        }

        if (MaxMessageBytes is < 64 * 1024 or > 512 * 1024 * 1024)
        {
            throw Invalid(nameof(MaxMessageBytes), $"must be from 64 KiB to 512 MiB (got {MaxMessageBytes})");
        }

        if (MaxQueuedBytes < MaxMessageBytes)
        {
            throw Invalid(nameof(MaxQueuedBytes), $"must be at least MaxMessageBytes ({MaxMessageBytes}; got {MaxQueuedBytes})");
        }

        // A connectTimeout in the connection string wins over the option (the node host has only the string).
        var connectTimeout = ConnectTimeout;
        if (ConnectionString.Contains("connectTimeout=", StringComparison.OrdinalIgnoreCase))
        {
            connectTimeout = TimeSpan.FromMilliseconds(configuration.ConnectTimeout);
        }

        if (connectTimeout <= TimeSpan.Zero || connectTimeout > TimeSpan.FromMinutes(10))
        {
            throw Invalid(nameof(ConnectTimeout), $"must be positive and at most 10 minutes (got {connectTimeout})");
        }

        if (IdLease < TimeSpan.FromSeconds(1) || IdLease > TimeSpan.FromMinutes(10))
        {
            throw Invalid(nameof(IdLease), $"must be from 1 s to 10 minutes (got {IdLease})");
        }

        byte[]? key = null;
        if (Secret is not null)
        {
            if (Secret.Length == 0 || ByteCount(Secret) < 0)
            {
                throw Invalid(nameof(Secret), "must be non-empty valid Unicode, or null for none");
            }

            // A key per cluster: a message of one cluster does not authenticate in another with the same secret.
            key = System.Security.Cryptography.HMACSHA256.HashData(StrictUtf8.GetBytes(Secret), StrictUtf8.GetBytes("conflux redis channel " + ChannelName));
        }

        // The node must start even while Redis is briefly away, and must never queue messages while it is:
        // what cannot be written now is dropped, and Raft sends it again.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = (int)connectTimeout.TotalMilliseconds;
        configuration.ReconnectRetryPolicy ??= new ExponentialRetry(100, 1000);
        if (configuration.KeepAlive <= 0)
        {
            configuration.KeepAlive = 5;
        }

        return new Settings(configuration, ChannelName, MaxMessageBytes, MaxQueuedBytes, connectTimeout, IdLease, key, Secret?.Length ?? 0, LoggerFactory);
    }

    /// <summary>The UTF-8 length of <paramref name="text"/>, or -1 when it is not valid Unicode (a lone surrogate).</summary>
    internal static int ByteCount(string text)
    {
        try
        {
            return StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException)
        {
            return -1;
        }
    }

    /// <summary>The settings as validated, fixed for the channel's life.</summary>
    internal sealed record Settings(
        ConfigurationOptions Configuration,
        string ChannelName,
        int MaxMessageBytes,
        long MaxQueuedBytes,
        TimeSpan ConnectTimeout,
        TimeSpan IdLease,
        byte[]? Key,
        int SecretLength,
        ILoggerFactory? LoggerFactory);
}
