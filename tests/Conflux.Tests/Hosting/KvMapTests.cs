using System.Text;
using System.Text.Json;
using Conflux.Cli;

namespace Conflux.Tests.Hosting;

/// <summary>
/// The kv app's persistent B+ tree against a sorted dictionary: random puts, replacements and deletes, every old
/// version left as it was, and the state read back from its JSON whether its keys come in order or not.
/// </summary>
public sealed class KvMapTests
{
    private static RawJson Value(string json) => JsonSerializer.Deserialize<RawJson>(json);

    private static string Text(RawJson value) => Encoding.UTF8.GetString(value.Utf8);

    private static void AssertSame(SortedDictionary<string, string> model, KvMap map)
    {
        map.CheckInvariants();
        Assert.Equal(model.Count, map.Count);
        Assert.Equal(model.Select(p => (p.Key, p.Value)), map.Select(p => (p.Key, Text(p.Value))));
    }

    [Theory]
    [InlineData(1, 3000)]
    [InlineData(2, 20000)]
    [InlineData(3, 20000)]
    public void Random_puts_and_deletes_match_a_sorted_dictionary_and_leave_old_versions_alone(int seed, int steps)
    {
        var random = new Random(seed);
        var model = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var map = KvMap.Empty;
        var versions = new List<(KvMap Map, List<(string, string)> Pairs)>();

        // Few keys at first (deletes empty the tree), then many (splits at every level).
        for (var step = 0; step < steps; step++)
        {
            var range = step < steps / 4 ? 40 : 5000;
            var key = "k" + random.Next(range).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            if (random.Next(3) == 0)
            {
                model.Remove(key);
                map = map.Remove(key);
            }
            else
            {
                var json = random.Next(2) == 0 ? step.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"\"v{step}\"";
                model[key] = json;
                map = map.SetItem(key, Value(json));
            }

            Assert.Equal(model.TryGetValue(key, out var expected), map.TryGetValue(key, out var got));
            if (expected is not null)
            {
                Assert.Equal(expected, Text(got));
            }

            if (step % 997 == 0)
            {
                AssertSame(model, map);
                versions.Add((map, model.Select(p => (p.Key, p.Value)).ToList()));
            }
        }

        AssertSame(model, map);
        foreach (var (old, pairs) in versions)
        {
            old.CheckInvariants();
            Assert.Equal(pairs, old.Select(p => (p.Key, Text(p.Value))));
        }

        // Delete everything in a random order, so that leaves and branches empty at every position: the map is
        // empty again, and the deletes of absent keys change nothing.
        foreach (var key in model.Keys.OrderBy(_ => random.Next()).ToList())
        {
            map = map.Remove(key);
            model.Remove(key);
            Assert.False(map.ContainsKey(key));
            if (model.Count % 61 == 0)
            {
                AssertSame(model, map);
            }
        }

        Assert.Same(KvMap.Empty, map);
        Assert.Same(map, map.Remove("absent"));
    }

    [Fact]
    public void Json_reads_back_the_same_map_in_one_pass_and_unsorted_json_too()
    {
        var map = KvMap.Empty;
        for (var i = 0; i < 5000; i++)
        {
            map = map.SetItem($"key{i}", Value(i % 3 == 0 ? "{\"a\":[1,2]}" : $"{i}"));
        }

        var json = JsonSerializer.Serialize(map);
        var back = JsonSerializer.Deserialize<KvMap>(json)!;
        back.CheckInvariants();
        Assert.Equal(5000, back.Count);
        Assert.Equal(json, JsonSerializer.Serialize(back));

        // The restored leaves share their values' arrays: puts and deletes on them leave the map they came from alone.
        var model = map.ToDictionary(p => p.Key, p => Text(p.Value));
        var changed = back;
        for (var i = 0; i < 5000; i += 7)
        {
            changed = i % 2 == 0 ? changed.SetItem($"key{i}", Value($"\"v{i}\"")) : changed.Remove($"key{i}");
            if (i % 2 == 0)
            {
                model[$"key{i}"] = $"\"v{i}\"";
            }
            else
            {
                model.Remove($"key{i}");
            }
        }

        AssertSame(new SortedDictionary<string, string>(model, StringComparer.Ordinal), changed);
        Assert.Equal(json, JsonSerializer.Serialize(back));

        // Keys out of order and a key twice (the last one counts), and escapes in a key.
        var unsorted = JsonSerializer.Deserialize<KvMap>("""{"b":1,"a":2,"c\u00e9":3,"b":4,"":5}""")!;
        unsorted.CheckInvariants();
        Assert.Equal(["", "a", "b", "c\u00e9"], unsorted.Select(p => p.Key));
        Assert.Equal("4", Text(unsorted["b"]));

        // Many keys in order, then some out of order or again: the same map as those puts one by one.
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder("{");
        void Pair(string key, int value)
        {
            sorted[key] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append(text.Length > 1 ? "," : "").Append('"').Append(key).Append("\":").Append(value);
        }

        for (var i = 0; i < 1000; i++)
        {
            Pair($"m{i:D4}", i);
        }

        Pair("m0500", -1);
        Pair("a", -2);
        Pair("z", -3);
        Pair("m0999", -4);
        AssertSame(sorted, JsonSerializer.Deserialize<KvMap>(text.Append('}').ToString())!);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<KvMap>("[1]"));
        Assert.Equal("{}", JsonSerializer.Serialize(JsonSerializer.Deserialize<KvMap>("{}")));
    }

    [Fact]
    public void Keys_with_escapes_and_characters_beyond_ascii_keep_ordinal_order_through_puts_and_json()
    {
        // A leaf keeps its keys' characters back to back: empty keys, quotes and backslashes (escaped in JSON), a
        // control character, letters beyond ASCII, a surrogate pair (before U+FFFD in ordinal order), a long key.
        string[] stems = ["", "a", "a\"b", "a\\b", "z\u0000z", "caf\u00e9", "\u00e9t\u00e9", "\uD83D\uDE00", "\uFFFD", "\u65E5\u672C", new string('x', 300)];
        var model = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var map = KvMap.Empty;
        for (var i = 0; i < 3000; i++)
        {
            // The stems alone first, then with a number after them: leaves fill and split among such keys.
            var key = i < stems.Length ? stems[i] : stems[i % stems.Length] + (i * 7919 % 3000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var json = $"[{i}]";
            model[key] = json;
            map = map.SetItem(key, Value(json));
        }

        AssertSame(model, map);
        Assert.True(map.ContainsKey("\uD83D\uDE00") && map.ContainsKey("") && !map.ContainsKey("\uD83D"));
        Assert.Throws<ArgumentNullException>(() => map.ContainsKey(null!));

        // Written in order with their escapes and read back on the path that builds leaf by leaf: the same map, the
        // same JSON.
        var text = JsonSerializer.Serialize(map);
        Assert.Contains("\\u0022", text, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<KvMap>(text)!;
        AssertSame(model, back);
        Assert.Equal(text, JsonSerializer.Serialize(back));

        // Deleting every other key of the restored map leaves the map it came from as it was.
        var thinned = back;
        foreach (var key in model.Keys.Where((_, i) => i % 2 == 0).ToList())
        {
            thinned = thinned.Remove(key);
        }

        thinned.CheckInvariants();
        Assert.Equal(model.Count - ((model.Count + 1) / 2), thinned.Count);
        AssertSame(model, back);
    }

    [Fact]
    public void Keys_kept_as_utf8_are_ordered_as_their_strings_are()
    {
        // Characters at the edges of UTF-8's lengths, around the surrogates, and beyond U+FFFF (kept as pairs), where
        // the order of UTF-8 bytes and of UTF-16 code units part.
        string[] units = ["", "a", "\u007F", "\u0080", "\u07FF", "\u0800", "\uD7FF", "\uE000", "\uFFFD", "\uFFFF", "\uD800\uDC00", "\uD83D\uDE00", "\uDBFF\uDFFF"];
        var random = new Random(7);
        string Next() => string.Concat(Enumerable.Range(0, random.Next(4)).Select(_ => units[random.Next(units.Length)]));
        for (var i = 0; i < 20000; i++)
        {
            var (a, b) = (Next(), Next());
            Assert.True(Math.Sign(KvMap.Compare(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b))) == Math.Sign(string.CompareOrdinal(a, b)),
                $"{Escape(a)} against {Escape(b)}");
        }

        static string Escape(string s) => string.Concat(s.Select(c => $"\\u{(int)c:X4}"));
    }

    [Fact]
    public void A_key_with_no_utf8_is_refused_by_a_put_and_found_nowhere_and_json_with_such_a_key_is_refused()
    {
        var map = KvMap.Empty.SetItem("a", Value("1"));

        // A lone surrogate: no JSON string makes one, and it has no UTF-8.
        Assert.Throws<ArgumentException>(() => map.SetItem("\uD800", Value("2")));
        Assert.False(map.ContainsKey("\uD800"));
        Assert.Same(map, map.Remove("\uDC00x"));
        Assert.Single(map);

        // A name whose bytes are not UTF-8, and an escaped lone surrogate: refused as JSON, not kept as something else.
        byte[] notUtf8 = [.. "{\"a\":1,\"b"u8, 0xFF, .. "\":2}"u8];
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<KvMap>(notUtf8));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<KvMap>("{\"a\":1,\"b\\ud800\":2}"u8));

        // An escaped name that is valid is read as its text.
        var back = JsonSerializer.Deserialize<KvMap>("{\"a\":1,\"\\u00e9\":2,\"\\ud83d\\ude00\":3}"u8)!;
        back.CheckInvariants();
        Assert.Equal(["a", "\u00e9", "\uD83D\uDE00"], back.Select(p => p.Key));
    }

    private static byte[] Binary(KvMap map)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        KvSnapshotFormat.Instance.Write(map, output);
        return output.WrittenSpan.ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(5000)]
    public void The_binary_form_reads_back_the_same_map_and_puts_on_it_leave_what_it_was_read_from_alone(int keys)
    {
        // Keys beyond ASCII, empty, long and with quotes, values of every JSON kind; leaves of every fill (the map made
        // by puts in a random order, with deletes).
        string[] stems = ["", "a", "a\"b", "caf\u00e9", "\uD83D\uDE00", "\uFFFD", new string('x', 300)];
        string[] values = ["1", "-2.5e3", "\"s\\\"\"", "true", "null", "{\"a\":[1,{\"b\":null}]}", "[]", "\"caf\u00e9\""];
        var random = new Random(keys);
        var model = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var map = KvMap.Empty;
        for (var i = 0; model.Count < keys; i++)
        {
            var key = stems[i % stems.Length] + random.Next(keys * 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (random.Next(5) == 0 && model.Remove(key))
            {
                map = map.Remove(key);
                continue;
            }

            var json = values[random.Next(values.Length)];
            model[key] = json;
            map = map.SetItem(key, Value(json));
        }

        if (keys > 0)
        {
            // The empty key, first of all.
            model[""] = "\"empty\"";
            map = map.SetItem("", Value("\"empty\""));
        }

        var bytes = Binary(map);
        var back = KvSnapshotFormat.Instance.Read(bytes);
        AssertSame(model, back);
        Assert.Equal(bytes, Binary(back));
        Assert.Equal(JsonSerializer.Serialize(map), JsonSerializer.Serialize(back));
        if (keys == 0)
        {
            Assert.Same(KvMap.Empty, back);
            return;
        }

        // Read from memory that is not at the start of an array, as from a snapshot file past its header.
        var offset = new byte[bytes.Length + 3];
        bytes.CopyTo(offset, 3);
        AssertSame(model, KvSnapshotFormat.Instance.Read(offset.AsMemory(3)));

        // The leaves read back are slices of the bytes: puts, replacements and deletes make leaves of their own, and
        // the map read back, and the bytes, stay as they were.
        var copy = (byte[])bytes.Clone();
        var changed = back;
        var changedModel = new SortedDictionary<string, string>(model, StringComparer.Ordinal);
        foreach (var key in model.Keys.Where((_, i) => i % 3 == 0).ToList())
        {
            changed = changed.SetItem(key, Value("\"new\""));
            changedModel[key] = "\"new\"";
        }

        foreach (var key in model.Keys.Where((_, i) => i % 3 == 1).ToList())
        {
            changed = changed.Remove(key);
            changedModel.Remove(key);
        }

        for (var i = 0; i < 50; i++)
        {
            changed = changed.SetItem($"added{i}", Value($"{i}"));
            changedModel[$"added{i}"] = $"{i}";
        }

        AssertSame(changedModel, changed);
        AssertSame(model, back);
        Assert.Equal(copy, bytes);
        AssertSame(changedModel, KvSnapshotFormat.Instance.Read(Binary(changed)));
    }

    [Fact]
    public void The_binary_form_refuses_bytes_it_did_not_write_with_a_format_error_and_nothing_else()
    {
        var map = KvMap.Empty;
        for (var i = 0; i < 200; i++)
        {
            map = map.SetItem($"k{i:D3}", Value(i % 2 == 0 ? $"{i}" : "{\"a\":[1,2]}"));
        }

        var bytes = Binary(map);

        // Cut short anywhere, or longer: refused.
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Throws<FormatException>(() => KvSnapshotFormat.Instance.Read(bytes.AsMemory(0, length)));
        }

        Assert.Throws<FormatException>(() => KvSnapshotFormat.Instance.Read(bytes.Append((byte)0).ToArray()));

        // Every byte changed in turn (three ways): refused with a format error, or read as a map that holds together
        // (a value's digit, say, changes the value and nothing else). Never another exception.
        var read = 0;
        for (var at = 0; at < bytes.Length; at++)
        {
            foreach (var change in new Func<byte, byte>[] { b => (byte)(b ^ 0x01), b => (byte)(b ^ 0x80), _ => 0xFF })
            {
                var bad = (byte[])bytes.Clone();
                bad[at] = change(bad[at]);
                if (bad[at] == bytes[at])
                {
                    continue;
                }

                KvMap? back;
                try
                {
                    back = KvSnapshotFormat.Instance.Read(bad);
                }
                catch (FormatException)
                {
                    continue;
                }

                back.CheckInvariants();
                Assert.Equal(200, back.Count);
                foreach (var (_, value) in back)
                {
                    using var document = JsonDocument.Parse(value.Utf8.ToArray());
                }

                read++;
            }
        }

        // The changes that are refused are most of them: the lengths, the ends, the order of the keys and the values'
        // JSON are all checked. Those read are in keys and values, where another valid text is another map.
        Assert.InRange(read, 1, bytes.Length);

        // Keys out of order, a key that is not UTF-8, a value that is not JSON, two values run together: each refused.
        Assert.Throws<FormatException>(() => KvSnapshotFormat.Instance.Read(Replaced(bytes, "k000k001"u8, "k001k000"u8)));
        Assert.Throws<FormatException>(() => KvSnapshotFormat.Instance.Read(Replaced(bytes, "k001"u8, [0x6B, 0xC3, 0x28, 0x31])));
        Assert.Throws<FormatException>(() => KvSnapshotFormat.Instance.Read(Replaced(bytes, "{\"a\":[1,2]}"u8, "{\"a\":[1,2]]"u8)));
        Assert.Throws<FormatException>(() => KvSnapshotFormat.Instance.Read(Replaced(bytes, "{\"a\":[1,2]}"u8, "{\"a\":1}{}  "u8)));


        // A header that claims more leaves (and pairs) than the bytes can hold is refused before anything is made for them.
        var huge = (byte[])bytes.Clone();
        BitConverter.GetBytes(int.MaxValue).CopyTo(huge, 8);
        BitConverter.GetBytes(int.MaxValue / 2).CopyTo(huge, 12);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<FormatException>(() => KvSnapshotFormat.Instance.Read(huge));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 1 << 20, "nothing large is made for a header that claims too much");

        // Keys that are UTF-8 together but not one by one: "a\u00e9" and "b" cut as "a" plus half the e, and the other
        // half plus "b".
        var split = Binary(KvMap.Empty.SetItem("a\u00e9", Value("1")).SetItem("b", Value("2")));
        Assert.Equal(3, BitConverter.ToInt32(split, 20));
        BitConverter.GetBytes(2).CopyTo(split, 20);
        Assert.Throws<FormatException>(() => KvSnapshotFormat.Instance.Read(split));
        BitConverter.GetBytes(3).CopyTo(split, 20);
        Assert.Equal(["a\u00e9", "b"], KvSnapshotFormat.Instance.Read(split).Select(p => p.Key));

        // A value with bytes that are not UTF-8 inside a string (a JSON reader lets them through until they are read as
        // text): a put refuses it, and a map that holds one is not written in a form that would not read back.
        var element = JsonSerializer.Deserialize<JsonElement>(new byte[] { (byte)'[', (byte)'"', 0xFF, (byte)'"', (byte)']' });
        Assert.Throws<MethodRejectedException>(() => RawJson.From(element[0]));
        var notUtf8 = KvMap.Empty.SetItem("a", new RawJson(new byte[] { (byte)'"', 0xFF, (byte)'"' }));
        Assert.Throws<InvalidOperationException>(() => Binary(notUtf8));

        static byte[] Replaced(byte[] bytes, ReadOnlySpan<byte> what, ReadOnlySpan<byte> with)
        {
            var copy = (byte[])bytes.Clone();
            var at = copy.AsSpan().IndexOf(what);
            Assert.True(at >= 0);
            with.CopyTo(copy.AsSpan(at));
            return copy;
        }
    }
}
