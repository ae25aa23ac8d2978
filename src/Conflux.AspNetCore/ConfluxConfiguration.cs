using System.Globalization;
using Conflux.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Conflux.AspNetCore;

/// <summary>
/// Reads a node's settings from a configuration section (<c>Conflux</c> by default: appsettings.json, environment
/// variables such as <c>Conflux__Id</c>, the command line). A key it does not know, or a value it cannot read, is an
/// error that names the key: a misspelt setting must not be silently ignored.
/// </summary>
internal sealed class ConfluxConfiguration
{
    /// <summary>Every key read, with what it takes: the error for an unknown key lists them.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "Id", "Members", "ClusterSize", "Join", "DataDirectory", "ElectionTimeoutMin", "ElectionTimeoutMax", "HeartbeatInterval",
        "SnapshotEntries", "SnapshotBytes", "MaxActionBytes", "LeaseReads", "Secret", "ClusterId",
    ];

    private ConfluxConfiguration(Dictionary<string, string> addresses, string? secret, string? clusterId)
    {
        Addresses = addresses;
        Secret = secret;
        ClusterId = clusterId ?? "conflux";
        ChannelSettingsGiven = secret is not null || clusterId is not null;
    }

    /// <summary>True when the section gives the TCP channel's secret or cluster id: then it must make that channel.</summary>
    public bool ChannelSettingsGiven { get; }

    /// <summary>The members' cluster addresses given as <c>id=host:port</c>; empty when none was.</summary>
    public IReadOnlyDictionary<string, string> Addresses { get; }

    public string? Secret { get; }

    public string ClusterId { get; }

    /// <summary>
    /// A TCP channel between the members whose addresses the section gives, or null without addresses (the code must
    /// set <see cref="ConfluxOptions{TState, TAction}.Channel"/> then).
    /// </summary>
    public IChannel? Channel(ILoggerFactory? loggerFactory) => Addresses.Count == 0 ? null : new TcpChannel(new TcpChannelOptions
    {
        Peers = Addresses,
        Secret = Secret,
        ClusterId = ClusterId,
        LoggerFactory = loggerFactory,
    });

    /// <summary>Applies the section's settings to <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">A key is unknown or a value cannot be read; the message names it.</exception>
    public static ConfluxConfiguration Read<TState, TAction>(IConfigurationSection section, ConfluxOptions<TState, TAction> options)
    {
        foreach (var child in section.GetChildren())
        {
            if (!Keys.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                throw Invalid(section, child.Key, $"is not a Conflux setting; the settings are {string.Join(", ", Keys)}");
            }
        }

        options.Id = section["Id"] ?? options.Id;
        var addresses = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Members(section) is { } members)
        {
            var ids = new List<string>();
            foreach (var entry in members)
            {
                var eq = entry.IndexOf('=', StringComparison.Ordinal);
                var id = eq < 0 ? entry : entry[..eq];
                if (id.Length == 0 || eq == entry.Length - 1 || ids.Contains(id))
                {
                    throw Invalid(section, "Members", $"entries are ids (n1) or ids with their cluster address (n1=127.0.0.1:7001), each once (got \"{entry}\")");
                }

                ids.Add(id);
                if (eq > 0)
                {
                    addresses[id] = entry[(eq + 1)..];
                }
            }

            if (addresses.Count > 0 && addresses.Count < ids.Count)
            {
                throw Invalid(section, "Members", "give every member's address, or none (and set the channel in code)");
            }

            options.Members = ids;
        }

        options.ClusterSize = Number(section, "ClusterSize", options.ClusterSize, int.Parse);
        options.Join = Flag(section, "Join", options.Join);
        options.DataDirectory = section["DataDirectory"] ?? options.DataDirectory;
        options.ElectionTimeoutMin = Time(section, "ElectionTimeoutMin", options.ElectionTimeoutMin);
        options.ElectionTimeoutMax = Time(section, "ElectionTimeoutMax", options.ElectionTimeoutMax);
        options.HeartbeatInterval = Time(section, "HeartbeatInterval", options.HeartbeatInterval);
        options.SnapshotEntries = Number(section, "SnapshotEntries", options.SnapshotEntries, long.Parse);
        options.SnapshotBytes = Number(section, "SnapshotBytes", options.SnapshotBytes, long.Parse);
        options.MaxActionBytes = Number(section, "MaxActionBytes", options.MaxActionBytes, int.Parse);
        options.LeaseReads = Flag(section, "LeaseReads", options.LeaseReads);
        return new ConfluxConfiguration(addresses, section["Secret"] is { Length: > 0 } secret ? secret : null, section["ClusterId"] is { Length: > 0 } clusterId ? clusterId : null);
    }

    /// <summary>The members as a list (<c>Members:0</c>, <c>Members:1</c>, ...) or one comma-separated value.</summary>
    private static List<string>? Members(IConfigurationSection section)
    {
        var members = section.GetSection("Members");
        if (members.Value is { } text)
        {
            return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        var list = members.GetChildren().Select(c => c.Value?.Trim() ?? "").Where(v => v.Length > 0).ToList();
        return list.Count > 0 ? list : null;
    }

    private static T Number<T>(IConfigurationSection section, string key, T fallback, Func<string, IFormatProvider, T> parse)
    {
        if (section[key] is not { } text)
        {
            return fallback;
        }

        try
        {
            return parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw Invalid(section, key, $"must be a whole number (got \"{text}\")");
        }
    }

    private static bool Flag(IConfigurationSection section, string key, bool fallback) =>
        section[key] is not { } text ? fallback
        : bool.TryParse(text, out var value) ? value
        : throw Invalid(section, key, $"must be true or false (got \"{text}\")");

    /// <summary>A time span as milliseconds (<c>300</c>) or as <c>hh:mm:ss.fff</c> (<c>00:00:00.300</c>).</summary>
    private static TimeSpan Time(IConfigurationSection section, string key, TimeSpan fallback)
    {
        if (section[key] is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span)
            ? span
            : throw Invalid(section, key, $"must be milliseconds (300) or a time span (00:00:00.300) (got \"{text}\")");
    }

    private static ArgumentException Invalid(IConfigurationSection section, string key, string problem) =>
        new($"Invalid configuration: \"{section.Path}:{key}\" {problem}", key);
}
