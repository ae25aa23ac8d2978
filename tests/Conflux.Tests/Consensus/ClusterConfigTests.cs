using System.Buffers.Binary;
using Conflux.Consensus;
using Xunit;

namespace Conflux.Tests.Consensus;

/// <summary>
/// A configuration as a value: what it refuses and why, its encoding in a log entry, and its decoder against bytes a
/// faulty peer or a damaged disk could hold.
/// </summary>
public class ClusterConfigTests
{
    [Theory]
    [InlineData(new[] { 1, 0 }, new int[0], "Member ids are positive (got 0).")]
    [InlineData(new[] { 1, -3 }, new int[0], "Member ids are positive (got -3).")]
    [InlineData(new[] { 1, 2, 2 }, new int[0], "Member 2 is listed twice (as a voter and a learner, or twice in one list).")]
    [InlineData(new[] { 1, 2 }, new[] { 2 }, "Member 2 is listed twice (as a voter and a learner, or twice in one list).")]
    public void A_configuration_refuses_bad_ids_and_says_which(int[] voters, int[] learners, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new ClusterConfig(voters, learners));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("voters", error.ParamName);
    }

    [Fact]
    public void A_configuration_holds_at_most_max_members_voters_and_learners_together()
    {
        var full = new ClusterConfig(Enumerable.Range(1, 32), Enumerable.Range(33, RaftConfig.MaxMembers - 32));
        Assert.Equal(RaftConfig.MaxMembers, full.Voters.Count + full.Learners.Count);

        var error = Assert.Throws<ArgumentException>(() => new ClusterConfig(Enumerable.Range(1, 32), Enumerable.Range(33, RaftConfig.MaxMembers - 31)));
        Assert.StartsWith($"A configuration has at most {RaftConfig.MaxMembers} members (got {RaftConfig.MaxMembers + 1}).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_change_adds_or_removes_one_voter_and_says_why_not_otherwise()
    {
        var three = new ClusterConfig([1, 2, 3]);
        Assert.True(three.IsSingleChangeTo(new ClusterConfig([1, 2, 3, 4]), out var why));
        Assert.Equal("", why);
        Assert.True(three.IsSingleChangeTo(new ClusterConfig([1, 2], [3, 5, 6]), out why));
        Assert.Equal("", why);

        Assert.False(three.IsSingleChangeTo(new ClusterConfig([1, 4, 5]), out why));
        Assert.Equal("it changes 4 voters ([1, 2, 3] to [1, 4, 5]); one change adds or removes one voter", why);
        Assert.False(new ClusterConfig([1]).IsSingleChangeTo(new ClusterConfig([], [1]), out why));
        Assert.Equal("a cluster needs at least one voter", why);
        Assert.Throws<ArgumentNullException>(() => three.IsSingleChangeTo(null!, out _));
    }

    [Fact]
    public void A_configuration_survives_its_encoding_and_equals_only_the_same_lists_and_context()
    {
        var config = new ClusterConfig([3, 1, 2], [7], new byte[] { 9, 8 });
        var decoded = ClusterConfig.Decode(config.Encode());
        Assert.Equal(config, decoded);
        Assert.True(config.Equals((object)decoded));
        Assert.Equal(config.GetHashCode(), decoded.GetHashCode());
        Assert.Equal([1, 2, 3], decoded.Voters);
        Assert.Equal([7], decoded.Learners);
        Assert.Equal("voters [1,2,3] learners [7]", decoded.ToString());

        ClusterConfig[] others =
        [
            new([1, 2, 3], [7]),
            new([1, 2, 3], [], new byte[] { 9, 8 }),
            new([1, 2, 7], [3], new byte[] { 9, 8 }),
            new([1, 2], [3, 7], new byte[] { 9, 8 }),
            new([1, 2, 3], [7], new byte[] { 9, 9 }),
        ];
        foreach (var other in others)
        {
            Assert.False(config.Equals(other), $"{config} equals {other}");
            Assert.NotEqual(config.GetHashCode(), other.GetHashCode());
        }

        // The lists are hashed in their places: the same ids as voters or as learners hash apart.
        Assert.NotEqual(new ClusterConfig([1], [2]).GetHashCode(), new ClusterConfig([1, 2]).GetHashCode());
        Assert.NotEqual(new ClusterConfig([1]).GetHashCode(), new ClusterConfig([], [1]).GetHashCode());
        Assert.NotEqual(new ClusterConfig([1, 2], [7]).GetHashCode(), new ClusterConfig([1, 3], [7]).GetHashCode());
        Assert.False(config.Equals(null));
        Assert.Equal("voters [1,2,3]", new ClusterConfig([3, 1, 2]).ToString());
        Assert.Equal("voters [1] learners [2,3]", new ClusterConfig([1], [3, 2]).ToString());

        // The largest configuration decodes too: 64 voters, or voters and learners that make 64.
        foreach (var largest in new[] { new ClusterConfig(Enumerable.Range(1, RaftConfig.MaxMembers)), new ClusterConfig([1], Enumerable.Range(2, RaftConfig.MaxMembers - 1)) })
        {
            Assert.Equal(largest, ClusterConfig.Decode(largest.Encode()));
        }
    }

    public static TheoryData<byte[], string> MalformedConfigurations()
    {
        var good = new ClusterConfig([1, 2, 3], [4]).Encode();
        byte[] WithCount(int at, int count)
        {
            var bytes = good.ToArray();
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), count);
            return bytes;
        }

        var version = good.ToArray();
        version[0] = 7;
        return new TheoryData<byte[], string>
        {
            { [], "an empty configuration" },
            { version, "configuration format 7 is not supported" },
            { good[..1], "a configuration that ends early" },
            { good[..8], "a configuration that claims 3 members" },
            { good[..9], "a configuration that claims 3 members" },
            { good[..17], "a configuration that ends early" },
            { good[..20], "a configuration that ends early" },
            { good[..21], "a configuration that claims 1 members" },
            { WithCount(1, -1), "a configuration that claims -1 members" },
            { WithCount(1, RaftConfig.MaxMembers + 1), $"a configuration that claims {RaftConfig.MaxMembers + 1} members" },
            { WithCount(1, 4), "a configuration that claims 4 members" },
            { WithCount(5, -2), "Member ids are positive (got -2)." },
        };
    }

    [Theory]
    [MemberData(nameof(MalformedConfigurations))]
    public void Decoding_malformed_bytes_fails_with_a_format_error_that_says_what_is_wrong(byte[] data, string message)
    {
        var error = Assert.Throws<FormatException>(() => ClusterConfig.Decode(data));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
