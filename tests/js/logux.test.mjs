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

// Bounded in time: a run that hangs fails instead of holding CI.
test('three clients on three nodes, the leader SIGKILLed with requests in its log: every committed action reaches every client once, in one order',
  { timeout: 180_000 }, t => scenario(t, 'leader'))

test('three clients on three nodes, a follower SIGKILLed as it forwards requests: each request is applied once',
  { timeout: 180_000 }, t => scenario(t, 'follower'))

async function scenario (t, victimRole) {
  const cluster = await startCluster(3, { app: 'log', durable: true })
  t.after(() => cluster.stop())
  const urls = cluster.nodes.map(n => n.url)
  const clients = cluster.nodes.map((_, i) => createClient([...urls.slice(i), ...urls.slice(0, i)], { userId: `u${i}` }))
  t.after(() => clients.forEach(c => c.destroy()))
  for (const client of clients) {
    client.start()
    await client.node.waitFor('synchronized')
    await client.sync({ type: 'logux/subscribe', channel: 'state' })
  }

  // Requests go in bursts, ten per client every 100 ms. Before the sixth burst the followers are frozen (SIGSTOP):
  // the leader takes that burst into its log but cannot commit it. Then the leader is SIGKILLed and the followers
  // go on: its client has requests in flight that only it had seen. It must send them again to another node.
  const leader = await cluster.leader()
  const victim = victimRole === 'leader' ? leader : cluster.nodes.find(n => n !== leader)
  const orphan = clients[cluster.nodes.indexOf(victim)]
  let reconnected = 0
  orphan.node.on('state', () => { if (orphan.node.state === 'synchronized') reconnected++ })
  const perClient = 150
  const settled = []
  const requests = []
  let decided = 0
  let inFlightAtKill = -1
  const followers = cluster.nodes.filter(n => n !== leader)
  for (let burst = 0; burst < perClient / 10; burst++) {
    if (burst === 5 && victimRole === 'leader') followers.forEach(n => n.child.kill('SIGSTOP'))
    for (let k = burst * 10; k < burst * 10 + 10; k++) {
      for (const [i, client] of clients.entries()) {
        const thing = `c${i}-${k}`
        // Every 7th is refused by the method (no "thing"), every 50th has a type no method has.
        const action = k % 50 === 49 ? { type: 'no/such', thing } : k % 7 === 6 ? { type: 'append', other: thing } : { type: 'append', thing }
        const request = { client: i, thing, action, done: false }
        requests.push(request)
        settled.push(client.sync(action).then(
          () => ({ thing, outcome: 'processed' }),
          e => ({ thing, outcome: 'undo', reason: e.action.reason, message: e.action.message })).finally(() => { request.done = true; decided++ }))
      }
    }
    if (burst === 5 && victimRole === 'leader') {
      await delay(300)
      cluster.kill(leader)
      inFlightAtKill = requests.filter(r => clients[r.client] === orphan && !r.done).length
      followers.forEach(n => n.child.kill('SIGCONT'))
    } else if (burst === 5) {
      // A few milliseconds in: the follower has forwarded some of the burst, and the leader may have committed them.
      await delay(3)
      cluster.kill(victim)
      inFlightAtKill = requests.filter(r => clients[r.client] === orphan && !r.done).length
    }
    await delay(100)
  }

  const results = await Promise.race([
    Promise.all(settled),
    new Promise((resolve, reject) => setTimeout(
      () => reject(new Error(`only ${decided} of ${requests.length} requests were decided in 60 s`)), 60_000).unref())
  ])
  assert.ok(inFlightAtKill > 0, 'the killed node\'s client had no request in flight')

  const survivors = cluster.nodes.filter(n => n !== victim)
  const final = await until('the survivors to apply everything committed', async () => {
    const statuses = await Promise.all(survivors.map(n => cluster.status(n).catch(() => null)))
    return statuses.every(s => s && s.appliedIndex === s.commitIndex && s.commitIndex === statuses[0].commitIndex) && statuses[0]
  })
  // A barrier: one more request, committed after everything else. Once every client has it, anything sent
  // before it (a straggler, a duplicate) has arrived too: a connection delivers in log order.
  await clients.find(c => c !== orphan).sync({ type: 'append', thing: 'barrier' })
  await until('every client to get the barrier', () => clients.every(c => committedView(c).things.at(-1) === 'barrier'))
  assert.ok(committedView(clients[0]).lastIndex >= final.appliedIndex)

  assert.ok(reconnected >= 1, 'the client of the killed node never reconnected')
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
    const sent = client.added.filter(e => e.meta.sync && e.action.type !== 'logux/subscribe' && e.action.thing !== 'barrier')
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
  const committed = longest.things.filter(thing => thing !== 'barrier')
  assert.equal(new Set(longest.things).size, longest.things.length, 'a thing was committed twice')
  const processed = results.filter(r => r.outcome === 'processed').map(r => r.thing)
  assert.deepEqual([...processed].sort(), [...committed].sort())

  // The cluster's state is the fold of that sequence.
  for (const node of survivors) {
    assert.deepEqual(await cluster.state(node), longest.things, `${node.id}'s state`)
  }
}
