using Conflux.Consensus;
using Xunit;

namespace Conflux.Tests.Consensus;

/// <summary>
/// The settings of a node: their defaults, the bounds <see cref="RaftConfig.Validate"/> enforces, and the message each
/// refusal gives, word for word (a user reads it, not the code).
/// </summary>
public class RaftConfigTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones_and_pass_validation()
    {
        var config = new RaftConfig { Id = 1, Members = [1] };
        config.Validate();

        Assert.Equal(10, config.ElectionTimeoutMinTicks);
        Assert.Equal(20, config.ElectionTimeoutMaxTicks);
        Assert.Equal(2, config.HeartbeatTicks);
        Assert.Equal(1 << 20, config.MaxMessageBytes);
        Assert.Equal(256, config.MaxInflightMessages);
        Assert.Equal(1 << 20, config.MaxUncommittedEntries);
        Assert.Equal(200, config.SnapshotRetryTicks);
        Assert.True(config.PreVote);
        Assert.True(config.CheckQuorum);
        Assert.False(config.LeaseReads);
        Assert.False(config.CheckInvariants);
        Assert.Same(Random.Shared, config.Random);
        Assert.Empty(new RaftConfig().Members);
    }

    public static TheoryData<string, RaftConfig, string> Refusals => new()
    {
        { "Id", new RaftConfig { Id = 0, Members = [1] }, "Id must be positive (got 0)." },
        { "Id", new RaftConfig { Id = -2, Members = [1] }, "Id must be positive (got -2)." },
        { "Members", new RaftConfig { Id = 1, Members = null! }, "Members must not be null (it is empty for a node that waits to be added)." },
        { "Members", new RaftConfig { Id = 1, Members = [.. Enumerable.Range(1, RaftConfig.MaxMembers + 1)] }, "Members has 65 ids; at most 64 are supported." },
        { "Members", new RaftConfig { Id = 1, Members = [1, 0] }, "Members must hold positive ids (got 0)." },
        { "Members", new RaftConfig { Id = 1, Members = [1, -7] }, "Members must hold positive ids (got -7)." },
        { "Members", new RaftConfig { Id = 1, Members = [1, 2, 1] }, "Members lists 1 twice." },
        { "Members", new RaftConfig { Id = 4, Members = [1, 2, 3] }, "Members must include this node's Id (4)." },
        { "HeartbeatTicks", new RaftConfig { Id = 1, Members = [1], HeartbeatTicks = 0 }, "HeartbeatTicks must be positive (got 0)." },
        { "ElectionTimeoutMinTicks", new RaftConfig { Id = 1, Members = [1], HeartbeatTicks = 3, ElectionTimeoutMinTicks = 3 }, "ElectionTimeoutMinTicks (3) must be greater than HeartbeatTicks (3)." },
        { "ElectionTimeoutMaxTicks", new RaftConfig { Id = 1, Members = [1], ElectionTimeoutMinTicks = 10, ElectionTimeoutMaxTicks = 9 }, "ElectionTimeoutMaxTicks (9) must be at least ElectionTimeoutMinTicks (10)." },
        { "MaxMessageBytes", new RaftConfig { Id = 1, Members = [1], MaxMessageBytes = 0 }, "MaxMessageBytes must be positive (got 0)." },
        { "MaxInflightMessages", new RaftConfig { Id = 1, Members = [1], MaxInflightMessages = 0 }, "MaxInflightMessages must be positive (got 0)." },
        { "MaxUncommittedEntries", new RaftConfig { Id = 1, Members = [1], MaxUncommittedEntries = 0 }, "MaxUncommittedEntries must be positive (got 0)." },
        { "SnapshotRetryTicks", new RaftConfig { Id = 1, Members = [1], SnapshotRetryTicks = 0 }, "SnapshotRetryTicks must be positive (got 0)." },
        { "LeaseReads", new RaftConfig { Id = 1, Members = [1], LeaseReads = true, CheckQuorum = false }, "LeaseReads needs CheckQuorum: voters ignore campaigns only while they hear from a leader." },
        { "Random", new RaftConfig { Id = 1, Members = [1], Random = null! }, "Random must not be null." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Validation_names_the_setting_and_says_what_is_wrong(string setting, RaftConfig config, string message)
    {
        var error = Assert.Throws<ArgumentException>(config.Validate);
        Assert.Equal(setting, error.ParamName);
        Assert.Equal($"{message} (Parameter '{setting}')", error.Message);

        // A node is never built from settings that do not validate.
        Assert.Equal(setting, Assert.Throws<ArgumentException>(() => new RaftNode(config)).ParamName);
    }

    public static TheoryData<RaftConfig> SettingsAtTheirBounds => new()
    {
        new RaftConfig { Id = 64, Members = [.. Enumerable.Range(1, RaftConfig.MaxMembers)] },
        new RaftConfig { Id = 1, Members = [1] },
        new RaftConfig { Id = 5 },
        new RaftConfig { Id = 1, Members = [1], HeartbeatTicks = 1, ElectionTimeoutMinTicks = 2, ElectionTimeoutMaxTicks = 2 },
        new RaftConfig { Id = 1, Members = [1], MaxMessageBytes = 1, MaxInflightMessages = 1, MaxUncommittedEntries = 1, SnapshotRetryTicks = 1 },
        new RaftConfig { Id = 1, Members = [1], LeaseReads = true },
        new RaftConfig { Id = 1, Members = [1], PreVote = false, CheckQuorum = false },
    };

    [Theory]
    [MemberData(nameof(SettingsAtTheirBounds))]
    public void Settings_at_their_bounds_are_accepted(RaftConfig config)
    {
        config.Validate();
        var node = new RaftNode(config);
        Assert.Equal(config.Id, node.Id);
        Assert.Equal(config.Members.Count, node.Config.Voters.Count);
    }
}
