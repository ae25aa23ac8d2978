using Microsoft.Extensions.Logging;

namespace Conflux.Storage;

/// <summary>Settings of a <see cref="FileLogStore"/>, validated when the store is created with messages that name the bad option.</summary>
public sealed class FileLogStoreOptions
{
    /// <summary>
    /// Default <see cref="SegmentBytes"/>: 16 MiB. A start reads every segment that holds an entry after the snapshot,
    /// the entries before it included: with 64 MiB segments, up to a million small entries that the snapshot covers.
    /// </summary>
    public const long DefaultSegmentBytes = 16L * 1024 * 1024;

    /// <summary>Smallest <see cref="SegmentBytes"/>: 4 KiB (small segments are for tests that roll them often).</summary>
    public const long MinSegmentBytes = 4 * 1024;

    /// <summary>Largest <see cref="SegmentBytes"/>: 1 GiB (a segment is read into memory in one piece at load).</summary>
    public const long MaxSegmentBytes = 1L << 30;

    /// <summary>
    /// The store's directory, created if missing. Required. One node, one directory: the store locks it, and a
    /// second store (in this process or another) cannot open it while the first is open.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>
    /// Skips every fsync. <b>Unsafe</b>: a machine crash or power loss can then lose or tear writes that were
    /// acknowledged, which breaks Raft's guarantees (a node may forget a vote or an entry a majority counted on).
    /// A process crash alone loses nothing. For tests and benchmarks only. Default false.
    /// </summary>
    public bool UnsafeNoFsync { get; set; }

    /// <summary>
    /// A log segment is closed and a new one started once it passes this size; compaction deletes whole
    /// segments. Default <see cref="DefaultSegmentBytes"/>; between <see cref="MinSegmentBytes"/> and
    /// <see cref="MaxSegmentBytes"/>.
    /// </summary>
    public long SegmentBytes { get; set; } = DefaultSegmentBytes;

    /// <summary>Where the store reports repairs (a torn tail cut off at start). Default: none.</summary>
    public ILogger? Logger { get; set; }

    internal void Validate()
    {
        static ArgumentException Invalid(string option, string problem) =>
            new($"Invalid options: \"{option}\" {problem}", option);

        if (string.IsNullOrWhiteSpace(Directory))
        {
            throw Invalid(nameof(Directory), "is required: the directory that holds this node's log and snapshots");
        }

        if (Directory.Contains('\0', StringComparison.Ordinal))
        {
            throw Invalid(nameof(Directory), "must not contain a NUL character");
        }

        if (SegmentBytes is < MinSegmentBytes or > MaxSegmentBytes)
        {
            throw Invalid(nameof(SegmentBytes), $"must be between {MinSegmentBytes} and {MaxSegmentBytes} (got {SegmentBytes})");
        }
    }
}
