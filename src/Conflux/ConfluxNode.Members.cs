using System.Collections.Concurrent;
using Conflux.Consensus;
using Conflux.Protocol;
using Conflux.Runtime;
using Conflux.Transport;

namespace Conflux;

/// <summary>One member of the cluster's configuration.</summary>
/// <param name="Id">The node's id.</param>
/// <param name="Address">Its cluster address as the configuration records it; null when not known (the first members on a channel without addresses).</param>
/// <param name="IsVoter">True for a voter; false for a learner, which receives the log and does not vote yet.</param>
/// <param name="IsLeader">True for the member this node knows as leader.</param>
public sealed record ClusterMember(string Id, string? Address, bool IsVoter, bool IsLeader);

/// <summary>The cluster's configuration as one node sees it.</summary>
/// <param name="Members">Voters and learners, sorted by id.</param>
/// <param name="ChangeInProgress">True while the latest change is not committed (as far as this node knows): another must wait.</param>
/// <param name="Removed">Ids removed from the cluster, which cannot be added again.</param>
public sealed record ClusterMembers(IReadOnlyList<ClusterMember> Members, bool ChangeInProgress, IReadOnlyList<string> Removed);

/// <summary>A membership change was refused: not the leader, another change in progress, an unknown or taken id, a taken address.</summary>
public class MembershipChangeException : ConfluxException
{
    /// <summary>Creates the exception.</summary>
    public MembershipChangeException()
    {
    }

    /// <summary>Creates the exception with a message saying what was refused and why.</summary>
    public MembershipChangeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MembershipChangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The leader this node knows of, when the change was refused because this node does not lead.</summary>
    public string? Leader { get; init; }
}

/// <summary>Membership changes: one server at a time (Raft dissertation 4.1), on the leader.</summary>
public sealed partial class ConfluxNode<TState, TAction>
{
    /// <summary>How long a membership change waits by default: for its commit, and for a new member to catch up.</summary>
    public static readonly TimeSpan DefaultMembershipTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The cluster's members (voters and learners) as this node knows them.</summary>
    /// <exception cref="ConfluxException">The node has stopped.</exception>
    public Task<ClusterMembers> GetMembersAsync(CancellationToken cancellationToken = default) =>
        OnLoopAsync(() =>
        {
            var core = _host.Core;
            var driver = _host.Driver;
            if (core is null || driver is null)
            {
                return new ClusterMembers([], false, []);
            }

            var config = core.Config;
            var table = driver.Table;
            ClusterMember[] members = [.. table.Members.Select(m => new ClusterMember(
                m.Name, m.Address.Length > 0 ? m.Address : AddressOf(m.Name), config.IsVoter(m.Id), m.Name == _host.LeaderId))];
            return new ClusterMembers(members, core.ConfigIndex > core.CommitIndex, table.Retired);
        }, cancellationToken);

    /// <summary>
    /// Adds node <paramref name="id"/> to the cluster: first as a learner, which receives the log (or a snapshot) and
    /// does not vote; once it has caught up, it is promoted to a voter. Call it on the leader. The node is started with
    /// <see cref="ConfluxOptions{TState, TAction}.Join"/> (on a channel with addresses, at <paramref name="address"/>).
    /// Adding a voter again does nothing; adding a learner again goes on to promote it.
    /// </summary>
    /// <param name="id">The new node's id: never a member's, nor one removed before.</param>
    /// <param name="address">Its cluster address (host:port), which every member's channel dials; required over TCP.</param>
    /// <param name="timeout">For the whole change, catching up included; default <see cref="DefaultMembershipTimeout"/>.</param>
    /// <param name="cancellationToken">Stops waiting; the change may still complete.</param>
    /// <exception cref="MembershipChangeException">Refused: not the leader, another change in progress, the id or address taken.</exception>
    /// <exception cref="TimeoutException">A step did not commit (no quorum), or the node did not catch up, in time; the message says which.</exception>
    public async Task AddMemberAsync(string id, string? address = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (System.Text.Encoding.UTF8.GetByteCount(id) > TcpChannelOptions.MaxIdBytes)
        {
            throw new ArgumentException($"A node id has at most {TcpChannelOptions.MaxIdBytes} UTF-8 bytes.", nameof(id));
        }

        if (address is not null && !TcpAddress.TryParse(address, out _, out _))
        {
            throw new ArgumentException($"The address \"{address}\" is not host:port, for example 127.0.0.1:7004.", nameof(address));
        }

        var wait = timeout ?? DefaultMembershipTimeout;
        await OnLeaderAsync(AdminOp.AddMember, id, address, wait, () => AddMemberHereAsync(id, address, wait, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task AddMemberHereAsync(string id, string? address, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(wait);
        var memberId = MemberTable.IdFor(id);
        await ChangeAsync($"adding {id} as a learner", (config, table) =>
        {
            if (table.ByName(id) is { } existing)
            {
                return null; // a member already: go on to promote it, or nothing to do
            }

            if (table.Retired.Contains(id, StringComparer.Ordinal))
            {
                throw new MembershipChangeException(
                    $"{id} was removed from this cluster and cannot be added again: it may have voted under that id. Give the new node a new id.");
            }

            if (table.ById(memberId) is { } clash)
            {
                throw new MembershipChangeException($"{id} would take the same internal id as member {clash.Name}; give the new node another id.");
            }

            if (address is null && _channel is IMembershipChannel)
            {
                throw new MembershipChangeException($"The channel dials its peers: give {id}'s address (host:port).");
            }

            var known = table.WithAddresses(AddressOf);
            if (address is not null && known.Members.FirstOrDefault(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)) is { } taken)
            {
                throw new MembershipChangeException($"The address {address} is {taken.Name}'s; each member has its own.");
            }

            return (new ClusterConfig(config.Voters, config.Learners.Append(memberId)), known.With(new MemberInfo(memberId, id, address ?? "")));
        }, wait, deadline.Token, cancellationToken).ConfigureAwait(false);

        await PromoteAsync(id, memberId, wait, deadline.Token, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Promotes learner <paramref name="id"/> to a voter once it has caught up with the leader's log: what
    /// <see cref="AddMemberAsync"/> does after adding it, for a learner whose promotion timed out. Call it on the leader.
    /// </summary>
    /// <exception cref="MembershipChangeException">Refused: not the leader, another change in progress, not a member.</exception>
    /// <exception cref="TimeoutException">The learner did not catch up, or the change did not commit, in time.</exception>
    public Task PromoteMemberAsync(string id, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var wait = timeout ?? DefaultMembershipTimeout;
        return OnLeaderAsync(AdminOp.PromoteMember, id, null, wait, () => PromoteHereAsync(id, wait, cancellationToken), cancellationToken);
    }

    private async Task PromoteHereAsync(string id, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(wait);
        await PromoteAsync(id, MemberTable.IdFor(id), wait, deadline.Token, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Removes member <paramref name="id"/> (a voter or a learner) from the cluster. Call it on the leader; a leader that
    /// removes itself leads until the change commits, then hands over. The removed id is never taken again: to replace a
    /// dead node, remove it, then add a node with a new id on a new disk.
    /// </summary>
    /// <exception cref="MembershipChangeException">Refused: not the leader, another change in progress, not a member, the last voter.</exception>
    /// <exception cref="TimeoutException">The change did not commit in time (no quorum).</exception>
    public async Task RemoveMemberAsync(string id, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var wait = timeout ?? DefaultMembershipTimeout;
        await OnLeaderAsync(AdminOp.RemoveMember, id, null, wait, () => RemoveMemberHereAsync(id, wait, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task RemoveMemberHereAsync(string id, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(wait);
        await ChangeAsync($"removing {id}", (config, table) =>
        {
            var member = table.ByName(id) ?? throw new MembershipChangeException(
                $"{id} is not a member ({string.Join(", ", table.Members.Select(m => m.Name))}).");
            if (config.Voters.Count == 1 && config.IsVoter(member.Id))
            {
                throw new MembershipChangeException($"{id} is the last voter: a cluster needs one.");
            }

            return (new ClusterConfig(config.Voters.Where(v => v != member.Id), config.Learners.Where(l => l != member.Id)),
                table.WithAddresses(AddressOf).Without(id));
        }, wait, deadline.Token, cancellationToken).ConfigureAwait(false);
    }

    private async Task PromoteAsync(string id, int memberId, TimeSpan wait, CancellationToken deadline, CancellationToken cancellationToken)
    {
        // Caught up: it holds what the leader held a moment ago, give or take a tenth (etcd's rule for learners).
        var caughtUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string progress = "";
        await WatchAsync(caughtUp, () =>
        {
            var core = _host.Core;
            if (core is null)
            {
                return true;
            }

            if (core.Config.IsVoter(memberId))
            {
                caughtUp.TrySetResult();
                return true;
            }

            if (!core.Config.IsLearner(memberId))
            {
                caughtUp.TrySetException(new MembershipChangeException($"{id} is not a learner of this cluster: add it first."));
                return true;
            }

            if (!core.TryGetMatch(memberId, out var match))
            {
                caughtUp.TrySetException(NotLeader());
                return true;
            }

            progress = $"it holds index {match} of {core.LastIndex}";
            if (match >= core.ConfigIndex && core.LastIndex - match <= Math.Max(64, core.LastIndex / 10))
            {
                caughtUp.TrySetResult();
                return true;
            }

            return false;
        }, () =>
            $"{id} was added as a learner but did not catch up within {wait.TotalSeconds:0.#} s ({progress}): is it running, and reachable? "
            + "Promote it later, or remove it.", deadline, cancellationToken).ConfigureAwait(false);

        await ChangeAsync($"promoting {id} to a voter", (config, table) =>
            config.IsVoter(memberId) ? null
            : (new ClusterConfig(config.Voters.Append(memberId), config.Learners.Where(l => l != memberId)), table.WithAddresses(AddressOf)),
            wait, deadline, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Proposes the change <paramref name="make"/> computes from the configuration in effect and its table (null when
    /// there is nothing to do) on the loop, trying again while the leader is not ready (its term's first entry not
    /// committed yet), and waits until it commits.
    /// </summary>
    private async Task ChangeAsync(string what, Func<ClusterConfig, MemberTable, (ClusterConfig Config, MemberTable Table)?> make,
        TimeSpan wait, CancellationToken deadline, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long index = 0, term = 0;
        await WatchAsync(done, () =>
        {
            if (_host.Core is not { } core || _host.Driver is not { } driver)
            {
                done.TrySetException(StoppedError());
                return true;
            }

            if (index == 0)
            {
                // Not proposed yet.
                if (core.Role != RaftRole.Leader)
                {
                    done.TrySetException(NotLeader());
                    return true;
                }

                (ClusterConfig Config, MemberTable Table)? next;
                try
                {
                    next = make(core.Config, driver.Table);
                }
                catch (MembershipChangeException ex)
                {
                    done.TrySetException(ex);
                    return true;
                }

                if (next is not { } change)
                {
                    done.TrySetResult();
                    return true;
                }

                var result = core.ProposeConfig(change.Config.WithContext(change.Table.Encode()), out index);
                switch (result)
                {
                    case ConfigChangeResult.Accepted:
                        term = core.Term;
                        break;
                    case ConfigChangeResult.NotReady:
                        return false; // the leader's first commit of its term is on its way: try after the next batch
                    case ConfigChangeResult.ChangeInProgress:
                        done.TrySetException(new MembershipChangeException(
                            $"Another membership change is in progress (the configuration at index {core.ConfigIndex} is not committed yet); try again once it is."));
                        return true;
                    case ConfigChangeResult.NotSingleChange:
                        done.TrySetException(new MembershipChangeException($"{what} would change more than one voter at once."));
                        return true;
                    default:
                        done.TrySetException(NotLeader());
                        return true;
                }
            }

            // Proposed: done once committed; lost if another leader's entry took its place.
            if (core.CommitIndex >= index && (index <= core.Snapshot.Index || core.TermAt(index) == term))
            {
                done.TrySetResult();
                return true;
            }

            if (core.LastIndex < index || (index > core.Snapshot.Index && core.TermAt(index) != term))
            {
                done.TrySetException(new MembershipChangeException($"{what} was lost when the leadership changed; try again on the new leader.")
                {
                    Leader = _host.LeaderId,
                });
                return true;
            }

            return false;
        }, () => index == 0
            ? $"{what}: the leader could not take the change within {wait.TotalSeconds:0.#} s."
            : $"{what}: the change (index {index}) did not commit within {wait.TotalSeconds:0.#} s. Is a majority of the voters reachable? It may still commit.",
            deadline, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="step"/> on the loop after every batch until it says it is finished (it completes
    /// <paramref name="done"/> on the way), and waits for <paramref name="done"/> until <paramref name="deadline"/>, when
    /// it throws a <see cref="TimeoutException"/> with the message <paramref name="timedOut"/> gives then.
    /// </summary>
    private async Task WatchAsync(TaskCompletionSource done, Func<bool> step, Func<string> timedOut, CancellationToken deadline, CancellationToken cancellationToken)
    {
        if (!_host.Post(() => _host.Watch(() => done.Task.IsCompleted || step())))
        {
            throw StoppedError();
        }

        try
        {
            await done.Task.WaitAsync(deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            done.TrySetCanceled(CancellationToken.None);
            throw new TimeoutException(timedOut());
        }
    }

    private MembershipChangeException NotLeader()
    {
        var leader = _host.LeaderId;
        return new MembershipChangeException(
            $"{_id} is not the leader{(leader is not null ? $" ({leader} is)" : " (none is known)")}: change the members on the leader.")
        {
            Leader = leader,
        };
    }

    /// <summary>The address the channel dials for <paramref name="member"/>, if it has one.</summary>
    private string? AddressOf(string member) => (_channel as IMembershipChannel)?.AddressOf(member);

    // Requests this node forwarded to the leader, by id, until answered (any thread).
    private readonly ConcurrentDictionary<long, TaskCompletionSource<AdminResponse>> _forwarded = new();
    private long _lastForwarded;

    /// <summary>
    /// Runs a change here when this node leads (or knows no leader: then it fails saying so), else forwards it to the
    /// leader over the cluster's channel and waits for its answer, which it throws as the leader would have.
    /// </summary>
    private async Task OnLeaderAsync(AdminOp op, string member, string? address, TimeSpan wait, Func<Task> here, CancellationToken cancellationToken)
    {
        if (LeaderId is not { } leader || leader == _id)
        {
            await here().ConfigureAwait(false);
            return;
        }

        var request = new AdminRequest(Interlocked.Increment(ref _lastForwarded), op, member, address, (long)Math.Ceiling(wait.TotalMilliseconds));
        var answer = new TaskCompletionSource<AdminResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _forwarded[request.Id] = answer;
        try
        {
            if (!_host.Post(() => _host.Send(leader, request.Encode())))
            {
                throw StoppedError();
            }

            AdminResponse response;
            try
            {
                // The leader's own time limit, and a little for the way there and back.
                response = await answer.Task.WaitAsync(wait + TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"The leader, {leader}, did not answer within {wait.TotalSeconds:0.#} s (the request or its answer was lost, or it stopped); the change may still happen.");
            }

            switch (response.Status)
            {
                case AdminStatus.Done:
                    return;
                case AdminStatus.TimedOut:
                    throw new TimeoutException(response.Message);
                case AdminStatus.BadArgument:
                    throw new ArgumentException(response.Message, nameof(member));
                default:
                    throw op == AdminOp.TransferLeadership
                        ? new InvalidOperationException(response.Message)
                        : new MembershipChangeException(response.Message) { Leader = response.Leader };
            }
        }
        finally
        {
            _forwarded.TryRemove(request.Id, out _);
        }
    }

    /// <summary>A forwarded request (this node leads) or the answer to one it forwarded; on the loop.</summary>
    private void OnAdminMessage(string from, EnvelopeKind kind, ReadOnlyMemory<byte> body)
    {
        if (kind == EnvelopeKind.AdminResponse)
        {
            var response = AdminResponse.Decode(body);
            if (_forwarded.TryGetValue(response.Id, out var waiting))
            {
                waiting.TrySetResult(response);
            }

            return;
        }

        var request = AdminRequest.Decode(body);
        _ = Task.Run(async () =>
        {
            var wait = TimeSpan.FromMilliseconds(request.TimeoutMs);
            AdminResponse answer;
            try
            {
                await (request.Op switch
                {
                    AdminOp.AddMember => AddMemberHereAsync(request.Member, request.Address, wait, CancellationToken.None),
                    AdminOp.RemoveMember => RemoveMemberHereAsync(request.Member, wait, CancellationToken.None),
                    AdminOp.TransferLeadership => TransferHereAsync(request.Member, wait, CancellationToken.None),
                    _ => PromoteHereAsync(request.Member, wait, CancellationToken.None),
                }).ConfigureAwait(false);
                answer = new AdminResponse(request.Id, AdminStatus.Done, "", null);
            }
            catch (MembershipChangeException ex)
            {
                answer = new AdminResponse(request.Id, AdminStatus.Refused, ex.Message, ex.Leader);
            }
            catch (TimeoutException ex)
            {
                answer = new AdminResponse(request.Id, AdminStatus.TimedOut, ex.Message, null);
            }
            catch (ArgumentException ex)
            {
                answer = new AdminResponse(request.Id, AdminStatus.BadArgument, ex.Message, null);
            }
            catch (Exception ex) when (ex is ConfluxException or ObjectDisposedException or InvalidOperationException)
            {
                answer = new AdminResponse(request.Id, AdminStatus.Refused, ex.Message, null);
            }

            _host.Post(() => _host.Send(from, answer.Encode()));
        });
    }

    /// <summary>Runs <paramref name="work"/> on the event loop and returns its result.</summary>
    private Task<T> OnLoopAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_host.Post(() =>
        {
            try
            {
                result.TrySetResult(work());
            }
            catch (Exception ex)
            {
                result.TrySetException(ex);
            }
        }))
        {
            result.TrySetException(StoppedError());
        }

        return result.Task.WaitAsync(cancellationToken);
    }
}
