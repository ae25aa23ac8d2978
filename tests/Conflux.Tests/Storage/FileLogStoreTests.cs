using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Conflux.Consensus;
using Conflux.CrashChild;
using Conflux.Storage;
using Conflux.Tests.Api;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Storage;

public sealed class FileLogStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "conflux-filestore-" + Guid.NewGuid().ToString("N"));

    private string Wal => Path.Combine(_dir, "wal");

    private string Snap => Path.Combine(_dir, "snap");

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void Crc32C_gives_the_standard_check_value_and_folds_in_any_pieces()
    {
        Assert.Equal(0xE3069283u, Crc32C.Compute("123456789"u8));

        var data = Enumerable.Range(0, 100).Select(i => (byte)(i * 37)).ToArray();
        var whole = Crc32C.Compute(data);
        for (var cut = 0; cut <= data.Length; cut += 7)
        {
            Assert.Equal(whole, Crc32C.Finish(Crc32C.Append(Crc32C.Append(Crc32C.Seed, data.AsSpan(0, cut)), data.AsSpan(cut))));
        }
    }

    [Fact]
    public void Options_are_validated_and_the_message_names_the_option()
    {
        var missing = Assert.Throws<ArgumentException>(() => new FileLogStore(new FileLogStoreOptions()));
        Assert.Equal("Directory", missing.ParamName);

        var small = Assert.Throws<ArgumentException>(() => new FileLogStore(new FileLogStoreOptions { Directory = _dir, SegmentBytes = 100 }));
        Assert.Equal("SegmentBytes", small.ParamName);
        Assert.Contains("4096", small.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_before_LoadAsync_and_after_DisposeAsync_are_refused()
    {
        var store = NewStore();
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.SaveAsync(Entries(1, 1, 1), null, sync: true));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.CompactAsync(0));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.CreateSnapshotAsync(new SnapshotMeta(1, 1)));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.OpenSnapshotAsync());
        Assert.False(Directory.Exists(_dir));

        await store.LoadAsync();
        await store.DisposeAsync();
        await store.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.SaveAsync(Entries(1, 1, 1), null, sync: true));
    }

    [Fact]
    public async Task Entries_and_hard_state_survive_a_reopen()
    {
        var expected = new List<Entry>();
        await using (var store = NewStore())
        {
            var empty = await store.LoadAsync();
            Assert.Empty(empty.Entries);
            Assert.Equal(default, empty.HardState);
            Assert.False(empty.Snapshot.Exists);

            await store.SaveAsync(Entries(1, 3, 1), new HardState(1, 2, 0), sync: true);
            await store.SaveAsync(ReadOnlyMemory<Entry>.Empty, new HardState(2, 3, 1), sync: true);
            await store.SaveAsync(new[] { new Entry(4, 2, EntryType.NoOp, ReadOnlyMemory<byte>.Empty) }, null, sync: false);
            await store.SaveAsync(Entries(5, 2, 2, size: 3000), new HardState(2, 3, 5), sync: true);
            expected.AddRange(Entries(1, 3, 1));
            expected.Add(new Entry(4, 2, EntryType.NoOp, ReadOnlyMemory<byte>.Empty));
            expected.AddRange(Entries(5, 2, 2, size: 3000));
        }

        await using (var store = NewStore())
        {
            var loaded = await store.LoadAsync();
            AssertSameEntries(expected, loaded.Entries);
            Assert.Equal(new HardState(2, 3, 5), loaded.HardState);
        }
    }

    [Fact]
    public async Task Segments_and_snapshots_are_read_through_maps_that_are_closed_once_read()
    {
        // Segments and the snapshot are read in place, through memory maps (MappedFile): once loaded, the entries own
        // their data and no file of the store stays mapped (a map read after its file was cut would fault the process).
        var state = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 3)).ToArray();
        await using (var store = NewStore(segmentBytes: 4096))
        {
            await store.LoadAsync();
            await SaveManyAsync(store, batches: 20, perBatch: 10, dataBytes: 100);
            await InstallAsync(store, new SnapshotMeta(120, 1), state, discardLog: false);
        }

        await using (var store = NewStore(segmentBytes: 4096))
        {
            var loaded = await store.LoadAsync();
            AssertSameEntries(Entries(121, 80, 1, size: 100), loaded.Entries);
            Assert.All(loaded.Entries, e => Assert.False(MemoryMarshal.TryGetMemoryManager<byte, MappedFile>(e.Data, out _)));
            Assert.DoesNotContain(_dir, MappedPaths());

            await using var source = await store.OpenSnapshotAsync();
            var stream = Assert.IsType<SnapshotDataStream>(source!.Data);
            stream.ReadExactly(new byte[1000]);
            using (var rest = stream.MapRest())
            {
                Assert.NotNull(rest);
                Assert.Equal(state.AsSpan(1000).ToArray(), rest.GetSpan().ToArray());
                Assert.True(!OperatingSystem.IsLinux() || MappedPaths().Contains(_dir, StringComparison.Ordinal), "the snapshot is mapped");
            }

            Assert.DoesNotContain(_dir, MappedPaths());
        }

        // An empty file maps as no bytes; a closed map refuses to be read.
        var empty = Path.Combine(_dir, "empty");
        File.WriteAllBytes(empty, []);
        using (var map = MappedFile.Open(empty))
        {
            Assert.Equal(0, map.GetSpan().Length);
        }

        var some = MappedFile.Open(Path.Combine(Wal, Directory.GetFiles(Wal).Order(StringComparer.Ordinal).Select(Path.GetFileName).Last()!));
        Assert.True(some.Length > 0);
        ((IDisposable)some).Dispose();
        Assert.Throws<ObjectDisposedException>(() => some.GetSpan());

        // The files this process has mapped (Linux); elsewhere nothing to check.
        static string MappedPaths() => File.Exists("/proc/self/maps") ? File.ReadAllText("/proc/self/maps") : "";
    }

    [Fact]
    public async Task A_conflicting_append_truncates_and_the_truncation_survives_a_reopen()
    {
        await using (var store = NewStore())
        {
            await store.LoadAsync();
            await store.SaveAsync(Entries(1, 10, 1), new HardState(1, 1, 3), sync: true);
            await store.SaveAsync(Entries(6, 3, 2), new HardState(2, 2, 3), sync: true);
        }

        await using (var store = NewStore())
        {
            var loaded = await store.LoadAsync();
            AssertSameEntries([.. Entries(1, 5, 1), .. Entries(6, 3, 2)], loaded.Entries);
            Assert.Equal(new HardState(2, 2, 3), loaded.HardState);

            // The store knows where the log ends: a gap is refused, the next index is not.
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.SaveAsync(Entries(10, 1, 2), null, sync: true));
            await store.SaveAsync(Entries(9, 1, 2), null, sync: true);
        }

        await using (var store = NewStore())
        {
            AssertSameEntries([.. Entries(1, 5, 1), .. Entries(6, 4, 2)], (await store.LoadAsync()).Entries);
        }
    }

    [Fact]
    public async Task Segments_roll_at_the_size_limit_and_reload_in_order_with_truncation_across_segments()
    {
        var expected = new List<Entry>();
        await using (var store = NewStore(segmentBytes: 4096))
        {
            await store.LoadAsync();
            for (var i = 0; i < 100; i++)
            {
                var batch = Entries(1 + (i * 3), 3, 1, size: 100);
                await store.SaveAsync(batch, new HardState(1, 1, i), sync: true);
                expected.AddRange(batch);
            }

            Assert.True(store.SegmentPaths.Count >= 8, $"{store.SegmentPaths.Count} segments");

            // A conflict far back: entry 50 is in the second segment, the active one is much later.
            await store.SaveAsync(Entries(50, 2, 2, size: 100), new HardState(2, 2, 40), sync: true);
            expected.RemoveRange(49, expected.Count - 49);
            expected.AddRange(Entries(50, 2, 2, size: 100));
        }

        Assert.True(Directory.GetFiles(Wal).Length >= 8);
        await using (var store = NewStore(segmentBytes: 4096))
        {
            var loaded = await store.LoadAsync();
            AssertSameEntries(expected, loaded.Entries);
            Assert.Equal(new HardState(2, 2, 40), loaded.HardState);
        }
    }

    [Theory]
    [InlineData("torn")]
    [InlineData("zeros")]
    [InlineData("garbage")]
    public async Task A_torn_tail_is_cut_off_and_later_appends_survive(string damage)
    {
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        using var loggerFactory = new ListLoggerFactory(logs);
        var (segment, ends) = await WriteBatchesAsync(batches: 5, perBatch: 4, commit: i => i);

        // The segment is preallocated: zeros follow the records.
        Assert.True(new FileInfo(segment).Length > ends[5]);
        var intact = 5;
        switch (damage)
        {
            case "torn":
                // What a crash leaves of the last write: its end never reached the disk (the zeros the segment was
                // extended with are still there), the file's length is what it was.
                WriteAt(segment, ends[5] - 5, new byte[5]);
                intact = 4;
                break;
            case "zeros":
                // The end of the preallocated zeros and 100 more, as a file system may leave after a crash.
                await File.AppendAllBytesAsync(segment, new byte[100]);
                break;
            default:
                var garbage = new byte[37];
                new Random(42).NextBytes(garbage);
                WriteAt(segment, ends[5], garbage);
                break;
        }

        await using (var store = NewStore(logger: loggerFactory.CreateLogger("store")))
        {
            var loaded = await store.LoadAsync();
            AssertSameEntries(Entries(1, intact * 4, 1), loaded.Entries);
            Assert.Equal(new HardState(1, 1, intact - 1), loaded.HardState);
            Assert.Equal(ends[intact], store.ActiveEnd);

            // Only entries above the commit index were lost: a warning that says so, and nothing stops. Zeros
            // after the records are no damage at all.
            var warnings = logs.Where(l => l.Level == LogLevel.Warning).Select(l => l.Text).ToArray();
            if (damage == "zeros")
            {
                Assert.Empty(warnings);
            }
            else
            {
                var warning = Assert.Single(warnings);
                Assert.Contains($"torn at offset {ends[intact]}", warning, StringComparison.Ordinal);
                Assert.Contains("never acknowledged", warning, StringComparison.Ordinal);
                Assert.Contains($"the log ends at entry {intact * 4}, which keeps every entry up to the saved commit index, {intact - 1}", warning, StringComparison.Ordinal);
            }

            // A torn tail is cut off; preallocated zeros are only skipped.
            Assert.Equal(damage == "zeros", new FileInfo(segment).Length > ends[intact]);

            await store.SaveAsync(Entries(1 + (intact * 4), 2, 2), null, sync: true);
        }

        await using (var store = NewStore())
        {
            AssertSameEntries([.. Entries(1, intact * 4, 1), .. Entries(1 + (intact * 4), 2, 2)], (await store.LoadAsync()).Entries);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_last_segment_cut_short_inside_a_record_is_refused_with_what_was_lost_and_nothing_is_changed(bool commitKnown)
    {
        // Batches of 10 entries. With commitKnown, each batch carries the commit of its own entries (a follower that
        // gets them with the leader's commit index); else the commit of the batch before (a leader, whose commit
        // follows its writes), so that the commit indexes that would show the loss are in what was cut off.
        var (segment, ends) = await WriteBatchesAsync(batches: 4, perBatch: 10, commit: i => commitKnown ? (i + 1) * 10 : i * 10);

        // Cut in the middle of the third batch's entries, as an interrupted copy or a disk fault may leave it.
        using (var file = new FileStream(segment, FileMode.Open))
        {
            file.SetLength(ends[2] + 100);
        }

        var before = ReadAllFiles();
        await using (var store = NewStore())
        {
            var ex = await Assert.ThrowsAsync<StorageException>(async () => await store.LoadAsync());
            Assert.Contains($"{segment} was cut short: it ends at offset {ends[2] + 100}, inside the record that starts at offset {ends[2]} "
                + $"and is {ends[3] - ends[2]} bytes long", ex.Message, StringComparison.Ordinal);
            Assert.Contains(commitKnown
                ? "Entries up to 30 were committed (acknowledged to clients), but the log left on this node ends at entry 20: entries 21 to 30 are lost on this node"
                : "the log left on this node ends at entry 20; every entry it had written after that is lost", ex.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("This is damage, not a torn write", ex.Message, StringComparison.Ordinal);
            Assert.Contains($"Restore {_dir} from a backup, or replace this node", ex.Message, StringComparison.Ordinal);
        }

        AssertSameFiles(before, ReadAllFiles());
    }

    [Fact]
    public async Task A_hard_state_whose_commit_index_is_beyond_the_log_is_refused()
    {
        await using (var store = NewStore())
        {
            await store.LoadAsync();
            await store.SaveAsync(Entries(1, 5, 1), new HardState(1, 1, 5), sync: true);

            // What no node writes: entries 6 to 8 committed, and not in the log.
            await store.SaveAsync(ReadOnlyMemory<Entry>.Empty, new HardState(1, 1, 8), sync: true);
        }

        await using (var store = NewStore())
        {
            var ex = await Assert.ThrowsAsync<StorageException>(async () => await store.LoadAsync());
            Assert.Contains("ends at entry 5", ex.Message, StringComparison.Ordinal);
            Assert.Contains("entries up to 8 were committed (acknowledged to clients): entries 6 to 8 are lost on this node", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_zeros_a_segment_is_extended_with_are_flushed_before_a_record_goes_into_them()
    {
        await using var store = NewStore(segmentBytes: 8192);
        await store.LoadAsync();
        var io = new List<string>();
        store.BeforeIo = io.Add;

        // Inside the first 8 KiB: one write and its fsync.
        await store.SaveAsync(Entries(1, 1, 1, size: 100), null, sync: true);
        Assert.Equal(["write", "fsync"], io);

        // Past them: the zeros, their fsync, then the record and its fsync. A crash cannot leave the file ending
        // inside the record, so a file that does was cut by something else.
        io.Clear();
        await store.SaveAsync(Entries(2, 1, 1, size: 8192), null, sync: true);
        Assert.Equal(["write", "fsync", "write", "fsync"], io);
    }

    [Fact]
    public async Task A_damaged_record_followed_by_valid_ones_is_refused_and_nothing_is_changed()
    {
        var (segment, ends) = await WriteBatchesAsync(batches: 5, perBatch: 4, commit: i => i);

        // One bit of the third batch's data.
        FlipByte(segment, ends[2] + 30);
        var before = ReadAllFiles();

        await using (var store = NewStore())
        {
            var ex = await Assert.ThrowsAsync<StorageException>(async () => await store.LoadAsync());
            Assert.Contains(Path.GetFileName(segment), ex.Message, StringComparison.Ordinal);
            Assert.Contains($"offset {ends[2]}", ex.Message, StringComparison.Ordinal);
            Assert.Contains($"valid one at offset {ends[3]}", ex.Message, StringComparison.Ordinal);
        }

        AssertSameFiles(before, ReadAllFiles());
    }

    [Fact]
    public async Task Segments_are_preallocated_with_zeros_and_cut_to_their_records_when_closed()
    {
        IReadOnlyList<string> segments;
        long end;
        await using (var store = NewStore(segmentBytes: 8192))
        {
            await store.LoadAsync();
            var segment = Assert.Single(store.SegmentPaths);

            // Synced appends inside the preallocated zeros leave the file's size as it is.
            var size = new FileInfo(segment).Length;
            Assert.Equal(8192, size);
            await store.SaveAsync(Entries(1, 3, 1, 100), new HardState(1, 1, 0), sync: true);
            await store.SaveAsync(Entries(4, 3, 1, 100), new HardState(1, 1, 3), sync: true);
            Assert.Equal(size, new FileInfo(segment).Length);
            Assert.True(store.ActiveEnd is > 600 and < 8192);

            await SaveManyAsync(store, batches: 100, perBatch: 3, dataBytes: 100, from: 7);
            segments = store.SegmentPaths;
            end = store.ActiveEnd;
        }

        Assert.True(segments.Count >= 4);
        foreach (var closed in segments.SkipLast(1))
        {
            // A closed segment ends with its last record: no zeros.
            var bytes = await File.ReadAllBytesAsync(closed);
            Assert.NotEqual(0, bytes[^1]);
        }

        // A crash between closing a segment and cutting it leaves zeros after its records, which the load skips.
        await File.AppendAllBytesAsync(segments[1], new byte[3000]);
        await using (var store = NewStore(segmentBytes: 8192))
        {
            var loaded = await store.LoadAsync();
            AssertSameEntries(Entries(1, 6 + (100 * 3), 1, 100), loaded.Entries);
            Assert.Equal(end, store.ActiveEnd);
            await store.SaveAsync(Entries(307, 1, 2, 100), null, sync: true);
        }

        await using (var store = NewStore(segmentBytes: 8192))
        {
            var loaded = await store.LoadAsync();
            Assert.Equal(307, loaded.Entries[^1].Index);
            Assert.Equal(2, loaded.Entries[^1].Term);
        }
    }

    [Fact]
    public async Task A_damaged_record_in_a_segment_that_is_not_the_last_is_refused_and_nothing_is_changed()
    {
        IReadOnlyList<string> segments;
        await using (var store = NewStore(segmentBytes: 4096))
        {
            await store.LoadAsync();
            await SaveManyAsync(store, batches: 60, perBatch: 3, dataBytes: 100);
            segments = store.SegmentPaths;
        }

        // The very last byte of the first segment: its last record, with nothing after it in that file.
        FlipByte(segments[0], new FileInfo(segments[0]).Length - 1);
        var before = ReadAllFiles();

        await using (var store = NewStore(segmentBytes: 4096))
        {
            var ex = await Assert.ThrowsAsync<StorageException>(async () => await store.LoadAsync());
            Assert.Contains(Path.GetFileName(segments[0]), ex.Message, StringComparison.Ordinal);
            Assert.Contains("not the last", ex.Message, StringComparison.Ordinal);
        }

        AssertSameFiles(before, ReadAllFiles());
    }

    [Fact]
    public async Task A_missing_segment_is_refused_and_nothing_is_changed()
    {
        IReadOnlyList<string> segments;
        await using (var store = NewStore(segmentBytes: 4096))
        {
            await store.LoadAsync();
            await SaveManyAsync(store, batches: 60, perBatch: 3, dataBytes: 100);
            segments = store.SegmentPaths;
        }

        Assert.True(segments.Count >= 4);
        File.Delete(segments[2]);
        var before = ReadAllFiles();

        await using (var store = NewStore(segmentBytes: 4096))
        {
            var ex = await Assert.ThrowsAsync<StorageException>(async () => await store.LoadAsync());
            Assert.Contains("missing", ex.Message, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(segments[1]), ex.Message, StringComparison.Ordinal);
        }

        AssertSameFiles(before, ReadAllFiles());

        // Without a snapshot, losing the oldest segments is a gap as well.
        File.Delete(segments[0]);
        File.Delete(segments[1]);
        await using (var store = NewStore(segmentBytes: 4096))
        {
            var ex = await Assert.ThrowsAsync<StorageException>(async () => await store.LoadAsync());
            Assert.Contains("missing", ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public async Task A_segment_torn_while_it_was_created_is_deleted(int headerBytes)
    {
        string first;
        await using (var store = NewStore())
        {
            await store.LoadAsync();
            await store.SaveAsync(Entries(1, 5, 1), new HardState(1, 1, 2), sync: true);
            first = Assert.Single(store.SegmentPaths);
        }

        // The next segment exists with part of its header only, as if the process died while creating it.
        var second = Path.Combine(Wal, "00000000000000000002.wal");
        await File.WriteAllBytesAsync(second, File.ReadAllBytes(first).AsSpan(0, headerBytes).ToArray());

        await using (var store = NewStore())
        {
            var loaded = await store.LoadAsync();
            AssertSameEntries(Entries(1, 5, 1), loaded.Entries);
            Assert.Equal(new HardState(1, 1, 2), loaded.HardState);
            Assert.False(File.Exists(second));
            Assert.Equal([first], store.SegmentPaths);
        }
    }

    [Fact]
    public async Task A_snapshot_and_compaction_delete_old_segments_and_reload_returns_the_snapshot_and_the_entries_after_it()
    {
        var data = Enumerable.Range(0, 5000).Select(i => (byte)(i * 11)).ToArray();
        int segmentsBefore;
        await using (var store = NewStore(segmentBytes: 4096))
        {
            await store.LoadAsync();
            await SaveManyAsync(store, batches: 20, perBatch: 10, dataBytes: 100);
            segmentsBefore = store.SegmentPaths.Count;
            Assert.True(segmentsBefore >= 5, $"{segmentsBefore} segments");

            await InstallAsync(store, new SnapshotMeta(100, 1), [1, 2, 3], discardLog: false);
            await InstallAsync(store, new SnapshotMeta(150, 1), data, discardLog: false);
            Assert.Equal(["00000000000000000150-00000000000000000001.snap"], Directory.GetFiles(Snap).Select(Path.GetFileName));

            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.CompactAsync(151));
            await store.CompactAsync(150);
            Assert.True(store.SegmentPaths.Count < segmentsBefore - 2, $"{store.SegmentPaths.Count} of {segmentsBefore} segments left");
            Assert.Equal(store.SegmentPaths, Directory.GetFiles(Wal).Order(StringComparer.Ordinal));
        }

        await using (var store = NewStore(segmentBytes: 4096))
        {
            var loaded = await store.LoadAsync();
            Assert.Equal(new SnapshotMeta(150, 1), loaded.Snapshot);
            AssertSameEntries(Entries(151, 50, 1, size: 100), loaded.Entries);
            Assert.Equal(new HardState(1, 1, 19), loaded.HardState);

            await using var source = await store.OpenSnapshotAsync();
            Assert.NotNull(source);
            Assert.Equal(new SnapshotMeta(150, 1), source.Meta);
            Assert.Equal(data.Length, source.Length);
            using var copy = new MemoryStream();
            await source.Data.CopyToAsync(copy);
            Assert.Equal(data, copy.ToArray());
        }
    }

    [Fact]
    public async Task Installing_a_snapshot_with_discardLog_drops_the_log_and_it_continues_after_the_snapshot()
    {
        await using (var store = NewStore(segmentBytes: 4096))
        {
            await store.LoadAsync();
            await SaveManyAsync(store, batches: 20, perBatch: 5, dataBytes: 100);
            Assert.True(store.SegmentPaths.Count > 1);

            await InstallAsync(store, new SnapshotMeta(500, 3), [7, 7, 7], discardLog: true);
            Assert.Single(Directory.GetFiles(Wal));

            await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.SaveAsync(Entries(101, 1, 1), null, sync: true));
            await store.SaveAsync(Entries(501, 5, 3), new HardState(3, 2, 502), sync: true);
        }

        await using (var store = NewStore(segmentBytes: 4096))
        {
            var loaded = await store.LoadAsync();
            Assert.Equal(new SnapshotMeta(500, 3), loaded.Snapshot);
            AssertSameEntries(Entries(501, 5, 3), loaded.Entries);
            Assert.Equal(new HardState(3, 2, 502), loaded.HardState);
        }
    }

    [Fact]
    public async Task A_crash_between_installing_a_snapshot_and_the_reset_drops_a_log_whose_term_disagrees()
    {
        await using (var store = NewStore())
        {
            await store.LoadAsync();
            await store.SaveAsync(Entries(1, 10, 1), new HardState(2, 1, 5), sync: true);

            // The snapshot is renamed into place; the process "dies" writing the reset record.
            var sink = await store.CreateSnapshotAsync(new SnapshotMeta(8, 2));
            await sink.Data.WriteAsync(new byte[] { 1, 2, 3 });
            store.BeforeIo = kind =>
            {
                if (kind == "write")
                {
                    throw new IOException("simulated crash");
                }
            };
            await Assert.ThrowsAsync<StorageException>(async () => await store.InstallSnapshotAsync(sink, discardLog: true));
            await sink.DisposeAsync();
        }

        await using (var store = NewStore())
        {
            var loaded = await store.LoadAsync();
            Assert.Equal(new SnapshotMeta(8, 2), loaded.Snapshot);
            Assert.Empty(loaded.Entries);
            Assert.Equal(new HardState(2, 1, 5), loaded.HardState);
            await store.SaveAsync(Entries(9, 2, 2), null, sync: true);
        }

        // The term-1 entries at 9 and 10 never come back, and the new ones follow the snapshot.
        await using (var store = NewStore())
        {
            AssertSameEntries(Entries(9, 2, 2), (await store.LoadAsync()).Entries);
        }
    }

    [Fact]
    public async Task A_log_that_agrees_with_the_snapshot_term_keeps_its_suffix()
    {
        await using (var store = NewStore())
        {
            await store.LoadAsync();
            await store.SaveAsync(Entries(1, 10, 1), null, sync: true);
            await InstallAsync(store, new SnapshotMeta(8, 1), [1], discardLog: false);
        }

        await using (var store = NewStore())
        {
            var loaded = await store.LoadAsync();
            Assert.Equal(new SnapshotMeta(8, 1), loaded.Snapshot);
            AssertSameEntries(Entries(9, 2, 1), loaded.Entries);
        }
    }

    /// <summary>
    /// The entries a snapshot holds are not kept as the log is read back, only the term at the snapshot's index: these
    /// logs rewrite entries before and across that index, and what is kept must be what the whole log says.
    /// </summary>
    [Theory]
    [InlineData("across", 2, 9)] // 1-10 of term 1, then 6-12 of term 2: the snapshot's entry is of term 2.
    [InlineData("across", 1, 0)] // The same log, a snapshot of term 1 at 8: the log does not continue it.
    [InlineData("before", 2, 9)] // 1-10 of term 1, 4-6 of term 2, 7-12 of term 2: rewritten before the snapshot only.
    [InlineData("before", 1, 0)]
    [InlineData("after", 1, 9)] // 1-10 of term 1, 10-12 of term 2: rewritten after the snapshot only.
    public async Task Entries_a_snapshot_holds_are_dropped_as_the_log_is_read_and_rewrites_around_it_still_count(string rewrite, long snapshotTerm, long firstKept)
    {
        await using (var store = NewStore())
        {
            await store.LoadAsync();
            await store.SaveAsync(Entries(1, 10, 1), null, sync: true);
            switch (rewrite)
            {
                case "across":
                    await store.SaveAsync(Entries(6, 7, 2), null, sync: true);
                    break;
                case "before":
                    await store.SaveAsync(Entries(4, 3, 2), null, sync: true);
                    await store.SaveAsync(Entries(7, 6, 2), null, sync: true);
                    break;
                default:
                    await store.SaveAsync(Entries(10, 3, 2), null, sync: true);
                    break;
            }

            await InstallAsync(store, new SnapshotMeta(8, snapshotTerm), [1], discardLog: false);
        }

        await using (var store = NewStore())
        {
            var loaded = await store.LoadAsync();
            Assert.Equal(new SnapshotMeta(8, snapshotTerm), loaded.Snapshot);
            if (firstKept == 0)
            {
                // Reset to the snapshot: the log continues after it.
                Assert.Empty(loaded.Entries);
                await store.SaveAsync(Entries(9, 1, 3), null, sync: true);
            }
            else
            {
                var expected = rewrite == "after" ? [.. Entries(9, 1, 1), .. Entries(10, 3, 2)] : Entries(9, 4, 2);
                AssertSameEntries(expected, loaded.Entries);
                await store.SaveAsync(Entries(13, 1, 3), null, sync: true);
            }
        }

        await using (var store = NewStore())
        {
            var loaded = await store.LoadAsync();
            Assert.Equal(firstKept == 0 ? 9 : 13, loaded.Entries[^1].Index);
            Assert.Equal(9, loaded.Entries[0].Index);
        }
    }

    /// <summary>
    /// Whole segments of entries a snapshot holds: checked, dropped, and the next segment's header still has to continue
    /// them (the last one dropped is the log's end until then).
    /// </summary>
    [Theory]
    [InlineData(2L, false)]
    [InlineData(1L, false)] // The log's entry at the snapshot's index is of term 2: the log is reset to the snapshot.
    [InlineData(2L, true)] // A reset record (a snapshot installed with the log dropped) below the snapshot's index.
    public async Task Segments_whose_entries_a_snapshot_holds_are_checked_and_dropped_and_the_log_goes_on_after_it(long snapshotTerm, bool resetBefore)
    {
        await using (var store = NewStore(segmentBytes: 4096))
        {
            await store.LoadAsync();
            var from = 1L;
            if (resetBefore)
            {
                await InstallAsync(store, new SnapshotMeta(39, 1), [1], discardLog: true);
                from = 40;
            }

            // Entries of term 1 to 90, then of term 2 to 180: many segments of 4 KB. Committed up to 90 (a snapshot
            // that disagrees with the log at 150 cannot follow a commit there).
            for (var index = from; index <= 180; index += 3)
            {
                var term = index <= 90 ? 1 : 2;
                await store.SaveAsync(Entries(index, 3, term, size: 100), new HardState(term, 1, Math.Min(index, 90)), sync: true);
            }

            Assert.True(store.SegmentPaths.Count >= 4, $"{store.SegmentPaths.Count} segments");
            await InstallAsync(store, new SnapshotMeta(150, snapshotTerm), [1], discardLog: false);
        }

        var kept = snapshotTerm == 2 ? Entries(151, 30, 2, size: 100) : [];
        await using (var store = NewStore(segmentBytes: 4096))
        {
            var loaded = await store.LoadAsync();
            Assert.Equal(new SnapshotMeta(150, snapshotTerm), loaded.Snapshot);
            AssertSameEntries(kept, loaded.Entries);
            await store.SaveAsync(Entries(kept.Length == 0 ? 151 : 181, 1, 3, size: 100), null, sync: true);
        }

        await using (var store = NewStore(segmentBytes: 4096))
        {
            var loaded = await store.LoadAsync();
            AssertSameEntries([.. kept, .. Entries(kept.Length == 0 ? 151 : 181, 1, 3, size: 100)], loaded.Entries);
        }
    }

    [Fact]
    public async Task A_log_that_ends_before_the_snapshot_is_reset_to_it_and_appends_follow_the_snapshot()
    {
        await using (var store = NewStore())
        {
            await store.LoadAsync();
            await store.SaveAsync(Entries(1, 5, 1), null, sync: true);
            await InstallAsync(store, new SnapshotMeta(50, 2), [1], discardLog: false);
        }

        await using (var store = NewStore())
        {
            var loaded = await store.LoadAsync();
            Assert.Empty(loaded.Entries);
            await store.SaveAsync(Entries(51, 2, 2), null, sync: true);
        }

        await using (var store = NewStore())
        {
            var loaded = await store.LoadAsync();
            Assert.Equal(new SnapshotMeta(50, 2), loaded.Snapshot);
            AssertSameEntries(Entries(51, 2, 2), loaded.Entries);
        }
    }

    [Fact]
    public async Task A_log_that_starts_after_the_snapshot_leaves_a_gap_and_is_refused()
    {
        IReadOnlyList<string> segments;
        await using (var store = NewStore(segmentBytes: 4096))
        {
            await store.LoadAsync();
            await SaveManyAsync(store, batches: 40, perBatch: 5, dataBytes: 100);
            await InstallAsync(store, new SnapshotMeta(10, 1), [1], discardLog: false);
            segments = store.SegmentPaths;
        }

        // Segments whose entries the snapshot does not cover are lost.
        File.Delete(segments[0]);
        File.Delete(segments[1]);
        var before = ReadAllFiles();
        await using (var store = NewStore(segmentBytes: 4096))
        {
            var ex = await Assert.ThrowsAsync<StorageException>(async () => await store.LoadAsync());
            Assert.Contains("entries 11 to", ex.Message, StringComparison.Ordinal);
        }

        AssertSameFiles(before, ReadAllFiles());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_corrupt_snapshot_is_refused(bool truncate)
    {
        await using (var store = NewStore())
        {
            await store.LoadAsync();
            await store.SaveAsync(Entries(1, 10, 1), null, sync: true);
            await InstallAsync(store, new SnapshotMeta(10, 1), new byte[1000], discardLog: true);
        }

        var snapshot = Assert.Single(Directory.GetFiles(Snap));
        if (truncate)
        {
            using var file = new FileStream(snapshot, FileMode.Open);
            file.SetLength(500);
        }
        else
        {
            FlipByte(snapshot, 500);
        }

        var before = ReadAllFiles();
        await using (var store = NewStore())
        {
            var ex = await Assert.ThrowsAsync<StorageException>(async () => await store.LoadAsync());
            Assert.Contains(Path.GetFileName(snapshot), ex.Message, StringComparison.Ordinal);
            Assert.Contains("corrupt", ex.Message, StringComparison.Ordinal);
        }

        AssertSameFiles(before, ReadAllFiles());
    }

    [Fact]
    public async Task Leftover_temporary_snapshots_are_removed_at_load_and_an_abandoned_sink_leaves_nothing()
    {
        await using (var store = NewStore())
        {
            await store.LoadAsync();
            var sink = await store.CreateSnapshotAsync(new SnapshotMeta(3, 1));
            await sink.Data.WriteAsync(new byte[100]);
            Assert.Single(Directory.GetFiles(Snap));
            await sink.DisposeAsync();
            Assert.Empty(Directory.GetFiles(Snap));
        }

        await File.WriteAllBytesAsync(Path.Combine(Snap, "00000000000000000003-00000000000000000001.snap.1.tmp"), new byte[10]);
        await using (var store = NewStore())
        {
            await store.LoadAsync();
            Assert.Empty(Directory.GetFiles(Snap));
            Assert.Null(await store.OpenSnapshotAsync());
        }
    }

    [Fact]
    public async Task A_second_store_cannot_open_a_directory_in_use()
    {
        await using var first = NewStore();
        await first.LoadAsync();

        await using var second = NewStore();
        var ex = await Assert.ThrowsAsync<StorageException>(async () => await second.LoadAsync());
        Assert.Contains("in use", ex.Message, StringComparison.Ordinal);

        await first.DisposeAsync();
        var loaded = await second.LoadAsync();
        Assert.Empty(loaded.Entries);
    }

    [Fact]
    public async Task After_a_failed_fsync_every_write_is_refused_without_touching_the_disk()
    {
        await using var store = NewStore();
        await store.LoadAsync();
        await store.SaveAsync(Entries(1, 3, 1), new HardState(1, 1, 0), sync: true);
        var sink = await store.CreateSnapshotAsync(new SnapshotMeta(3, 1));
        await sink.Data.WriteAsync(new byte[] { 1 });

        var io = 0;
        store.BeforeIo = kind =>
        {
            io++;
            if (kind == "fsync")
            {
                throw new IOException("simulated fsync failure");
            }
        };
        var ex = await Assert.ThrowsAsync<StorageException>(async () => await store.SaveAsync(Entries(4, 1, 1), null, sync: true));
        Assert.Contains("nothing in this batch may be acknowledged", ex.Message, StringComparison.Ordinal);
        Assert.Contains("simulated fsync failure", ex.Message, StringComparison.Ordinal);

        var before = ReadAllFiles();
        var ioBefore = io;
        store.BeforeIo = _ => io++;
        await Assert.ThrowsAsync<StorageException>(async () => await store.SaveAsync(Entries(4, 1, 1), null, sync: true));
        await Assert.ThrowsAsync<StorageException>(async () => await store.SaveAsync(ReadOnlyMemory<Entry>.Empty, new HardState(2, 1, 0), sync: false));
        await Assert.ThrowsAsync<StorageException>(async () => await store.InstallSnapshotAsync(sink, discardLog: false));
        await Assert.ThrowsAsync<StorageException>(async () => await store.CompactAsync(0));
        await Assert.ThrowsAsync<StorageException>(async () => await store.CreateSnapshotAsync(new SnapshotMeta(3, 1)));
        Assert.Equal(ioBefore, io);
        AssertSameFiles(before, ReadAllFiles());
        await sink.DisposeAsync();
    }

    [Theory]
    [InlineData("snapshot create", 24, "Too many open files")]
    [InlineData("snapshot write", 28, "No space left on device")]
    [InlineData("snapshot fsync", 28, "No space left on device")]
    [InlineData("snapshot rename", 28, "No space left on device")]
    public async Task A_snapshot_that_cannot_be_written_is_discarded_and_the_store_stays_writable(string kind, int errno, string reason)
    {
        const string previous = "00000000000000000005-00000000000000000001.snap";
        await using (var store = NewStore())
        {
            await store.LoadAsync();
            await store.SaveAsync(Entries(1, 10, 1), new HardState(1, 1, 10), sync: true);
            await InstallAsync(store, new SnapshotMeta(5, 1), [5], discardLog: false);

            // Out of file descriptors (EMFILE) or of space (ENOSPC) while the snapshot is created, written,
            // flushed or renamed into place.
            store.BeforeIo = k =>
            {
                if (k == kind)
                {
                    throw new IOException(reason, errno);
                }
            };
            SnapshotSink? sink = null;
            var ex = await Assert.ThrowsAsync<SnapshotWriteException>(async () =>
            {
                sink = await store.CreateSnapshotAsync(new SnapshotMeta(10, 1));
                await sink.Data.WriteAsync(new byte[100_000]);
                await sink.Data.FlushAsync();
                await store.InstallSnapshotAsync(sink, discardLog: false);
            });
            Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
            Assert.Contains("stays writable", ex.Message, StringComparison.Ordinal);

            // The temporary file is gone at once (its descriptor too), before the sink is disposed; the
            // previous snapshot is still the latest.
            Assert.Equal([previous], Directory.GetFiles(Snap).Select(Path.GetFileName));
            if (sink is not null)
            {
                await Assert.ThrowsAsync<SnapshotWriteException>(async () => await sink.Data.WriteAsync(new byte[1]));
                await sink.DisposeAsync();
            }

            await using (var source = await store.OpenSnapshotAsync())
            {
                Assert.Equal(new SnapshotMeta(5, 1), source!.Meta);
            }

            // The fault clears: the log takes appends and the next snapshot goes in.
            store.BeforeIo = null;
            await store.SaveAsync(Entries(11, 5, 1), new HardState(1, 1, 15), sync: true);
            await InstallAsync(store, new SnapshotMeta(15, 1), [15], discardLog: false);
            await store.CompactAsync(15);
        }

        await using (var store = NewStore())
        {
            var loaded = await store.LoadAsync();
            Assert.Equal(new SnapshotMeta(15, 1), loaded.Snapshot);
            Assert.Empty(loaded.Entries);
            Assert.Equal(new HardState(1, 1, 15), loaded.HardState);
            Assert.Equal(["00000000000000000015-00000000000000000001.snap"], Directory.GetFiles(Snap).Select(Path.GetFileName));
        }
    }

    [Fact]
    public async Task A_failed_fsync_of_the_directory_after_a_snapshot_is_renamed_in_fails_the_store()
    {
        await using var store = NewStore();
        await store.LoadAsync();
        await store.SaveAsync(Entries(1, 10, 1), new HardState(1, 1, 10), sync: true);
        var sink = await store.CreateSnapshotAsync(new SnapshotMeta(10, 1));
        await sink.Data.WriteAsync(new byte[] { 1, 2, 3 });
        store.BeforeIo = kind =>
        {
            if (kind == "fsync")
            {
                throw new IOException("Input/output error", 5);
            }
        };

        // The snapshot is in place but whether a crash would keep it is unknown: the store fails for good.
        var ex = await Assert.ThrowsAsync<StorageException>(async () => await store.InstallSnapshotAsync(sink, discardLog: false));
        Assert.Contains("The node must stop", ex.Message, StringComparison.Ordinal);
        store.BeforeIo = null;
        await Assert.ThrowsAsync<StorageException>(async () => await store.SaveAsync(Entries(11, 1, 1), null, sync: true));
        await sink.DisposeAsync();
    }

    [Fact]
    public async Task The_disk_stays_bounded_when_snapshots_and_compaction_follow_the_log()
    {
        // 20,100 entries of 100 bytes (about 2.4 MB of records) with a snapshot and compaction every 500
        // entries (about 61 KB of records): the directory never holds more than those 500 entries, one
        // partly filled 4 KiB segment and the 1 KiB snapshot, well under 96 KiB.
        const long bound = 96 * 1024;
        const int perBatch = 10;
        const int entriesPerSnapshot = 500;
        var largest = 0L;
        await using (var store = NewStore(segmentBytes: 4096, noFsync: true))
        {
            await store.LoadAsync();
            for (var batch = 0; batch < 2010; batch++)
            {
                var last = (batch + 1) * perBatch;
                await store.SaveAsync(Entries(last - perBatch + 1, perBatch, 1, size: 100), new HardState(1, 1, last), sync: true);
                if (last % entriesPerSnapshot == 0)
                {
                    largest = Math.Max(largest, DirectoryBytes());
                    await InstallAsync(store, new SnapshotMeta(last, 1), new byte[1024], discardLog: false);
                    await store.CompactAsync(last);
                    Assert.True(store.SegmentPaths.Count <= 2, $"{store.SegmentPaths.Count} segments after compacting to {last}");
                }
            }

            largest = Math.Max(largest, DirectoryBytes());
        }

        Assert.True(largest <= bound, $"the store grew to {largest} bytes");
        await using (var store = NewStore(segmentBytes: 4096, noFsync: true))
        {
            var loaded = await store.LoadAsync();
            Assert.Equal(new SnapshotMeta(20_000, 1), loaded.Snapshot);
            AssertSameEntries(Entries(20_001, 100, 1, size: 100), loaded.Entries);
        }
    }

    [Fact]
    public async Task Every_acknowledged_entry_survives_kill_9_and_the_restarted_process_continues()
    {
        long acked = 0;
        for (var run = 0; run < 4; run++)
        {
            var (loaded, lastAck) = await RunChildUntilAcksAsync(acks: 20);
            Assert.True(loaded >= acked, $"run {run}: the child loaded {loaded} entries, {acked} were acknowledged before");
            Assert.True(lastAck > loaded);
            acked = lastAck;

            await using var store = NewStore(CrashPayload.SegmentBytes);
            var state = await store.LoadAsync();
            Assert.True(state.Entries.Count >= acked, $"run {run}: {state.Entries.Count} entries survived, {acked} were acknowledged");
            AssertSameEntries([.. Enumerable.Range(1, state.Entries.Count).Select(i => CrashPayload.EntryAt(i))], state.Entries);
            Assert.True(state.HardState.Commit >= acked);
        }
    }

    [Fact]
    public async Task A_node_on_a_file_store_keeps_its_committed_actions_across_a_restart()
    {
        var cluster = $"file-store-{Guid.NewGuid():N}";
        await using (var store = NewStore())
        {
            var options = TestCluster.Options(cluster, "node-1", 1);
            options.Storage = store;
            await using var node = await ConfluxNode.StartAsync(options);
            await node.PerformAsync("append", "x");
            await node.PerformAsync("append", "y");
        }

        await using (var store = NewStore())
        {
            var options = TestCluster.Options(cluster, "node-1", 1);
            options.Storage = store;
            await using var node = await ConfluxNode.StartAsync(options);
            await node.PerformAsync("append", "z");
            Assert.Equal(["x", "y", "z"], node.State.Select(a => a.A));
        }
    }

    [Fact]
    public async Task A_snapshot_whose_state_reads_as_null_fails_the_start_as_a_damaged_one_does()
    {
        var cluster = $"file-store-{Guid.NewGuid():N}";
        ConfluxOptions<ImmutableList<TestAction>, TestAction> Options(FileLogStore store, JsonSerializerOptions? json = null)
        {
            var options = TestCluster.Options(cluster, "node-1", 1);
            options.Storage = store;
            options.SnapshotEntries = 5;
            options.JsonOptions = json;
            return options;
        }

        await using (var store = NewStore())
        {
            await using var node = await ConfluxNode.StartAsync(Options(store));
            for (var i = 0; i < 12; i++)
            {
                await node.PerformAsync("append", $"a{i}");
            }

            await Eventually.HoldsAsync(() => Directory.GetFiles(Snap, "*.snap").Length > 0, "a snapshot is written");
        }

        // A converter that reads the state as null: the node refuses to start, rather than run with no state.
        await using (var store = NewStore())
        {
            var json = new JsonSerializerOptions { Converters = { new NullListConverter() } };
            var failure = await Assert.ThrowsAsync<StorageException>(async () => await ConfluxNode.StartAsync(Options(store, json)));
            Assert.Contains("the state is null", failure.Message, StringComparison.Ordinal);
        }

        await using (var store = NewStore())
        {
            // Nothing was changed: the same store starts as it was (the log after the snapshot is applied as it commits).
            await using var node = await ConfluxNode.StartAsync(Options(store));
            Assert.DoesNotContain(_dir, File.Exists("/proc/self/maps") ? File.ReadAllText("/proc/self/maps") : "");
            await node.PerformAsync("append", "a12");
            Assert.Equal(Enumerable.Range(0, 13).Select(i => $"a{i}"), node.State.Select(a => a.A));
        }
    }

    private sealed class NullListConverter : System.Text.Json.Serialization.JsonConverter<ImmutableList<TestAction>>
    {
        public override ImmutableList<TestAction>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            reader.Skip();
            return null;
        }

        public override void Write(Utf8JsonWriter writer, ImmutableList<TestAction> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToArray(), options);
    }

    private async Task<(long Loaded, long Acked)> RunChildUntilAcksAsync(int acks)
    {
        using var process = ChildProcess.Start("wal", _dir);
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            long loaded = -1, acked = 0;
            for (var seen = 0; seen < acks;)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The child exited before {acks} acks: {await errors}");
                var parts = line.Split(' ');
                var value = long.Parse(parts[1], CultureInfo.InvariantCulture);
                if (parts[0] == "loaded")
                {
                    loaded = value;
                }
                else if (parts[0] == "acked")
                {
                    Assert.True(value > acked, $"ack {value} after {acked}");
                    acked = value;
                    seen++;
                }
            }

            return (loaded, acked);
        }
        finally
        {
            await ChildProcess.KillAsync(process);
        }
    }

    private FileLogStore NewStore(long segmentBytes = FileLogStoreOptions.DefaultSegmentBytes, bool noFsync = false, ILogger? logger = null) =>
        new(new FileLogStoreOptions { Directory = _dir, SegmentBytes = segmentBytes, UnsafeNoFsync = noFsync, Logger = logger });

    /// <summary>
    /// Writes synced batches of <paramref name="perBatch"/> entries (term 1) into a new store, batch i with the commit
    /// index <paramref name="commit"/>(i); its one segment, and where the records end before the first batch and after each.
    /// </summary>
    private async Task<(string Segment, List<long> Ends)> WriteBatchesAsync(int batches, int perBatch, Func<int, long> commit)
    {
        await using var store = NewStore();
        await store.LoadAsync();
        var segment = Assert.Single(store.SegmentPaths);
        var ends = new List<long> { store.ActiveEnd };
        for (var i = 0; i < batches; i++)
        {
            await store.SaveAsync(Entries(1 + (i * perBatch), perBatch, 1), new HardState(1, 1, commit(i)), sync: true);
            ends.Add(store.ActiveEnd);
        }

        return (segment, ends);
    }

    private static Entry[] Entries(long from, int count, long term, int size = 16) =>
        [.. Enumerable.Range(0, count).Select(i => MakeEntry(from + i, term, size))];

    private static Entry MakeEntry(long index, long term, int size)
    {
        var data = new byte[size];
        for (var i = 0; i < size; i++)
        {
            data[i] = (byte)((index * 7) + (term * 13) + i);
        }

        return new Entry(index, term, EntryType.Normal, data);
    }

    /// <summary>Saves batches of term-1 entries from index 1, with a hard state whose commit is the batch number.</summary>
    private static async Task SaveManyAsync(FileLogStore store, int batches, int perBatch, int dataBytes, long from = 1)
    {
        for (var i = 0; i < batches; i++)
        {
            await store.SaveAsync(Entries(from + (i * perBatch), perBatch, 1, dataBytes), new HardState(1, 1, i), sync: true);
        }
    }

    private static async Task InstallAsync(FileLogStore store, SnapshotMeta meta, byte[] data, bool discardLog)
    {
        await using var sink = await store.CreateSnapshotAsync(meta);
        await sink.Data.WriteAsync(data);
        await store.InstallSnapshotAsync(sink, discardLog);
    }

    private static void AssertSameEntries(IReadOnlyList<Entry> expected, IReadOnlyList<Entry> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Index, actual[i].Index);
            Assert.Equal(expected[i].Term, actual[i].Term);
            Assert.Equal(expected[i].Type, actual[i].Type);
            Assert.True(expected[i].Data.Span.SequenceEqual(actual[i].Data.Span), $"the data of entry {expected[i].Index} differ");
        }
    }

    private static void WriteAt(string path, long offset, byte[] bytes)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Position = offset;
        file.Write(bytes);
    }

    private static void FlipByte(string path, long offset)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        file.Position = offset;
        var b = file.ReadByte();
        file.Position = offset;
        file.WriteByte((byte)(b ^ 0x10));
    }

    /// <summary>Every file of the store but its (empty, locked) lock file.</summary>
    private Dictionary<string, byte[]> ReadAllFiles() =>
        Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != "LOCK")
            .ToDictionary(p => p, File.ReadAllBytes);

    private static void AssertSameFiles(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        }
    }

    private long DirectoryBytes() =>
        Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories).Sum(p => new FileInfo(p).Length);
}
