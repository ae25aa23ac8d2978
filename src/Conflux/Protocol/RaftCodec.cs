using Conflux.Consensus;

namespace Conflux.Protocol;

/// <summary>Encodes Raft messages for the channel.</summary>
internal static class RaftCodec
{
    /// <summary>Bytes before the entries: envelope, type, from, to, term, log term, index, commit, reject, hint, context, count.</summary>
    private const int HeaderBytes = Envelope.HeaderBytes + 1 + 4 + 4 + 8 + 8 + 8 + 8 + 1 + 8 + 8 + 4;

    /// <summary>Most entries one decoded append may carry: a bound against a hostile length.</summary>
    public const int MaxEntriesPerMessage = 1 << 20;

    public static byte[] Encode(in Message m)
    {
        var entries = m.Entries.Span;
        var size = HeaderBytes;
        foreach (ref readonly var e in entries)
        {
            size += Entry.EntryOverheadBytes + e.Data.Length;
        }

        var w = Envelope.Begin(EnvelopeKind.Raft, size);
        w.Byte((byte)m.Type);
        w.Int(m.From);
        w.Int(m.To);
        w.Long(m.Term);
        w.Long(m.LogTerm);
        w.Long(m.Index);
        w.Long(m.Commit);
        w.Byte(m.Reject ? (byte)1 : (byte)0);
        w.Long(m.RejectHint);
        w.Long(m.Context);
        w.Int(entries.Length);
        foreach (ref readonly var e in entries)
        {
            w.Long(e.Index);
            w.Long(e.Term);
            w.Byte((byte)e.Type);
            w.Bytes(e.Data.Span);
        }

        return w.ToArray();
    }

    /// <summary>Decodes a message after its envelope. Entry payloads are slices of <paramref name="reader"/>'s buffer.</summary>
    public static Message Decode(ref WireReader reader)
    {
        var type = (MessageType)reader.Byte();
        var from = reader.Int();
        var to = reader.Int();
        var term = reader.Long();
        var logTerm = reader.Long();
        var index = reader.Long();
        var commit = reader.Long();
        var reject = reader.Byte() != 0;
        var hint = reader.Long();
        var context = reader.Long();
        var count = reader.Int();
        if (count < 0 || count > MaxEntriesPerMessage || count > reader.Remaining / Entry.EntryOverheadBytes)
        {
            throw new FormatException($"A Raft message claims {count} entries.");
        }

        var entries = count == 0 ? [] : new Entry[count];
        for (var i = 0; i < count; i++)
        {
            var entryIndex = reader.Long();
            var entryTerm = reader.Long();
            var entryType = (EntryType)reader.Byte();
            if (entryType is not (EntryType.Normal or EntryType.NoOp or EntryType.Config))
            {
                throw new FormatException($"Unknown entry type {(byte)entryType}.");
            }

            entries[i] = new Entry(entryIndex, entryTerm, entryType, reader.Bytes());
        }

        return new Message
        {
            Type = type,
            From = from,
            To = to,
            Term = term,
            LogTerm = logTerm,
            Index = index,
            Commit = commit,
            Reject = reject,
            RejectHint = hint,
            Context = context,
            Entries = entries,
        };
    }
}
