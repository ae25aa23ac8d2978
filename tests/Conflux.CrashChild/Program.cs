using System.Globalization;
using Conflux.Consensus;
using Conflux.CrashChild;
using Conflux.Storage;

// A process for the kill -9 tests to kill: each mode writes durably in a loop and prints what it has
// acknowledged, until it is killed. The first argument names the mode.
return args switch
{
    ["wal", var directory] => await Modes.WalAsync(directory),
    ["node", var directory, var first] => await NodeMode.RunAsync(directory, long.Parse(first, CultureInfo.InvariantCulture)),
    ["dump", var directory] => await NodeMode.DumpAsync(directory),
    _ => Modes.Usage(),
};

namespace Conflux.CrashChild
{
    internal static class Modes
    {
        /// <summary>
        /// Appends batches of 1 to 16 entries (<see cref="CrashPayload"/>) to a <see cref="FileLogStore"/> with sync,
        /// continuing after whatever the store holds, and prints "acked &lt;last index&gt;" after each save returns.
        /// </summary>
        public static async Task<int> WalAsync(string directory)
        {
            await using var store = new FileLogStore(new FileLogStoreOptions
            {
                Directory = directory,
                SegmentBytes = CrashPayload.SegmentBytes,
            });
            var state = await store.LoadAsync();
            var next = (state.Entries.Count > 0 ? state.Entries[^1].Index : state.Snapshot.Index) + 1;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded {next - 1}"));
            Console.Out.Flush();

            var batch = new Entry[16];
            for (var round = 0; ; round++)
            {
                var count = 1 + (round % batch.Length);
                for (var i = 0; i < count; i++)
                {
                    batch[i] = CrashPayload.EntryAt(next + i);
                }

                await store.SaveAsync(batch.AsMemory(0, count), new HardState(1, 1, next + count - 1), sync: true);
                next += count;
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"acked {next - 1}"));
                Console.Out.Flush();
            }
        }

        public static int Usage()
        {
            Console.Error.WriteLine("usage: Conflux.CrashChild wal <directory> | node <directory> <first value> | dump <directory>");
            return 2;
        }
    }
}
