using System.Collections.Immutable;
using System.Text.Json;

namespace Conflux.Cli;

/// <summary>
/// The original Conflux demo's game: two players join, X then O mark cells in turn, three in a row wins; a player
/// may forfeit, and call a tie once every cell is filled. Methods answer with the original's errors. Players are
/// named by an id their page chooses (each browser tab has its own).
/// </summary>
internal static class TicTacToe
{
    public const string NotYourTurn = "It is not your turn!";
    public const string CellMarked = "That cell is already marked!";
    public const string GameOver = "The game is over…";
    public const string CannotTie = "Can't tie until all cells are filled!";
    public const string SecondJoined = "Player two has already joined";
    public const string NotJoined = "Join the game first";
    public const string WaitForTwo = "Wait for player two to join";
    public const string NotOver = "The game is not over yet";

    /// <summary>How many past winners the state keeps.</summary>
    public const int WinnersKept = 20;

    private static readonly int[][] Lines =
    [
        [0, 1, 2], [3, 4, 5], [6, 7, 8],
        [0, 3, 6], [1, 4, 7], [2, 5, 8],
        [0, 4, 8], [2, 4, 6],
    ];

    public static void Configure(ConfluxOptions<TicTacToeState, TicTacToeAction> options)
    {
        options.InitialState = TicTacToeState.Initial;
        options.Reducer = (state, action, _) => Reduce(state, action);
        options.Methods
            .Add<JsonElement>("join", (state, args) =>
            {
                var player = Player(args, "join", 1);
                return player == state.X || player == state.O ? null
                    : state.X is null ? new TicTacToeAction("joined", "X", player)
                    : state.O is null ? new TicTacToeAction("joined", "O", player)
                    : throw new MethodRejectedException(SecondJoined);
            })
            .Add<JsonElement>("move", (state, args) =>
            {
                var player = Player(args, "move", 2);
                var cell = Cell(args);
                var mark = Playing(state, player);
                if (state.O is null)
                {
                    throw new MethodRejectedException(WaitForTwo);
                }

                return mark != state.Turn ? throw new MethodRejectedException(NotYourTurn)
                    : state.Board[cell].Length > 0 ? throw new MethodRejectedException(CellMarked)
                    : new TicTacToeAction("marked", mark, Cell: cell);
            })
            .Add<JsonElement>("forfeit", (state, args) =>
            {
                var mark = Playing(state, Player(args, "forfeit", 1));
                return state.O is null ? throw new MethodRejectedException(WaitForTwo) : new TicTacToeAction("forfeited", mark);
            })
            .Add<JsonElement>("tie", (state, args) =>
            {
                Playing(state, Player(args, "tie", 1));
                return state.Board.Any(c => c.Length == 0) ? throw new MethodRejectedException(CannotTie) : new TicTacToeAction("tied");
            })
            .Add<JsonElement>("newGame", (state, args) =>
            {
                var player = Player(args, "newGame", 1);
                if (player != state.X && player != state.O)
                {
                    throw new MethodRejectedException(NotJoined);
                }

                return state.Winner is null ? throw new MethodRejectedException(NotOver) : new TicTacToeAction("newGame");
            });
    }

    /// <summary>The mark of <paramref name="player"/> in a game still being played; the original's errors otherwise.</summary>
    private static string Playing(TicTacToeState state, string player)
    {
        if (state.Winner is not null)
        {
            throw new MethodRejectedException(GameOver);
        }

        return player == state.X ? "X" : player == state.O ? "O" : throw new MethodRejectedException(NotJoined);
    }

    public static TicTacToeState Reduce(TicTacToeState state, TicTacToeAction action)
    {
        switch (action.Type)
        {
            case "joined":
                return action.Mark == "X" ? state with { X = action.Player } : state with { O = action.Player };
            case "marked":
                var board = state.Board.SetItem(action.Cell!.Value, action.Mark!);
                var won = Lines.Any(l => l.All(i => board[i] == action.Mark));
                var next = state with { Board = board, Moves = state.Moves + 1, Turn = action.Mark == "X" ? "O" : "X" };
                return won ? Over(next, action.Mark!) : next;
            case "forfeited":
                return Over(state, action.Mark == "X" ? "O" : "X");
            case "tied":
                return Over(state, "tie");
            case "newGame":
                return state with
                {
                    Board = TicTacToeState.Initial.Board,
                    Turn = "X",
                    Winner = null,
                    Moves = 0,
                    Games = state.Games + 1,
                };
            default:
                return state;
        }
    }

    private static TicTacToeState Over(TicTacToeState state, string winner)
    {
        var winners = state.Winners.Add(winner);
        return state with { Winner = winner, Winners = winners.Count > WinnersKept ? winners.RemoveAt(0) : winners };
    }

    private static string Player(JsonElement args, string method, int count)
    {
        var player = args.ValueKind == JsonValueKind.Object
            ? args.TryGetProperty("player", out var p) ? p : default
            : args.ValueKind == JsonValueKind.Array && args.GetArrayLength() == count ? args[0] : throw Usage(method, count);
        return player is { ValueKind: JsonValueKind.String } && player.GetString() is { Length: > 0 and <= 64 } id
            ? id
            : throw new MethodRejectedException($"{method} needs \"player\": the player's id, a string of 1 to 64 characters");
    }

    private static int Cell(JsonElement args)
    {
        var cell = args.ValueKind == JsonValueKind.Object ? args.TryGetProperty("cell", out var c) ? c : default : args[1];
        return cell.ValueKind == JsonValueKind.Number && cell.TryGetInt32(out var i) && i is >= 0 and <= 8
            ? i
            : throw new MethodRejectedException("move needs \"cell\": a whole number from 0 to 8");
    }

    private static MethodRejectedException Usage(string method, int count) =>
        new($"{method} takes {count} argument{(count == 1 ? "" : "s")} ({(count == 1 ? "player" : "player, cell")}), or an object with them");
}

/// <summary>The game: nine cells ("", "X" or "O"), the players' ids, whose turn it is, the winner ("X", "O", "tie") once over, and the counters.</summary>
internal sealed record TicTacToeState(ImmutableArray<string> Board, string? X, string? O, string Turn, string? Winner, int Moves, int Games, ImmutableList<string> Winners)
{
    public static readonly TicTacToeState Initial = new([.. Enumerable.Repeat("", 9)], null, null, "X", null, 0, 1, []);
}

/// <summary>What commits: <c>joined</c> (Mark, Player), <c>marked</c> (Mark, Cell), <c>forfeited</c> (Mark), <c>tied</c>, <c>newGame</c>.</summary>
internal sealed record TicTacToeAction(string Type, string? Mark = null, string? Player = null, int? Cell = null);
