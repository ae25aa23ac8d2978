using System.Buffers;
using System.Collections;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conflux.Cli;

/// <summary>
/// The kv app's state: an immutable map from string keys (ordinal order) to JSON values, as a persistent B+ tree.
/// A change copies the path from the root to one leaf (about 2 KB at a million keys) and shares the rest.
/// </summary>
/// <remarks>
/// Against <see cref="System.Collections.Immutable.ImmutableSortedDictionary{TKey, TValue}"/>, which keeps one tree
/// node per key (56 bytes, and a read-back snapshot built it key by key): a key costs two array slots here, and a
/// state read from its JSON, whose keys come in order, is built leaf by leaf without a single comparison more than
/// the check of that order.
/// </remarks>
[JsonConverter(typeof(KvMapConverter))]
internal sealed class KvMap : IReadOnlyCollection<KeyValuePair<string, RawJson>>
{
    /// <summary>Entries in a full leaf, and children of a full branch.</summary>
    internal const int Fanout = 32;

    private static readonly StringComparer s_order = StringComparer.Ordinal;

    public static readonly KvMap Empty = new(null, 0);

    private readonly Node? _root;

    private KvMap(Node? root, int count) => (_root, Count) = (root, count);

    public int Count { get; }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, out RawJson value)
    {
        var node = _root;
        while (node is Branch branch)
        {
            node = branch.Children[branch.ChildFor(key)];
        }

        if (node is Leaf leaf && leaf.IndexOf(key) is var i and >= 0)
        {
            value = leaf.Values[i];
            return true;
        }

        value = default;
        return false;
    }

    public RawJson this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no key \"{key}\"");

    /// <summary>This map with <paramref name="key"/> set to <paramref name="value"/>, added or replaced.</summary>
    public KvMap SetItem(string key, RawJson value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_root is null)
        {
            return new KvMap(new Leaf([key], [value]), 1);
        }

        var (node, split, added) = _root.Set(key, value);
        var root = split is null ? node : new Branch([split.First], [node, split]);
        return new KvMap(root, Count + (added ? 1 : 0));
    }

    /// <summary>This map without <paramref name="key"/>; this map itself when it has no such key.</summary>
    public KvMap Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_root is null || !_root.Remove(key, out var node))
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
    /// Builds a map from pairs given one by one, in one pass while their keys come in strictly ascending ordinal order
    /// (a map's own JSON does): full leaves are kept as they come, and no list of all the pairs is made. A key out of
    /// that order is put into the map built so far, as a put would; of equal keys the last one counts.
    /// </summary>
    internal sealed class Builder
    {
        // Leaves three quarters full, so that the next puts do not split every one of them at once.
        private const int Fill = Fanout * 3 / 4;

        private readonly List<Node> _leaves = [];
        private readonly string[] _keys = new string[Fill];
        private readonly int[] _ends = new int[Fill];
        private readonly ArrayBufferWriter<byte> _text = new(Fill * 64);
        private int _pending;
        private int _count;
        private string? _last;
        private KvMap? _unordered;

        /// <summary>Adds <paramref name="key"/> with the JSON value at <paramref name="reader"/>.</summary>
        public void Add(string key, ref Utf8JsonReader reader)
        {
            if (_unordered is not null || (_last is not null && s_order.Compare(_last, key) >= 0))
            {
                var text = new ArrayBufferWriter<byte>(64);
                RawJson.ReadText(ref reader, text);
                _unordered = (_unordered ?? Build()).SetItem(key, new RawJson(text.WrittenSpan.ToArray()));
                return;
            }

            // The values of a leaf share one array: a restored state is two objects per key fewer than puts make.
            RawJson.ReadText(ref reader, _text);
            _keys[_pending] = key;
            _ends[_pending] = _text.WrittenCount;
            _last = key;
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
                var text = _text.WrittenSpan.ToArray();
                var values = new RawJson[_pending];
                for (int i = 0, start = 0; i < _pending; start = _ends[i], i++)
                {
                    values[i] = new RawJson(text.AsMemory(start, _ends[i] - start));
                }

                _leaves.Add(new Leaf(_keys[.._pending], values));
                _text.ResetWrittenCount();
                _pending = 0;
            }
        }

        private KvMap Build()
        {
            Flush();
            var level = _leaves;
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

            return new KvMap(level[0], _count);
        }
    }

    public IEnumerator<KeyValuePair<string, RawJson>> GetEnumerator()
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

            var leaf = (Leaf)node;
            for (var i = 0; i < leaf.Keys.Length; i++)
            {
                yield return new(leaf.Keys[i], leaf.Values[i]);
            }

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
        public abstract (Node Node, Node? Split, bool Added) Set(string key, RawJson value);

        /// <summary>False when the key is not here; else this node without it (null when that left it empty).</summary>
        public abstract bool Remove(string key, out Node? node);

        public abstract void Check(string? low, string? high);
    }

    private sealed class Leaf(string[] keys, RawJson[] values) : Node
    {
        public readonly string[] Keys = keys;
        public readonly RawJson[] Values = values;

        public override string First => Keys[0];

        public int IndexOf(string key) => Array.BinarySearch(Keys, key, s_order);

        public override (Node Node, Node? Split, bool Added) Set(string key, RawJson value)
        {
            var i = IndexOf(key);
            if (i >= 0)
            {
                // Replaced: the keys are shared with the old leaf.
                var replaced = (RawJson[])Values.Clone();
                replaced[i] = value;
                return (new Leaf(Keys, replaced), null, false);
            }

            i = ~i;
            var n = Keys.Length + 1;
            var keys = new string[n];
            var values = new RawJson[n];
            Array.Copy(Keys, keys, i);
            Array.Copy(Values, values, i);
            keys[i] = key;
            values[i] = value;
            Array.Copy(Keys, i, keys, i + 1, Keys.Length - i);
            Array.Copy(Values, i, values, i + 1, Values.Length - i);
            if (n <= Fanout)
            {
                return (new Leaf(keys, values), null, true);
            }

            var half = n / 2;
            return (new Leaf(keys[..half], values[..half]), new Leaf(keys[half..], values[half..]), true);
        }

        public override bool Remove(string key, out Node? node)
        {
            var i = IndexOf(key);
            if (i < 0)
            {
                node = this;
                return false;
            }

            node = Keys.Length == 1 ? null : new Leaf([.. Keys.AsSpan(0, i), .. Keys.AsSpan(i + 1)], [.. Values.AsSpan(0, i), .. Values.AsSpan(i + 1)]);
            return true;
        }

        public override void Check(string? low, string? high)
        {
            if (Keys.Length == 0 || Keys.Length > Fanout || Keys.Length != Values.Length)
            {
                throw new InvalidOperationException($"a leaf of {Keys.Length} keys and {Values.Length} values");
            }

            if ((low is not null && s_order.Compare(Keys[0], low) < 0) || (high is not null && s_order.Compare(Keys[^1], high) >= 0))
            {
                throw new InvalidOperationException($"a leaf from \"{Keys[0]}\" to \"{Keys[^1]}\" outside [\"{low}\", \"{high}\")");
            }
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

        public override (Node Node, Node? Split, bool Added) Set(string key, RawJson value)
        {
            var c = ChildFor(key);
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

        public override bool Remove(string key, out Node? node)
        {
            var c = ChildFor(key);
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
            var key = reader.GetString()!;
            reader.Read();
            builder.Add(key, ref reader);
        }

        return reader.TokenType == JsonTokenType.EndObject ? builder.ToMap() : throw new JsonException("the kv state's object does not end");
    }

    public override void Write(Utf8JsonWriter writer, KvMap value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, json) in value)
        {
            writer.WritePropertyName(key);
            writer.WriteRawValue(json.Utf8, skipInputValidation: true);
        }

        writer.WriteEndObject();
    }
}
