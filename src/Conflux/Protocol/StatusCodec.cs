namespace Conflux.Protocol;

/// <summary>
/// A node's report of itself to its peers: role, term, commit and applied index. Nothing in consensus reads it;
/// it lets every node show every member (a dashboard), not only itself and its leader.
/// </summary>
internal static class StatusCodec
{
    /// <summary>The roles a report names, in the order of their byte.</summary>
    public static readonly string[] Roles = ["joining", "follower", "candidate", "leader", "learner"];

    public static byte[] Encode(byte role, long term, long commitIndex, long appliedIndex)
    {
        var w = Envelope.Begin(EnvelopeKind.Status, Envelope.HeaderBytes + 1 + 3 * 8);
        w.Byte(role);
        w.Long(term);
        w.Long(commitIndex);
        w.Long(appliedIndex);
        return w.ToArray();
    }

    /// <summary>After the envelope.</summary>
    public static (string Role, long Term, long CommitIndex, long AppliedIndex) Decode(ref WireReader reader)
    {
        var role = reader.Byte();
        if (role >= Roles.Length)
        {
            throw new FormatException($"a status names role {role}, which does not exist");
        }

        var (term, commit, applied) = (reader.Long(), reader.Long(), reader.Long());
        return term < 0 || commit < 0 || applied < 0
            ? throw new FormatException("a status has a negative term or index")
            : (Roles[role], term, commit, applied);
    }
}
