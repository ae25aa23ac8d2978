using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conflux.Cli;

/// <summary>
/// The kv app's state: an immutable map from string keys (ordinal order) to JSON values, as a persistent B+ tree.
/// A change copies the path from the root to one leaf (about 3 KB at a million keys) and shares the rest.
/// </summary>
/// <remarks>
/// Against <see cref="System.Collections.Immutable.ImmutableSortedDictionary{TKey, TValue}"/>, which keeps one tree
/// node per key (56 bytes, and a read-back snapshot built it key by key): a leaf keeps its keys' UTF-8 back to back in
/// one array and its values' JSON text in another, so a key costs its text and two ints, and no object of its own;
/// and a state read from its JSON, whose keys come in order, is built leaf by leaf without a single comparison more
/// than the check of that order, and without a string per key (a key as the JSON has it, without escapes, is copied
/// as it is). UTF-8 rather than UTF-16: an ASCII key takes half the memory, which a restart must fault in page by page.
/// Keys are still ordered as strings are, ordinal UTF-16 (<see cref="Compare"/>). Snapshots keep the map in a binary
/// form of its leaves as they lie (<see cref="WriteBinary"/>, <see cref="KvSnapshotFormat"/>), which a restart reads
/// back as slices of the mapped snapshot file, with no copy and no parse; the JSON is the state's public form (and a
/// snapshot's before the binary one).
/// </remarks>
[JsonConverter(typeof(KvMapConverter))]
internal sealed class KvMap : IReadOnlyCollection<KeyValuePair<string, RawJson>>
{
    /// <summary>Entries in a full leaf, and children of a full branch.</summary>
    internal const int Fanout = 32;

    private static readonly StringComparer s_order = StringComparer.Ordinal;

    /// <summary>UTF-8 that refuses a lone surrogate rather than replace it: no key has one (JSON strings cannot).</summary>
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static readonly KvMap Empty = new(null, 0);

    private readonly Node? _root;

    private KvMap(Node? root, int count) => (_root, Count) = (root, count);

    public int Count { get; }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, out RawJson value)
    {
        // Not found as "" (a null string is an empty span).
        ArgumentNullException.ThrowIfNull(key);
        var node = _root;
        while (node is Branch branch)
        {
            node = branch.Children[branch.ChildFor(key)];
        }

        // A key that has no UTF-8 (a lone surrogate) is no key of the map.
        if (node is Leaf leaf && TryUtf8(key, stackalloc byte[128], out var utf8) && leaf.IndexOf(utf8) is var i and >= 0)
        {
            value = leaf.Value(i);
            return true;
        }

        value = default;
        return false;
    }

    public RawJson this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no key \"{key}\"");

    /// <summary>This map with <paramref name="key"/> set to <paramref name="value"/>, added or replaced.</summary>
    public KvMap SetItem(string key, RawJson value)
    {
        var search = new SearchKey(key, Utf8(key, stackalloc byte[128]));
        if (_root is null)
        {
            return new KvMap(Leaf.Of(search, value), 1);
        }

        var (node, split, added) = _root.Set(search, value);
        var root = split is null ? node : new Branch([split.First], [node, split]);
        return new KvMap(root, Count + (added ? 1 : 0));
    }

    /// <summary>This map without <paramref name="key"/>; this map itself when it has no such key.</summary>
    public KvMap Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_root is null || !TryUtf8(key, stackalloc byte[128], out var utf8) || !_root.Remove(new SearchKey(key, utf8), out var node))
        {
            return this;
        }

        // A root branch left with one child gives way to it.
        while (node is Branch { Children.Length: 1 } only)
        {
            node = only.Children[0];
        }

        return node is null ? Empty : new KvMap(node, Count - 1);
    }

    /// <summary>
    /// Orders two keys given as UTF-8 as their strings are ordered (ordinal UTF-16), which is the order of their bytes
    /// but for one case: a character beyond U+FFFF (four bytes, from F0) comes before one from U+E000 to U+FFFF (three
    /// bytes, from EE or EF) in UTF-16, whose surrogates lie below U+E000, and after it in UTF-8.
    /// </summary>
    internal static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var common = a.CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length - b.Length;
        }

        // Past an equal prefix, both stand at the same point of a character: a lead byte in one is one in the other.
        var (x, y) = (a[common], b[common]);
        return x >= 0xF0 && y is 0xEE or 0xEF ? -1
            : y >= 0xF0 && x is 0xEE or 0xEF ? 1
            : x - y;
    }

    /// <summary>The UTF-8 of <paramref name="key"/>, in <paramref name="buffer"/> when it fits.</summary>
    /// <exception cref="ArgumentException">The key has a lone surrogate, which has no UTF-8.</exception>
    private static ReadOnlySpan<byte> Utf8(string key, Span<byte> buffer)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryUtf8(key, buffer, out var utf8) ? utf8
            : throw new ArgumentException("The key is not valid UTF-16: it has a lone surrogate.", nameof(key));
    }

    private static bool TryUtf8(string key, Span<byte> buffer, out ReadOnlySpan<byte> utf8)
    {
        var status = System.Text.Unicode.Utf8.FromUtf16(key, buffer, out _, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.DestinationTooSmall)
        {
            buffer = new byte[checked(key.Length * 3)];
            status = System.Text.Unicode.Utf8.FromUtf16(key, buffer, out _, out written, replaceInvalidSequences: false);
        }

        utf8 = status == OperationStatus.Done ? buffer[..written] : default;
        return status == OperationStatus.Done;
    }

    /// <summary>A key being set or removed: its text, for the branches' separators, and its UTF-8, for the leaves.</summary>
    private readonly ref struct SearchKey(string text, ReadOnlySpan<byte> utf8)
    {
        public string Text { get; } = text;

        public ReadOnlySpan<byte> Utf8 { get; } = utf8;
    }

    /// <summary>
    /// Builds a map from pairs given one by one, in one pass while their keys come in strictly ascending ordinal order
    /// (a map's own JSON does): full leaves are kept as they come, and no list of all the pairs is made. A key out of
    /// that order is put into the map built so far, as a put would; of equal keys the last one counts.
    /// </summary>
    internal sealed class Builder
    {
        // Leaves three quarters full, so that the next puts do not split every one of them at once.
        private const int Fill = Fanout * 3 / 4;

        private readonly List<Node> _leaves = [];
        private readonly ArrayBufferWriter<byte> _keys = new(Fill * 16);
        private readonly int[] _keyEnds = new int[Fill];
        private readonly ArrayBufferWriter<byte> _text = new(Fill * 64);
        private readonly int[] _textEnds = new int[Fill];
        private byte[] _last = new byte[64];
        private int _lastLength = -1;
        private int _pending;
        private int _count;
        private KvMap? _unordered;

        /// <summary>
        /// Adds the pair at <paramref name="reader"/>, which is on its property name: reads the name (straight into the
        /// leaf's UTF-8, no string made) and then the value.
        /// </summary>
        public void Add(ref Utf8JsonReader reader)
        {
            Span<byte> key;
            if (!reader.ValueIsEscaped && !reader.HasValueSequence && System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
            {
                // The common case: the name as it is written.
                key = _keys.GetSpan(reader.ValueSpan.Length)[..reader.ValueSpan.Length];
                reader.ValueSpan.CopyTo(key);
            }
            else
            {
                // Escapes (or the name split across buffers): the text, which the reader checks, then its UTF-8.
                byte[] utf8;
                try
                {
                    utf8 = s_utf8.GetBytes(reader.GetString()!);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException)
                {
                    // Bytes that are not UTF-8, or an escaped lone surrogate.
                    throw new JsonException($"a key of the kv state is not valid text: {e.Message}", e);
                }

                key = _keys.GetSpan(utf8.Length)[..utf8.Length];
                utf8.CopyTo(key);
            }

            var length = key.Length;
            if (!reader.Read())
            {
                throw new JsonException("the kv state ends after a key");
            }

            if (_unordered is not null || (_lastLength >= 0 && Compare(_last.AsSpan(0, _lastLength), key) >= 0))
            {
                // Made before Build, which reuses the buffer the key was read into.
                var name = Encoding.UTF8.GetString(key);
                var text = new ArrayBufferWriter<byte>(64);
                RawJson.ReadText(ref reader, text);
                _unordered = (_unordered ?? Build()).SetItem(name, new RawJson(text.WrittenSpan.ToArray()));
                return;
            }

            if (_last.Length < length)
            {
                _last = new byte[Math.Max(length, _last.Length * 2)];
            }

            key.CopyTo(_last);
            _lastLength = length;
            _keys.Advance(length);
            _keyEnds[_pending] = _keys.WrittenCount;
            RawJson.ReadText(ref reader, _text);
            _textEnds[_pending] = _text.WrittenCount;
            _count++;
            if (++_pending == Fill)
            {
                Flush();
            }
        }

        public KvMap ToMap() => _unordered ?? Build();

        private void Flush()
        {
            if (_pending > 0)
            {
                _leaves.Add(new Leaf(_keys.WrittenSpan.ToArray(), _keyEnds.AsSpan(0, _pending).ToArray(), _text.WrittenSpan.ToArray(), _textEnds.AsSpan(0, _pending).ToArray()));
                _keys.ResetWrittenCount();
                _text.ResetWrittenCount();
                _pending = 0;
            }
        }

        private KvMap Build()
        {
            Flush();
            return FromLeaves(_leaves, _count);
        }
    }

    /// <summary>The map of <paramref name="leaves"/>, given in key order, with branches three quarters full above them.</summary>
    private static KvMap FromLeaves(List<Node> leaves, int count)
    {
        const int Fill = Fanout * 3 / 4;
        var level = leaves;
        if (level.Count == 0)
        {
            return Empty;
        }

        while (level.Count > 1)
        {
            var up = new List<Node>((level.Count / Fill) + 1);
            for (var start = 0; start < level.Count; start += Fill)
            {
                var n = Math.Min(Fill, level.Count - start);
                var children = level.GetRange(start, n).ToArray();
                up.Add(new Branch([.. children.Skip(1).Select(c => c.First)], children));
            }

            level = up;
        }

        return new KvMap(level[0], count);
    }

    // ---- the binary snapshot format -----------------------------------------------------------

    /// <summary>"CXKV": the first four bytes of the map in its binary form.</summary>
    private const uint BinaryMagic = 0x564B5843;

    /// <summary>2: each leaf's pairs together (1, never released, kept all the keys together and all the values).</summary>
    private const int BinaryVersion = 2;

    /// <summary>Magic, version, pairs, leaves.</summary>
    private const int BinaryHeaderBytes = 16;

    /// <summary>
    /// Writes the map in its binary form, laid out as its leaves keep it, so that <see cref="ReadBinary"/> makes each
    /// leaf a slice of what it reads and copies nothing: a header (<see cref="BinaryHeaderBytes"/>, little-endian
    /// 32-bit integers: magic, version, pairs, leaves), then each leaf together, so that a leaf read back lies in one or
    /// two pages of memory: its pairs, where each key ends in its keys, where each value ends in its values (32-bit
    /// integers), its keys' UTF-8, its values' JSON text, and zero bytes up to a multiple of four.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The map is more than <see cref="ReadBinary"/> reads at once, or holds text that is not UTF-8: written, it would
    /// not read back (the node then takes no snapshot and keeps its log, and says so).
    /// </exception>
    internal void WriteBinary(IBufferWriter<byte> output)
    {
        var leaves = 0;
        long total = BinaryHeaderBytes;
        foreach (var leaf in Leaves())
        {
            leaves++;
            total += Align4(4L + (8L * leaf.Count) + leaf.Keys.Length + leaf.Values.Length);
            if (!System.Text.Unicode.Utf8.IsValid(leaf.Values))
            {
                throw new InvalidOperationException(
                    $"the kv state holds a value that is not UTF-8, under a key from \"{leaf.First}\" on, which its binary form would not read back");
            }
        }

        if (total > Array.MaxLength)
        {
            throw new InvalidOperationException($"the kv state takes {total} bytes in its binary form, more than one read can hold ({Array.MaxLength})");
        }

        WriteInt32s(output, [unchecked((int)BinaryMagic), BinaryVersion, Count, leaves]);
        foreach (var leaf in Leaves())
        {
            WriteInt32s(output, [leaf.Count]);
            WriteInt32s(output, leaf.KeyEnds);
            WriteInt32s(output, leaf.ValueEnds);
            output.Write(leaf.Keys);
            output.Write(leaf.Values);
            var padding = (int)(Align4(leaf.Keys.Length + leaf.Values.Length) - (leaf.Keys.Length + leaf.Values.Length));
            output.GetSpan(padding)[..padding].Clear();
            output.Advance(padding);
        }
    }

    private static long Align4(long bytes) => (bytes + 3) & ~3L;

    private static void WriteInt32s(IBufferWriter<byte> output, ReadOnlySpan<int> values)
    {
        var span = output.GetSpan(values.Length * sizeof(int));
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[(i * sizeof(int))..], values[i]);
        }

        output.Advance(values.Length * sizeof(int));
    }

    /// <summary>
    /// Reads a map that <see cref="WriteBinary"/> wrote. Its leaves are slices of <paramref name="data"/>, which must stay
    /// as it is for as long as the map (or any map made from it) lives. Everything is checked first: the lengths, each
    /// leaf's ends, each key's UTF-8 and the strict order of all keys, each value's JSON. So a map read here is as good as
    /// one its puts made.
    /// </summary>
    /// <exception cref="FormatException">The bytes are not a map in this form.</exception>
    internal static KvMap ReadBinary(ReadOnlyMemory<byte> data)
    {
        var span = data.Span;
        if (span.Length < BinaryHeaderBytes || BinaryPrimitives.ReadUInt32LittleEndian(span) != BinaryMagic)
        {
            throw new FormatException("it is not a kv state in its binary form (no \"CXKV\" header)");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(span[4..]);
        if (version != BinaryVersion)
        {
            throw new FormatException($"the kv state's binary form {version} is not supported (this build reads {BinaryVersion})");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(span[8..]);
        var leafCount = BinaryPrimitives.ReadInt32LittleEndian(span[12..]);
        // A leaf takes 16 bytes at least (its pairs, a key's end, a value's end, a value): no more leaves than that allows.
        if (count < 0 || leafCount < 0 || (long)leafCount > count || (long)count > (long)leafCount * Fanout || span.Length % 4 != 0
            || 16L * leafCount > span.Length - BinaryHeaderBytes)
        {
            throw new FormatException($"the kv state's binary form claims {count} pairs in {leafCount} leaves, in {span.Length} bytes");
        }

        // Every integer lies at a multiple of four from the start: one view of all of them serves every leaf.
        var ints = Int32s(data);
        var intSpan = ints.Span;
        var leaves = new List<Node>(leafCount);
        var (pair, at) = (0, BinaryHeaderBytes);
        ReadOnlySpan<byte> previous = default;
        for (var l = 0; l < leafCount; l++)
        {
            var n = span.Length - at >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(span[at..]) : 0;
            if (n < 1 || n > Fanout || n > count - pair || 4L + (8L * n) > span.Length - at)
            {
                throw new FormatException($"leaf {l} of the kv state's binary form claims {n} pairs, at byte {at} of {span.Length}");
            }

            var leafKeyEnds = intSpan.Slice((at / 4) + 1, n);
            var leafValueEnds = intSpan.Slice((at / 4) + 1 + n, n);
            var itemsAt = at + 4 + (8 * n);
            var keyLength = Ends(leafKeyEnds, span.Length - itemsAt, allowEmpty: true, "key", l);
            var valueLength = Ends(leafValueEnds, span.Length - itemsAt - keyLength, allowEmpty: false, "value", l);
            var leafKeys = span.Slice(itemsAt, keyLength);
            var leafValues = span.Slice(itemsAt + keyLength, valueLength);
            var end = checked((int)Align4(itemsAt + keyLength + valueLength));
            if (end > span.Length || span[(itemsAt + keyLength + valueLength)..end].ContainsAnyExcept((byte)0))
            {
                throw new FormatException($"leaf {l} of the kv state's binary form does not end where it should, at byte {end} of {span.Length}");
            }

            // Each key is UTF-8 when all of them together are and none starts inside a character.
            if (!System.Text.Unicode.Utf8.IsValid(leafKeys) || !System.Text.Unicode.Utf8.IsValid(leafValues))
            {
                throw new FormatException($"leaf {l} of the kv state's binary form has keys or values that are not UTF-8");
            }

            for (var i = 0; i < n; i++)
            {
                var key = Leaf.Item(leafKeys, leafKeyEnds, i);
                if (key.Length > 0 && (key[0] & 0xC0) == 0x80)
                {
                    throw new FormatException($"key {pair + i} of the kv state's binary form is not UTF-8");
                }

                if (pair + i > 0 && Compare(previous, key) >= 0)
                {
                    throw new FormatException($"key {pair + i} of the kv state's binary form is not after the one before it");
                }

                previous = key;
                if (!IsOneJsonValue(Leaf.Item(leafValues, leafValueEnds, i)))
                {
                    throw new FormatException($"the value of key {pair + i} of the kv state's binary form is not one JSON value");
                }
            }

            leaves.Add(new Leaf(data.Slice(itemsAt, keyLength), ints.Slice((at / 4) + 1, n), data.Slice(itemsAt + keyLength, valueLength), ints.Slice((at / 4) + 1 + n, n)));
            pair += n;
            at = end;
        }

        if (pair != count || at != span.Length)
        {
            throw new FormatException($"the kv state's binary form claims {count} pairs in {span.Length} bytes, and its leaves hold {pair} in {at}");
        }

        return FromLeaves(leaves, count);
    }

    /// <summary>Checks a leaf's ends (ascending from 0, within <paramref name="room"/>) and returns the last, its items' length.</summary>
    private static int Ends(ReadOnlySpan<int> ends, int room, bool allowEmpty, string what, int leaf)
    {
        var previous = 0;
        foreach (var end in ends)
        {
            if (end < previous || (!allowEmpty && end == previous) || end > room)
            {
                throw new FormatException($"leaf {leaf} of the kv state's binary form has a {what} that ends at {end}, after {previous}, with {room} bytes left");
            }

            previous = end;
        }

        return previous;
    }

    /// <summary>A string's closing quote, an escape, and the control characters JSON strings may not hold.</summary>
    private static readonly SearchValues<byte> s_stringStops = SearchValues.Create([(byte)'"', (byte)'\\', .. Enumerable.Range(0, 0x20).Select(b => (byte)b)]);

    /// <summary>True when <paramref name="utf8"/>, UTF-8, is exactly one JSON value (a put's value is).</summary>
    private static bool IsOneJsonValue(ReadOnlySpan<byte> utf8)
    {
        // The common case first, at a fraction of a reader's cost: a string with no escapes.
        if (utf8.Length >= 2 && utf8[0] == '"' && utf8[^1] == '"' && !utf8[1..^1].ContainsAny(s_stringStops))
        {
            return true;
        }

        var reader = new Utf8JsonReader(utf8);
        try
        {
            return reader.Read() && reader.TrySkip() && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// <paramref name="data"/> (a multiple of four bytes) as little-endian 32-bit integers: as they lie when this machine
    /// is little-endian, else copied.
    /// </summary>
    private static ReadOnlyMemory<int> Int32s(ReadOnlyMemory<byte> data)
    {
        if (BitConverter.IsLittleEndian)
        {
            return new Int32Memory(data).Memory;
        }

        var copy = new int[data.Length / sizeof(int)];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = BinaryPrimitives.ReadInt32LittleEndian(data.Span[(i * sizeof(int))..]);
        }

        return copy;
    }

    /// <summary>Memory of bytes seen as 32-bit integers of this machine's order (no copy; they need not be aligned).</summary>
    private sealed class Int32Memory(ReadOnlyMemory<byte> bytes) : MemoryManager<int>
    {
        public override Span<int> GetSpan() => MemoryMarshal.Cast<byte, int>(MemoryMarshal.AsMemory(bytes).Span);

        public override MemoryHandle Pin(int elementIndex = 0) => MemoryMarshal.AsMemory(bytes)[(elementIndex * sizeof(int))..].Pin();

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }

    public IEnumerator<KeyValuePair<string, RawJson>> GetEnumerator()
    {
        foreach (var leaf in Leaves())
        {
            for (var i = 0; i < leaf.Count; i++)
            {
                yield return new(Encoding.UTF8.GetString(leaf.Key(i)), leaf.Value(i));
            }
        }
    }

    /// <summary>
    /// Writes the map as one JSON object, keys in order, values as they are kept, with no string made per key (a name
    /// from its UTF-8 is escaped as one from its text is).
    /// </summary>
    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var leaf in Leaves())
        {
            for (var i = 0; i < leaf.Count; i++)
            {
                writer.WritePropertyName(leaf.Key(i));
                writer.WriteRawValue(leaf.Value(i).Utf8, skipInputValidation: true);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The leaves in key order.</summary>
    private IEnumerable<Leaf> Leaves()
    {
        if (_root is null)
        {
            yield break;
        }

        // The path from the root: each branch with the child being walked.
        var path = new Stack<(Branch Branch, int Child)>();
        var node = _root;
        while (true)
        {
            while (node is Branch branch)
            {
                path.Push((branch, 0));
                node = branch.Children[0];
            }

            yield return (Leaf)node;
            while (path.Count > 0 && path.Peek().Child == path.Peek().Branch.Children.Length - 1)
            {
                path.Pop();
            }

            if (path.Count == 0)
            {
                yield break;
            }

            var (parent, child) = path.Pop();
            path.Push((parent, child + 1));
            node = parent.Children[child + 1];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Checks the tree's shape: keys in order, separators that bound their children, counts that add up (tests).</summary>
    internal void CheckInvariants()
    {
        var count = 0;
        string? previous = null;
        foreach (var (key, _) in this)
        {
            Debug.Assert(previous is null || s_order.Compare(previous, key) < 0);
            if (previous is not null && s_order.Compare(previous, key) >= 0)
            {
                throw new InvalidOperationException($"keys out of order: \"{previous}\" before \"{key}\"");
            }

            previous = key;
            count++;
        }

        if (count != Count)
        {
            throw new InvalidOperationException($"{count} keys, but the map counts {Count}");
        }

        _root?.Check(null, null);
    }

    private abstract class Node
    {
        /// <summary>The least key under this node.</summary>
        public abstract string First { get; }

        /// <summary>This node with the key set; <c>Split</c> is a new right sibling when it overflowed.</summary>
        public abstract (Node Node, Node? Split, bool Added) Set(SearchKey key, RawJson value);

        /// <summary>False when the key is not here; else this node without it (null when that left it empty).</summary>
        public abstract bool Remove(SearchKey key, out Node? node);

        public abstract void Check(string? low, string? high);
    }

    /// <summary>
    /// Up to <see cref="Fanout"/> keys and their values: the keys' UTF-8 back to back in one array with where each
    /// key ends, the values' JSON text back to back in another with where each value ends. A change copies the arrays
    /// (a replaced value leaves the keys' two shared with the old leaf).
    /// </summary>
    /// <remarks>
    /// The four are memory, not arrays: a leaf read back from a snapshot in the binary format (<see cref="ReadBinary"/>)
    /// keeps slices of the snapshot as it was handed over (mapped from its file) and copies nothing; a leaf a change
    /// makes has arrays of its own.
    /// </remarks>
    private sealed class Leaf(ReadOnlyMemory<byte> keys, ReadOnlyMemory<int> keyEnds, ReadOnlyMemory<byte> values, ReadOnlyMemory<int> valueEnds) : Node
    {
        private readonly ReadOnlyMemory<byte> _keys = keys;
        private readonly ReadOnlyMemory<int> _keyEnds = keyEnds;
        private readonly ReadOnlyMemory<byte> _values = values;
        private readonly ReadOnlyMemory<int> _valueEnds = valueEnds;

        /// <summary>A leaf of one pair.</summary>
        public static Leaf Of(SearchKey key, RawJson value)
        {
            var text = value.Utf8;
            return new Leaf(key.Utf8.ToArray(), new[] { key.Utf8.Length }, text.ToArray(), new[] { text.Length });
        }

        public int Count => _keyEnds.Length;

        public override string First => Encoding.UTF8.GetString(Key(0));

        /// <summary>The keys' UTF-8, back to back.</summary>
        public ReadOnlySpan<byte> Keys => _keys.Span;

        /// <summary>Where each key ends in <see cref="Keys"/>.</summary>
        public ReadOnlySpan<int> KeyEnds => _keyEnds.Span;

        /// <summary>The values' JSON text, back to back.</summary>
        public ReadOnlySpan<byte> Values => _values.Span;

        /// <summary>Where each value ends in <see cref="Values"/>.</summary>
        public ReadOnlySpan<int> ValueEnds => _valueEnds.Span;

        public ReadOnlySpan<byte> Key(int i) => Item(_keys.Span, _keyEnds.Span, i);

        public RawJson Value(int i)
        {
            var ends = _valueEnds.Span;
            var start = i == 0 ? 0 : ends[i - 1];
            return new RawJson(_values.Slice(start, ends[i] - start));
        }

        /// <summary>Item <paramref name="i"/> of items kept back to back, each ending at its <paramref name="ends"/>.</summary>
        public static ReadOnlySpan<byte> Item(ReadOnlySpan<byte> items, ReadOnlySpan<int> ends, int i)
        {
            var start = i == 0 ? 0 : ends[i - 1];
            return items[start..ends[i]];
        }

        /// <summary>The index of <paramref name="key"/> (ordinal order), else the complement of where it would go.</summary>
        public int IndexOf(ReadOnlySpan<byte> key)
        {
            var keys = _keys.Span;
            var ends = _keyEnds.Span;
            var low = 0;
            var high = ends.Length - 1;
            while (low <= high)
            {
                var middle = (int)((uint)(low + high) >> 1);
                var order = Compare(Item(keys, ends, middle), key);
                if (order == 0)
                {
                    return middle;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return ~low;
        }

        public override (Node Node, Node? Split, bool Added) Set(SearchKey key, RawJson value)
        {
            var i = IndexOf(key.Utf8);
            if (i >= 0)
            {
                // Replaced: the keys are shared with the old leaf.
                var (replaced, replacedEnds) = Splice(_values.Span, _valueEnds.Span, i, removed: 1, value.Utf8, insert: true);
                return (new Leaf(_keys, _keyEnds, replaced, replacedEnds), null, false);
            }

            i = ~i;
            var (keys, keyEnds) = Splice(_keys.Span, _keyEnds.Span, i, removed: 0, key.Utf8, insert: true);
            var (values, valueEnds) = Splice(_values.Span, _valueEnds.Span, i, removed: 0, value.Utf8, insert: true);
            if (keyEnds.Length <= Fanout)
            {
                return (new Leaf(keys, keyEnds, values, valueEnds), null, true);
            }

            var half = keyEnds.Length / 2;
            return (Cut(keys, keyEnds, values, valueEnds, 0, half), Cut(keys, keyEnds, values, valueEnds, half, keyEnds.Length), true);
        }

        public override bool Remove(SearchKey key, out Node? node)
        {
            var i = IndexOf(key.Utf8);
            if (i < 0)
            {
                node = this;
                return false;
            }

            if (Count == 1)
            {
                node = null;
                return true;
            }

            var (keys, keyEnds) = Splice(_keys.Span, _keyEnds.Span, i, removed: 1, default, insert: false);
            var (values, valueEnds) = Splice(_values.Span, _valueEnds.Span, i, removed: 1, default, insert: false);
            node = new Leaf(keys, keyEnds, values, valueEnds);
            return true;
        }

        public override void Check(string? low, string? high)
        {
            if (Count == 0 || Count > Fanout || _valueEnds.Length != Count || KeyEnds[^1] != _keys.Length || ValueEnds[^1] != _values.Length)
            {
                throw new InvalidOperationException(
                    $"a leaf of {Count} keys in {_keys.Length} bytes and {_valueEnds.Length} values in {_values.Length} bytes");
            }

            for (var i = 0; i < Count; i++)
            {
                var keyStart = i == 0 ? 0 : KeyEnds[i - 1];
                var valueStart = i == 0 ? 0 : ValueEnds[i - 1];
                if (KeyEnds[i] < keyStart || ValueEnds[i] <= valueStart || (i > 0 && Compare(Key(i - 1), Key(i)) >= 0))
                {
                    throw new InvalidOperationException($"a leaf whose key or value {i} is out of order or empty");
                }
            }

            if ((low is not null && Compare(Key(0), s_utf8.GetBytes(low)) < 0) || (high is not null && Compare(Key(Count - 1), s_utf8.GetBytes(high)) >= 0))
            {
                throw new InvalidOperationException($"a leaf from \"{First}\" to \"{Encoding.UTF8.GetString(Key(Count - 1))}\" outside [\"{low}\", \"{high}\")");
            }
        }

        /// <summary>
        /// A copy of items kept back to back (<paramref name="items"/>, each ending at its <paramref name="ends"/>) where
        /// the <paramref name="removed"/> items (0 or 1) at <paramref name="at"/> give way to one item,
        /// <paramref name="inserted"/>, when <paramref name="insert"/>, else to none.
        /// </summary>
        private static (T[] Items, int[] Ends) Splice<T>(ReadOnlySpan<T> items, ReadOnlySpan<int> ends, int at, int removed, ReadOnlySpan<T> inserted, bool insert)
        {
            var start = at == 0 ? 0 : ends[at - 1];
            var after = removed == 0 ? start : ends[at];
            var added = insert ? inserted.Length : 0;
            var delta = added - (after - start);
            var total = ends.Length == 0 ? 0 : ends[^1];
            var spliced = new T[total + delta];
            items[..start].CopyTo(spliced);
            inserted[..added].CopyTo(spliced.AsSpan(start));
            items[after..total].CopyTo(spliced.AsSpan(start + added));
            var count = insert ? 1 : 0;
            var splicedEnds = new int[ends.Length - removed + count];
            ends[..at].CopyTo(splicedEnds);
            if (insert)
            {
                splicedEnds[at] = start + added;
            }

            for (var j = at + removed; j < ends.Length; j++)
            {
                splicedEnds[j - removed + count] = ends[j] + delta;
            }

            return (spliced, splicedEnds);
        }

        /// <summary>The leaf of pairs <paramref name="from"/> to <paramref name="to"/> (exclusive) of the arrays given.</summary>
        private static Leaf Cut(byte[] keys, int[] keyEnds, byte[] values, int[] valueEnds, int from, int to) =>
            new(Range(keys, keyEnds, from, to, out var cutKeyEnds), cutKeyEnds, Range(values, valueEnds, from, to, out var cutValueEnds), cutValueEnds);

        private static T[] Range<T>(T[] items, ReadOnlySpan<int> ends, int from, int to, out int[] cutEnds)
        {
            var start = from == 0 ? 0 : ends[from - 1];
            cutEnds = new int[to - from];
            for (var j = from; j < to; j++)
            {
                cutEnds[j - from] = ends[j] - start;
            }

            return items[start..ends[to - 1]];
        }
    }

    /// <summary>Children in key order; <c>Separators[i]</c> is the least key of <c>Children[i + 1]</c>.</summary>
    private sealed class Branch(string[] separators, Node[] children) : Node
    {
        public readonly string[] Separators = separators;
        public readonly Node[] Children = children;

        public override string First => Children[0].First;

        /// <summary>The child whose keys would hold <paramref name="key"/>.</summary>
        public int ChildFor(string key)
        {
            var i = Array.BinarySearch(Separators, key, s_order);
            return i >= 0 ? i + 1 : ~i;
        }

        public override (Node Node, Node? Split, bool Added) Set(SearchKey key, RawJson value)
        {
            var c = ChildFor(key.Text);
            var (child, split, added) = Children[c].Set(key, value);
            if (split is null)
            {
                var children = (Node[])Children.Clone();
                children[c] = child;

                // A key below the least one went into the first child: no separator names it.
                return (new Branch(Separators, children), null, added);
            }

            Node[] grown = [.. Children.AsSpan(0, c), child, split, .. Children.AsSpan(c + 1)];
            string[] separators = [.. Separators.AsSpan(0, c), split.First, .. Separators.AsSpan(c)];
            if (grown.Length <= Fanout)
            {
                return (new Branch(separators, grown), null, added);
            }

            var half = grown.Length / 2;
            return (new Branch(separators[..(half - 1)], grown[..half]), new Branch(separators[half..], grown[half..]), added);
        }

        public override bool Remove(SearchKey key, out Node? node)
        {
            var c = ChildFor(key.Text);
            if (!Children[c].Remove(key, out var child))
            {
                node = this;
                return false;
            }

            if (child is not null)
            {
                var children = (Node[])Children.Clone();
                children[c] = child;
                node = new Branch(Separators, children);
                return true;
            }

            // The child is gone, and with it the separator before it (or after it, for the first child).
            if (Children.Length == 1)
            {
                node = null;
                return true;
            }

            var s = c == 0 ? 0 : c - 1;
            node = new Branch([.. Separators.AsSpan(0, s), .. Separators.AsSpan(s + 1)], [.. Children.AsSpan(0, c), .. Children.AsSpan(c + 1)]);
            return true;
        }

        public override void Check(string? low, string? high)
        {
            if (Children.Length == 0 || Children.Length > Fanout || Separators.Length != Children.Length - 1)
            {
                throw new InvalidOperationException($"a branch of {Children.Length} children and {Separators.Length} separators");
            }

            for (var i = 0; i < Children.Length; i++)
            {
                Children[i].Check(i == 0 ? low : Separators[i - 1], i == Separators.Length ? high : Separators[i]);
            }
        }
    }
}

/// <summary>A <see cref="KvMap"/> as a JSON object, keys in order, values written as they are kept.</summary>
internal sealed class KvMapConverter : JsonConverter<KvMap>
{
    public override KvMap Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"the kv state is a JSON object, not {reader.TokenType}");
        }

        var builder = new KvMap.Builder();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            builder.Add(ref reader);
        }

        return reader.TokenType == JsonTokenType.EndObject ? builder.ToMap() : throw new JsonException("the kv state's object does not end");
    }

    public override void Write(Utf8JsonWriter writer, KvMap value, JsonSerializerOptions options) => value.WriteTo(writer);
}

/// <summary>The kv state in snapshots in its binary form (<see cref="KvMap.WriteBinary"/>), read back without a copy.</summary>
internal sealed class KvSnapshotFormat : IStateSnapshotFormat<KvMap>
{
    public static readonly KvSnapshotFormat Instance = new();

    public void Write(KvMap state, IBufferWriter<byte> output) => state.WriteBinary(output);

    public KvMap Read(ReadOnlyMemory<byte> data) => KvMap.ReadBinary(data);
}
