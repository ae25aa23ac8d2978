using System.Text.Json;
using Conflux.Consensus;
using Conflux.Protocol;

namespace Conflux.Application;

/// <summary>
/// The leader's side of a perform: runs the method against the provisional state and appends one record with
/// the outcome, whatever it is (an action, null, or a refusal). A perform with a record already in the log or
/// in the table of decided performs is not evaluated again: every copy of it gets the outcome of the first
/// record, decided at one point of the log order, on the state every node has there.
/// </summary>
internal sealed class PerformServer<TState, TAction>
{
    private readonly IReplica _replica;
    private readonly StateMachine<TState, TAction> _state;
    private readonly ConfluxMethods<TState, TAction> _methods;
    private readonly Func<TState, TAction, ActionMeta, TState> _reducer;
    private readonly JsonSerializerOptions _json;
    private readonly int _maxActionBytes;

    public PerformServer(IReplica replica, StateMachine<TState, TAction> state, ConfluxMethods<TState, TAction> methods,
        Func<TState, TAction, ActionMeta, TState> reducer, JsonSerializerOptions json, int maxActionBytes)
    {
        _replica = replica;
        _state = state;
        _methods = methods;
        _reducer = reducer;
        _json = json;
        _maxActionBytes = maxActionBytes;
    }

    /// <summary>Answers a message of perform requests from <paramref name="from"/>: only those that must be sent again need an answer.</summary>
    public void OnRequests(string from, ref WireReader reader)
    {
        var clientId = PerformCodec.ReadRequestsHeader(ref reader);
        WireWriter? answers = null;
        while (PerformCodec.TryReadRequest(ref reader, clientId, out var request))
        {
            var status = Evaluate(request.ClientId, request.Seq, from, request.Method, request.Args, out var text);
            if (status != PerformStatus.InLog)
            {
                PerformCodec.AddResponse(answers ??= PerformCodec.BeginResponses(), ReferenceEquals(request.ClientId, clientId) ? null : request.ClientId,
                    request.Seq, status, text);
            }
        }

        if (answers is not null)
        {
            _replica.Send(from, answers.ToArray());
        }
    }

    /// <summary>
    /// On the leader: decides a perform not decided before and appends its record. <see cref="PerformStatus.InLog"/>
    /// when the perform has a record in the log now; <see cref="PerformStatus.NotLeader"/> when it must go elsewhere.
    /// </summary>
    public PerformStatus Evaluate(string clientId, long seq, string origin, string method, ReadOnlyMemory<byte> args, out string? text)
    {
        text = null;
        var core = _replica.Core;
        if (core is not { Role: RaftRole.Leader })
        {
            return PerformStatus.NotLeader;
        }

        // First bring the provisional state (and the performs of the uncommitted records) to the end of the log:
        // a new leader may hold records of the old one that a retry must find.
        _state.CatchUpProvisional(core);
        if (_state.IsKnown(clientId, seq))
        {
            // Its record is in the log; or, below its client's window, decided so long ago that the outcome is
            // gone (a client keeps its performs within the window, so only a stray copy gets here).
            return _state.Dedup.TryGet(clientId, seq, out var decided) && decided.IsForgotten ? PerformStatus.Forgotten : PerformStatus.InLog;
        }

        var time = _replica.BatchTimeMs;
        var index = core.LastIndex + 1;
        var next = _state.Provisional;
        LogRecord record;
        if (!_methods.TryGet(method, out var run))
        {
            record = LogRecord.Other(OutcomeKind.UnknownMethod, clientId, seq, origin, time);
        }
        else if (args.Length > _maxActionBytes)
        {
            // Only a node configured with a larger limit sends these.
            record = LogRecord.Refused(clientId, seq, origin, time,
                $"The arguments of {method} are {args.Length} bytes, more than MaxActionBytes ({_maxActionBytes}) on the leader");
        }
        else
        {
            record = Run(run, clientId, seq, origin, method, args, time, index, ref next);
        }

        if (record.Kind != OutcomeKind.Applied && (_replica.Bugs & PlantedBugs.RefuseOnUncommitted) != 0)
        {
            text = record.Kind == OutcomeKind.Refused ? record.Message : null;
            return record.Kind switch
            {
                OutcomeKind.Null => PerformStatus.Null,
                OutcomeKind.Refused => PerformStatus.Rejected,
                _ => PerformStatus.UnknownMethod,
            };
        }

        if (!core.TryPropose(record.Encode(), out var proposed))
        {
            // Too much is uncommitted: the caller sends it again.
            return PerformStatus.NotLeader;
        }

        if (proposed != index)
        {
            throw new RaftInvariantException("the proposed index is not the one the reducer saw");
        }

        _state.Appended(record, index, core.Term, next);
        return PerformStatus.InLog;
    }

    /// <summary>Runs a method on the provisional state and makes the record of its outcome.</summary>
    private LogRecord Run(Func<TState, ReadOnlyMemory<byte>, MethodContext, JsonSerializerOptions, TAction?> run,
        string clientId, long seq, string origin, string method, ReadOnlyMemory<byte> args, long time, long index, ref TState next)
    {
        TAction? action;
        try
        {
            action = run(_state.Provisional, args, new MethodContext(time, origin), _json);
        }
        catch (Exception ex)
        {
            return LogRecord.Refused(clientId, seq, origin, time, ex.Message);
        }

        if (action is null)
        {
            return LogRecord.Other(OutcomeKind.Null, clientId, seq, origin, time);
        }

        byte[] json;
        try
        {
            json = JsonSerializer.SerializeToUtf8Bytes(action, _json);
            if (json.Length > _maxActionBytes)
            {
                return LogRecord.Refused(clientId, seq, origin, time, $"{method} returned an action of {json.Length} bytes, more than MaxActionBytes ({_maxActionBytes})");
            }

            if (json.AsSpan().SequenceEqual("null"u8))
            {
                // Every node would refuse it when it reads it back (StateMachine.ReadAction): refused here, so that the
                // leader's provisional state never holds it.
                return LogRecord.Refused(clientId, seq, origin, time, $"{method} returned an action that is null in JSON");
            }

            next = StateMachine<TState, TAction>.NotNull(_reducer(_state.Provisional, action, new ActionMeta(time, index, origin, seq)));
        }
        catch (Exception ex)
        {
            return LogRecord.Refused(clientId, seq, origin, time, $"{method} returned an action the reducer or serializer could not take: {ex.Message}");
        }

        return LogRecord.Applied(clientId, seq, origin, time, json);
    }
}
