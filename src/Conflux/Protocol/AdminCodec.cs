namespace Conflux.Protocol;

/// <summary>What a forwarded request asks the leader to do.</summary>
internal enum AdminOp : byte
{
    AddMember = 1,
    RemoveMember = 2,
    PromoteMember = 3,
    TransferLeadership = 4,
}

/// <summary>How a forwarded request ended on the leader.</summary>
internal enum AdminStatus : byte
{
    Done = 0,
    Refused = 1,
    TimedOut = 2,
    BadArgument = 3,
}

/// <summary>A follower's request to the leader: an operation on a member, with the caller's time limit.</summary>
internal readonly record struct AdminRequest(long Id, AdminOp Op, string Member, string? Address, long TimeoutMs)
{
    public byte[] Encode()
    {
        var w = Envelope.Begin(EnvelopeKind.AdminRequest, Envelope.HeaderBytes + 64 + Member.Length + (Address?.Length ?? 0));
        w.Long(Id);
        w.Byte((byte)Op);
        w.String(Member);
        w.String(Address ?? "");
        w.Long(TimeoutMs);
        return w.ToArray();
    }

    public static AdminRequest Decode(ReadOnlyMemory<byte> body)
    {
        var r = new WireReader(body);
        var request = new AdminRequest(r.Long(), (AdminOp)r.Byte(), r.String(), r.String() is { Length: > 0 } address ? address : null, r.Long());
        if (request.Op is < AdminOp.AddMember or > AdminOp.TransferLeadership || request.Member.Length == 0 || request.TimeoutMs is <= 0 or > 3_600_000)
        {
            throw new FormatException($"A forwarded request has bad fields (operation {(byte)request.Op}, timeout {request.TimeoutMs} ms).");
        }

        return request;
    }
}

/// <summary>The leader's answer: how the request ended, what it said, and the leader it knows (when it no longer leads).</summary>
internal readonly record struct AdminResponse(long Id, AdminStatus Status, string Message, string? Leader)
{
    public byte[] Encode()
    {
        var w = Envelope.Begin(EnvelopeKind.AdminResponse, Envelope.HeaderBytes + 32 + Message.Length + (Leader?.Length ?? 0));
        w.Long(Id);
        w.Byte((byte)Status);
        w.String(Message);
        w.String(Leader ?? "");
        return w.ToArray();
    }

    public static AdminResponse Decode(ReadOnlyMemory<byte> body)
    {
        var r = new WireReader(body);
        var response = new AdminResponse(r.Long(), (AdminStatus)r.Byte(), r.String(), r.String() is { Length: > 0 } leader ? leader : null);
        if (response.Status > AdminStatus.BadArgument)
        {
            throw new FormatException($"A forwarded answer has an unknown status {(byte)response.Status}.");
        }

        return response;
    }
}
