using System.Buffers;

namespace Conflux;

/// <summary>
/// A binary form of the state for snapshots, in place of its JSON (<see cref="ConfluxOptions{TState, TAction}.SnapshotFormat"/>):
/// for a large state that reads back much faster from bytes laid out as it keeps them in memory than from JSON it
/// must parse. A node that restarts reads its snapshot before it rejoins the cluster, so this is the time a restart
/// takes; a follower that fell behind also reads one.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Read"/> may keep slices of the memory it is given instead of copying them: that memory stays valid, and
/// unchanged, for as long as anything refers to it. A node on a file store hands the first snapshot it restores (the
/// one a restart finds, or else the first one a leader sends) as a read-only memory map of the snapshot file, kept for
/// the life of the process, so a state that keeps slices of it costs no copy and no fresh memory; the file's pages are
/// then the page cache's, which the kernel may drop and read again (a disk that then fails that read ends the process,
/// as with any memory-mapped store). Any later snapshot (one a leader sends) is handed as an array, so at most one map
/// is kept; the snapshot file it maps keeps its disk space, once the store has compacted it away, until the process
/// ends. Not on Windows, where a mapped file cannot be deleted: there every snapshot is handed as an array.
/// </para>
/// <para>
/// Snapshots of a node with a format are written in it; snapshots in JSON (from before the format was set, or from a
/// node without it) are still read as JSON, so the state's JSON serialization must keep working. A node without the
/// format refuses a snapshot written in it, with an error that says so. As with JSON, the node checks once, before its
/// first snapshot, that the state reads back from what <see cref="Write"/> wrote.
/// </para>
/// </remarks>
/// <typeparam name="TState">The application's state.</typeparam>
public interface IStateSnapshotFormat<TState>
{
    /// <summary>
    /// Writes <paramref name="state"/>. Called off the node's event loop, on a state no reducer changes (states are
    /// immutable): it may take its time.
    /// </summary>
    void Write(TState state, IBufferWriter<byte> output);

    /// <summary>Reads back a state that <see cref="Write"/> wrote; it may keep slices of <paramref name="data"/> (see the remarks).</summary>
    /// <exception cref="FormatException">The bytes are not a state this format wrote; the snapshot is refused.</exception>
    TState Read(ReadOnlyMemory<byte> data);
}
