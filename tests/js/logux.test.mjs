// The real @logux/client 0.23.2 (@logux/core 0.10.0, ws 8) against a cluster of real `conflux node` processes.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startCluster, createClient, delay } from './cluster.mjs'

/** The committed stream a client saw: states and committed actions (meta.channels), in the order it got them. */
function committedView (client) {
  let things = null
  const ids = []
  let lastIndex = 0
  let states = 0
  for (const { action, meta } of client.added) {
    if (!meta.channels) continue
    if (action.type === 'conflux/state') {
      states++
      things = [...action.state]
      lastIndex = action.index
      continue
    }
    const index = Number(meta.id.split(' ')[2])
    assert.ok(index > lastIndex, `${client.nodeId}: action at index ${index} after ${lastIndex}: out of order or twice`)
    lastIndex = index
    assert.equal(action.type, 'append')
    things.push(action.thing)
    ids.push(meta.id)
  }
  return { things, ids, lastIndex, states }
}

/** Every outcome a client got, by the id of its request. */
function outcomes (client) {
  const byId = new Map()
  for (const { action } of client.added) {
    if (action.type === 'logux/processed' || action.type === 'logux/undo') {
      byId.set(action.id, [...(byId.get(action.id) ?? []), action])
    }
  }
  return byId
}

async function until (what, check, ms = 30_000) {
  const deadline = Date.now() + ms
  for (;;) {
    const result = await check()
    if (result) return result
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await delay(50)
  }
}

test('three clients on three nodes, the leader SIGKILLed mid-run: every committed action reaches every client once, in one order', async t => {
  const cluster = await startCluster(3, { app: 'log' })
  t.after(() => cluster.stop())
  const urls = cluster.nodes.map(n => n.url)
  const clients = cluster.nodes.map((_, i) => createClient([...urls.slice(i), ...urls.slice(0, i)], { userId: `u${i}` }))
  t.after(() => clients.forEach(c => c.destroy()))
  for (const client of clients) {
    client.start()
    await client.node.waitFor('synchronized')
    await client.sync({ type: 'logux/subscribe', channel: 'state' })
  }

  const perClient = 150
  const settled = []
  const requests = []
  for (let k = 0; k < perClient; k++) {
    for (const [i, client] of clients.entries()) {
      const thing = `c${i}-${k}`
      // Every 7th is refused by the method (no "thing"), every 50th has a type no method has.
      const action = k % 50 === 49 ? { type: 'no/such', thing } : k % 7 === 6 ? { type: 'append', other: thing } : { type: 'append', thing }
      requests.push({ client: i, thing, action })
      settled.push(client.sync(action).then(
        () => ({ thing, outcome: 'processed' }),
        e => ({ thing, outcome: 'undo', reason: e.action.reason, message: e.action.message })))
    }
  }

  // Once a third is decided, kill the leader: its clients move to the other nodes and send again what it left unanswered.
  let decided = 0
  settled.forEach(p => p.then(() => decided++))
  await until('a third of the requests decided', () => decided >= requests.length / 3)
  const leader = await cluster.leader()
  const orphan = clients[cluster.nodes.indexOf(leader)]
  let reconnected = 0
  orphan.node.on('state', () => { if (orphan.node.state === 'synchronized') reconnected++ })
  cluster.kill(leader)
  const results = await Promise.race([
    Promise.all(settled),
    new Promise((resolve, reject) => setTimeout(
      () => reject(new Error(`only ${decided} of ${requests.length} requests were decided in 60 s`)), 60_000).unref())
  ])

  const survivors = cluster.nodes.filter(n => n !== leader)
  const final = await until('the survivors to apply everything committed', async () => {
    const statuses = await Promise.all(survivors.map(n => cluster.status(n).catch(() => null)))
    return statuses.every(s => s && s.appliedIndex === s.commitIndex && s.commitIndex === statuses[0].commitIndex) && statuses[0]
  })
  await until('every client to get every committed action', () => clients.every(c => committedView(c).lastIndex >= final.appliedIndex - 1))
  await delay(200)

  assert.ok(reconnected >= 1, 'the client of the killed leader never reconnected')
  const views = clients.map(committedView)
  for (const [i, view] of views.entries()) {
    assert.equal(view.states, 1, `client ${i} got the state ${view.states} times: its resubscription should resume from the log`)
    assert.equal(new Set(view.ids).size, view.ids.length, `client ${i} got an action twice`)
  }
  // The same committed actions, in the same order, for every client (each started from the state at its subscription).
  const longest = views.reduce((a, b) => (a.ids.length >= b.ids.length ? a : b))
  for (const [i, view] of views.entries()) {
    assert.deepEqual(view.ids, longest.ids.slice(longest.ids.length - view.ids.length), `client ${i} saw another order`)
    assert.deepEqual(view.things, longest.things, `client ${i} folds to another state`)
  }

  // Exactly one outcome per request, and the right one.
  const byThing = new Map(results.map(r => [r.thing, r]))
  for (const [i, client] of clients.entries()) {
    const got = outcomes(client)
    const sent = client.added.filter(e => e.meta.sync && e.action.type !== 'logux/subscribe')
    assert.equal(sent.length, perClient, `client ${i} logged ${sent.length} requests`)
    for (const { meta } of sent) {
      assert.equal(got.get(meta.id)?.length, 1, `request ${meta.id} of client ${i} had ${got.get(meta.id)?.length ?? 0} outcomes`)
    }
  }
  for (const { thing, action } of requests) {
    const result = byThing.get(thing)
    if (action.type === 'no/such') {
      assert.equal(result.reason, 'unknownType', thing)
    } else if (!action.thing) {
      assert.deepEqual([result.outcome, result.reason, result.message], ['undo', 'error', 'append needs "thing"'], thing)
    } else {
      assert.equal(result.outcome, 'processed', `${thing}: ${JSON.stringify(result)}`)
    }
  }

  // Every processed request is committed exactly once; no undone request is committed at all.
  const committed = longest.things
  assert.equal(new Set(committed).size, committed.length, 'a thing was committed twice')
  const processed = results.filter(r => r.outcome === 'processed').map(r => r.thing)
  assert.deepEqual([...processed].sort(), [...committed].sort())

  // The cluster's state is the fold of that sequence.
  for (const node of survivors) {
    assert.deepEqual(await cluster.state(node), committed, `${node.id}'s state`)
  }
})
