// The original Conflux demo's game. The board is the committed state; this tab's own moves show at once as
// pending (grey, in italics) until the node answers: confirmed, or undone with the method's error.
import { html, mount, useEffect, useState, connectLogux, pollCluster, tabId, timeOf } from 'conflux-ui'

const player = tabId('conflux-tictactoe-player')
const lines = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]]

// The same reducer as the node's (TicTacToe.Reduce), over the committed actions that follow the state.
function reduce (state, action) {
  switch (action.type) {
    case 'joined': return action.mark === 'X' ? { ...state, x: action.player } : { ...state, o: action.player }
    case 'marked': {
      const board = state.board.slice()
      board[action.cell] = action.mark
      const next = { ...state, board, moves: state.moves + 1, turn: action.mark === 'X' ? 'O' : 'X' }
      return lines.some(l => l.every(i => board[i] === action.mark)) ? over(next, action.mark) : next
    }
    case 'forfeited': return over(state, action.mark === 'X' ? 'O' : 'X')
    case 'tied': return over(state, 'tie')
    case 'newGame': return { ...state, board: Array(9).fill(''), turn: 'X', winner: null, moves: 0, games: state.games + 1 }
    default: return state
  }
}

function over (state, winner) {
  return { ...state, winner, winners: [...state.winners, winner].slice(-20) }
}

function winningLine (state) {
  return state.winner && state.winner !== 'tie' ? lines.find(l => l.every(i => state.board[i] === state.winner)) || [] : []
}

function statusLine (state, mine) {
  if (!state.x) return 'Waiting for player one to join'
  if (!state.o) return mine ? 'Waiting for player two to join' : 'Player two may join'
  if (state.winner === 'tie') return 'The game is a tie.'
  if (state.winner) return `${state.winner} wins!${mine ? (state.winner === mine ? ' You won.' : ' You lost.') : ''}`
  return `${state.turn} to play${mine ? (state.turn === mine ? ' — your turn' : ' — waiting for the other player') : ''}`
}

function Leader ({ view }) {
  if (!view) return html`<p class="muted" data-leader="">Asking the node about its cluster…</p>`
  const node = view.cluster.node
  const gaps = view.cluster.leaderChanges.filter(c => c.withoutLeaderMs !== null)
  const last = gaps[gaps.length - 1]
  return html`
    <p data-leader=${node.leader || ''}>
      This page talks to node <b>${node.id}</b>.
      ${node.leader ? html` Leader: <b>${node.leader}</b> (term ${node.term}).` : html` <b>No leader right now</b>: the cluster is electing one; moves wait.`}
    </p>
    ${last ? html`<p data-leaderless class="muted">At ${timeOf(last.timeMs)} node ${node.id} had been without a leader for ${last.withoutLeaderMs} ms, until ${last.leader} was elected in term ${last.term}.</p>` : ''}`
}

function Game () {
  const [state, setState] = useState(null)
  const [pending, setPending] = useState([])
  const [error, setError] = useState(null)
  const [connection, setConnection] = useState('connecting')
  const [client, setClient] = useState(null)
  const [view, setView] = useState(null)
  useEffect(() => {
    const c = connectLogux({
      userId: player,
      onState: s => setState(s),
      onAction: action => setState(s => s && reduce(s, action)),
      onConnection: setConnection,
      onError: e => setError(e.type === 'wrong-credentials' ? 'The node refused this page: open it with #token=… in the address.' : `Logux: ${e.type}`)
    })
    setClient(c)
    return () => c.destroy()
  }, [])
  useEffect(() => pollCluster(v => { if (v) setView(v) }), [])

  async function request (action) {
    const entry = { key: Math.random(), action }
    setError(null)
    setPending(p => [...p, entry])
    try {
      await client.sync(action)
    } catch (e) {
      setError(e.action?.message || (e.action?.reason ? `The node undid it: ${e.action.reason}` : String(e.message || e)))
    } finally {
      setPending(p => p.filter(x => x !== entry))
    }
  }

  if (!state) return html`<main><section><p class="muted" data-status>Connecting to the node (${connection})…</p></section></main>`
  const mine = state.x === player ? 'X' : state.o === player ? 'O' : null
  const shown = state.board.slice()
  const pendingCells = new Set()
  for (const { action } of pending) {
    if (action.type === 'move' && !shown[action.cell] && mine) {
      shown[action.cell] = mine
      pendingCells.add(action.cell)
    }
  }
  const win = winningLine(state)
  const joining = pending.some(p => p.action.type === 'join')
  return html`
    <header>
      <h1>Tic-tac-toe</h1>
      <span class=${'conn ' + connection} data-connection=${connection}>${connection}</span>
      <nav><a href="/">Dashboard</a></nav>
    </header>
    <main>
      <section>
        <p class="status" data-status>${statusLine(state, mine)}</p>
        <p class="muted">You are ${mine ? html`<b data-mark=${mine}>${mine}</b>` : 'watching'}. Move ${state.moves} · Game ${state.games}</p>
        ${!mine && (!state.x || !state.o) ? html`<div class="row"><button data-join disabled=${joining} onClick=${() => request({ type: 'join', player })}>${joining ? 'Joining…' : 'Join the game'}</button></div>` : ''}
        <div class="board" data-board>
          ${shown.map((mark, cell) => html`
            <button key=${cell} data-cell=${String(cell)} class=${(pendingCells.has(cell) ? 'pending' : '') + (win.includes(cell) ? ' win' : '')}
              data-pending=${pendingCells.has(cell) ? 'true' : undefined}
              onClick=${() => request({ type: 'move', player, cell })}>${mark}</button>`)}
        </div>
        ${error ? html`<div role="alert">${error}</div>` : ''}
        <div class="row">
          <button data-forfeit onClick=${() => request({ type: 'forfeit', player })}>Forfeit</button>
          <button data-tie onClick=${() => request({ type: 'tie', player })}>Tie</button>
          ${state.winner ? html`<button data-new-game onClick=${() => request({ type: 'newGame', player })}>New game</button>` : ''}
        </div>
        ${pending.length > 0 ? html`<p class="muted" data-pending-count=${pending.length}>${pending.length} request${pending.length === 1 ? '' : 's'} waiting for the cluster…</p>` : ''}
      </section>
      <section>
        <h2>Cluster</h2>
        <${Leader} view=${view} />
        <h2 style="margin-top: 16px">Past winners</h2>
        <p data-winners>${state.winners.length === 0 ? html`<span class="muted">none yet</span>` : state.winners.map(w => w === 'tie' ? 'tie' : w).join(', ')}</p>
      </section>
    </main>`
}

mount(html`<${Game} />`)
