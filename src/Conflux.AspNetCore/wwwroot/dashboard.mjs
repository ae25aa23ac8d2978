// The node's dashboard: every member as this node sees it, the tail of the log, commits per second and their
// latency, a form that performs any method, and (with --dev-controls) isolate, heal and stop.
import uPlot from 'uplot'
import {
  html, mount, useEffect, useState, useRef, connectLogux, pollCluster, api, parseId, timeOf, tabId, clientToken, setClientToken
} from 'conflux-ui'

const TailLength = 25
const UnreachableAfterMs = 2000

/** True while this node hears from the member (always for itself). */
function reachable (member) {
  return member.lastContactMs === null || member.lastContactMs <= UnreachableAfterMs
}

/**
 * The member's role as it last reported it, except that a leader report of another member than the leader this
 * node follows is stale (a deposed leader that has not heard of the new term yet): it shows as a follower.
 */
function roleOf (member, node) {
  return member.role === 'leader' && member.id !== node.leader ? 'follower' : member.role
}

function roleText (member, node) {
  const role = roleOf(member, node)
  const shown = role !== member.role ? 'deposed leader' : role
  return reachable(member) ? shown : `${shown}, unreachable`
}

function Members ({ view }) {
  const node = view.cluster.node
  return html`
    <section>
      <h2>Members</h2>
      <p data-leader=${node.leader || ''}>
        ${node.leader ? html`Leader: <b>${node.leader}</b> in term ${node.term}` : html`<b>No leader</b> known to ${node.id} (term ${node.term})`}
      </p>
      <table>
        <thead><tr><th>member</th><th>role</th><th>term</th><th>commit</th><th>applied</th><th>last contact</th></tr></thead>
        <tbody>
          ${view.cluster.members.map(m => html`
            <tr key=${m.id} data-member=${m.id} data-role=${roleOf(m, node)} data-reachable=${String(reachable(m))}>
              <td><b>${m.id}</b>${m.id === node.id ? html` <span class="muted">(this node)</span>` : ''}</td>
              <td><span class=${'pill ' + (reachable(m) ? roleOf(m, node) : 'unreachable')}>${roleText(m, node)}</span></td>
              <td>${m.term}</td>
              <td>${m.commitIndex}</td>
              <td>${m.appliedIndex}</td>
              <td>${m.id === node.id ? '—' : m.lastContactMs === null ? 'never' : `${m.lastContactMs} ms ago`}</td>
            </tr>`)}
        </tbody>
      </table>
      <${LeaderChanges} changes=${view.cluster.leaderChanges} />
    </section>`
}

function LeaderChanges ({ changes }) {
  const recent = changes.slice(-5).reverse()
  if (recent.length === 0) return null
  return html`
    <p class="muted" style="margin-top:10px">Leader changes seen here:</p>
    <ul class="mono" data-leader-changes>
      ${recent.map(c => html`<li key=${c.timeMs + ':' + c.term}>${timeOf(c.timeMs)} term ${c.term}: ${c.leader
        ? html`${c.leader} leads${c.withoutLeaderMs !== null ? html` after <b>${c.withoutLeaderMs} ms without a leader</b>` : ''}`
        : 'no leader (election)'}</li>`)}
    </ul>`
}

function Chart ({ recent }) {
  const box = useRef(null)
  const plot = useRef(null)
  useEffect(() => {
    plot.current = new uPlot({
      width: Math.max(360, box.current.clientWidth - 4),
      height: 220,
      series: [
        {},
        { label: 'committed/s', stroke: '#2f6fde', width: 2, scale: 'n' },
        { label: 'latency mean ms', stroke: '#e67e22', width: 1.5, scale: 'ms' },
        { label: 'latency max ms', stroke: '#c0392b', width: 1, dash: [4, 4], scale: 'ms' }
      ],
      axes: [{}, { scale: 'n' }, { scale: 'ms', side: 1, grid: { show: false } }]
    }, [[], [], [], []], box.current)
    return () => plot.current.destroy()
  }, [])
  useEffect(() => {
    plot.current?.setData([
      recent.map(p => p.time),
      recent.map(p => p.committed),
      recent.map(p => p.latencyMeanMs),
      recent.map(p => p.latencyMaxMs)
    ])
  }, [recent])
  return html`
    <section>
      <h2>Commits per second and their latency</h2>
      <div ref=${box} data-chart></div>
      <p class="muted">Latency: from an entry's arrival in this node's log to its commit (on the leader, the commit latency).</p>
    </section>`
}

function Tail ({ tail, connection }) {
  return html`
    <section>
      <h2>Log tail <span class=${'conn ' + connection}>(${connection})</span></h2>
      <table class="log">
        <thead><tr><th>index</th><th>time</th><th>origin</th><th>id</th><th>action</th></tr></thead>
        <tbody>
          ${tail.map(e => html`
            <tr key=${e.id} data-log-index=${e.index}>
              <td>${e.index}</td><td class="mono">${timeOf(e.time)}</td><td>${e.origin}</td>
              <td class="mono">${e.id}</td><td class="mono action" title=${JSON.stringify(e.action)}>${JSON.stringify(e.action)}</td>
            </tr>`)}
        </tbody>
      </table>
      ${tail.length === 0 ? html`<p class="muted">No action committed since this page opened.</p>` : ''}
    </section>`
}

function PerformForm ({ methods }) {
  const [method, setMethod] = useState('')
  const [args, setArgs] = useState('[]')
  const [outcome, setOutcome] = useState(null)
  const [busy, setBusy] = useState(false)
  const chosen = method || methods[0] || ''
  async function perform (event) {
    event.preventDefault()
    try {
      JSON.parse(args)
    } catch (e) {
      setOutcome({ error: `The arguments are not JSON: ${e.message}` })
      return
    }
    setBusy(true)
    try {
      const { ok, json } = await api(`perform/${encodeURIComponent(chosen)}`, args)
      setOutcome(ok && json.outcome !== 'refused' ? { done: json } : { error: json.error })
    } catch (e) {
      setOutcome({ error: `The node did not answer: ${e.message}` })
    } finally {
      setBusy(false)
    }
  }
  return html`
    <section>
      <h2>Perform</h2>
      <form onSubmit=${perform} data-perform>
        <div class="row">
          <select data-method value=${chosen} onChange=${e => setMethod(e.target.value)}>
            ${methods.map(m => html`<option key=${m} value=${m}>${m}</option>`)}
          </select>
          <button type="submit" disabled=${busy || !chosen}>Perform</button>
        </div>
        <textarea data-args value=${args} onInput=${e => setArgs(e.target.value)} aria-label="arguments (JSON)"></textarea>
        <p class="muted">Arguments as JSON: an array (<code>["k", 1]</code>) or an object (<code>{"key": "k"}</code>).</p>
      </form>
      ${outcome?.error ? html`<div role="alert" data-outcome="refused">${outcome.error}</div>` : ''}
      ${outcome?.done ? html`<div class="ok" data-outcome="applied">${outcome.done.action === null
        ? 'Done: the method returned nothing, so nothing was committed.'
        : html`Committed at index ${outcome.done.index} (${outcome.done.id}): <code>${JSON.stringify(outcome.done.action)}</code>`}</div>` : ''}
    </section>`
}

function DevControls ({ view, onStopping, onStopped }) {
  const [message, setMessage] = useState(null)
  async function control (name) {
    // Before a stop, the page stops polling its node and closes its Logux connection: nothing of it may meet the
    // node gone (a failed request), and the page says so instead.
    if (name === 'stop') onStopping()
    try {
      const { ok, json } = await api(`dev/${name}`, '{}')
      setMessage(ok ? null : json.error)
      if (ok && name === 'stop') onStopped()
    } catch (e) {
      setMessage(`The node did not answer: ${e.message}`)
    }
  }
  return html`
    <section data-dev-controls>
      <h2>Development controls</h2>
      <p>${view.isolated ? html`<b>${view.cluster.node.id} is isolated</b> from its peers.` : html`${view.cluster.node.id} is connected to its peers.`}</p>
      <div class="row">
        <button data-dev="isolate" disabled=${view.isolated} onClick=${() => control('isolate')}>Isolate</button>
        <button data-dev="heal" disabled=${!view.isolated} onClick=${() => control('heal')}>Heal</button>
        <button data-dev="stop" class="danger" onClick=${() => control('stop')}>Stop this node</button>
      </div>
      ${message ? html`<div role="alert">${message}</div>` : ''}
    </section>`
}

function TokenForm () {
  const [token, setToken] = useState(clientToken() || '')
  return html`
    <form class="row" onSubmit=${e => { e.preventDefault(); setClientToken(token); location.reload() }}>
      <input type="password" placeholder="client token" value=${token} onInput=${e => setToken(e.target.value)} aria-label="client token" />
      <button type="submit">Use token</button>
    </form>`
}

function App () {
  const [view, setView] = useState(null)
  const [unreachable, setUnreachable] = useState(false)
  const [stopped, setStopped] = useState(false)
  const [connection, setConnection] = useState('connecting')
  const [refusal, setRefusal] = useState(null)
  const [tail, setTail] = useState([])
  // What the page keeps open on its node, closed at once (not after the next render) when it stops the node.
  const open = useRef({ poll: null, logux: null })
  const quiet = () => {
    open.current.poll?.()
    open.current.logux?.()
  }
  useEffect(() => {
    if (stopped) return undefined
    open.current.poll = pollCluster(v => {
      if (v) setView(v)
      setUnreachable(!v)
    })
    return open.current.poll
  }, [stopped])
  useEffect(() => {
    if (stopped) return undefined
    const client = connectLogux({
      userId: tabId('conflux-dashboard'),
      onAction: (action, meta) => {
        const { origin, index } = parseId(meta.id)
        setTail(t => [{ id: meta.id, index, origin, time: meta.time, action }, ...t].slice(0, TailLength))
      },
      onConnection: setConnection,
      onError: error => setRefusal(error.type === 'wrong-credentials' ? 'The node refused this page: it needs its client token.' : `Logux: ${error.type}`)
    })
    let destroyed = false
    open.current.logux = () => {
      if (!destroyed) client.destroy()
      destroyed = true
    }
    return open.current.logux
  }, [stopped])
  if (stopped) return html`<main><section><h2>Stopped</h2><p data-stopped>This node was stopped from its dashboard.</p></section></main>`
  if (!view) return html`<main><section><p class="muted">${unreachable ? 'The node does not answer.' : 'Loading…'}</p></section></main>`
  const node = view.cluster.node
  document.title = `Conflux ${node.id} (${node.roleName})`
  return html`
    <header>
      <h1>Conflux node ${node.id}</h1>
      <span class=${'pill ' + node.roleName} data-self-role=${node.roleName}>${node.roleName}</span>
      <nav>${view.links.map(l => html`<a key=${l.path} href=${l.path}>${l.title}</a>`)}</nav>
      ${unreachable ? html`<span role="alert">The node stopped answering.</span>` : ''}
      ${view.tokenRequired ? html`<${TokenForm} />` : ''}
    </header>
    ${refusal ? html`<div role="alert" style="margin: 12px 20px">${refusal}</div>` : ''}
    <main>
      <${Members} view=${view} />
      <${Chart} recent=${view.cluster.recent} />
      <${PerformForm} methods=${view.methods} />
      ${view.devControls ? html`<${DevControls} view=${view} onStopping=${quiet} onStopped=${() => setStopped(true)} />` : ''}
      <${Tail} tail=${tail} connection=${connection} />
    </main>`
}

mount(html`<${App} />`)
