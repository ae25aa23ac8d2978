// Starts real `conflux node` processes on 127.0.0.1 for the tests, and the Logux clients that talk to them.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { Client } from '@logux/client'
import { WsConnection, Reconnect } from '@logux/core'
import WebSocket from 'ws'

const here = path.dirname(fileURLToPath(import.meta.url))
export const conflux = process.env.CONFLUX_BIN ??
  path.resolve(here, '../../src/Conflux.Cli/bin/Release/net10.0/conflux')

if (!existsSync(conflux)) {
  throw new Error(`${conflux} is missing: build src/Conflux.Cli (Release) first, or set CONFLUX_BIN`)
}

/**
 * Free TCP ports of 127.0.0.1, held by nobody once returned. They are taken below the kernel's ephemeral range
 * (32768 and up), so that no outgoing connection can be given one of them before the node that uses it binds it.
 */
export async function freePorts (count) {
  const ports = []
  while (ports.length < count) {
    const port = 20000 + Math.floor(Math.random() * 12000)
    if (ports.includes(port)) continue
    const server = createServer()
    const free = await new Promise(resolve => {
      server.once('error', () => resolve(false))
      server.listen(port, '127.0.0.1', () => resolve(true))
    })
    if (free) {
      await new Promise(resolve => server.close(resolve))
      ports.push(port)
    }
  }
  return ports
}

export const delay = ms => new Promise(resolve => setTimeout(resolve, ms))

/**
 * A cluster of `count` node processes; `extra` are more `conflux node` options for every node. With `durable`,
 * each node keeps its log on disk (fsync on) in a temporary folder removed at the end.
 */
export async function startCluster (count, { app = 'log', extra = [], durable = false } = {}) {
  const ports = await freePorts(count * 2)
  const data = durable ? mkdtempSync(path.join(tmpdir(), 'conflux-js-')) : null
  const members = Array.from({ length: count }, (_, i) => `n${i + 1}=127.0.0.1:${ports[i]}`).join(',')
  const nodes = []
  for (let i = 0; i < count; i++) {
    const id = `n${i + 1}`
    const http = ports[count + i]
    const child = spawn(conflux, ['node', '--id', id, '--members', members, '--http', `127.0.0.1:${http}`,
      '--app', app, '--secret', 'js-test-secret', ...(data ? ['--data', path.join(data, id)] : []), ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'] })
    const node = { id, http, child, log: [], exited: false, url: `ws://127.0.0.1:${http}/logux` }
    child.stdout.on('data', d => node.log.push(String(d)))
    child.stderr.on('data', d => node.log.push(String(d)))
    child.on('exit', () => { node.exited = true })
    nodes.push(node)
  }
  const cluster = {
    nodes,
    async leader () {
      const deadline = Date.now() + 30_000
      for (;;) {
        if (Date.now() > deadline) throw new Error(`no leader in 30 s; logs:\n${nodes.map(n => n.log.join('').slice(-2000)).join('\n')}`)
        // A leader every node that answers agrees on, in one term, and a majority answers: not a deposed leader that
        // has yet to hear of a newer term (as at a start, when a follower that no connection reached yet campaigns).
        const statuses = (await Promise.all(nodes.filter(n => !n.exited).map(async node => {
          try {
            return await (await fetch(`http://127.0.0.1:${node.http}/status`)).json()
          } catch {
            return null
          }
        }))).filter(s => s !== null)
        const leaders = statuses.filter(s => s.role === 'leader')
        if (leaders.length === 1 && statuses.length > nodes.length / 2 &&
            statuses.every(s => s.leader === leaders[0].id && s.term === leaders[0].term)) {
          return nodes.find(n => n.id === leaders[0].id)
        }
        await delay(50)
      }
    },
    /** Makes `node` the leader again if leadership moved (under load, a follower may win an election): a transfer. */
    async ensureLeader (node) {
      const deadline = Date.now() + 30_000
      for (;;) {
        const current = await cluster.leader()
        if (current === node) return
        if (Date.now() > deadline) throw new Error(`leadership did not come back to ${node.id} (it is on ${current.id})`)
        // The endpoint answers once the transfer is done (or refused, e.g. while another is under way: then ask again).
        await fetch(`http://127.0.0.1:${current.http}/leader/transfer`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ to: node.id })
        }).then(r => r.text()).catch(() => {})
      }
    },
    async state (node) {
      return (await fetch(`http://127.0.0.1:${node.http}/state`)).json()
    },
    async status (node) {
      return (await fetch(`http://127.0.0.1:${node.http}/status`)).json()
    },
    kill (node) {
      node.child.kill('SIGKILL')
    },
    async stop () {
      for (const node of nodes) {
        if (!node.exited) node.child.kill('SIGTERM')
      }
      const deadline = Date.now() + 10_000
      while (nodes.some(n => !n.exited) && Date.now() < deadline) await delay(50)
      for (const node of nodes) {
        if (!node.exited) node.child.kill('SIGKILL')
      }
      if (data) rmSync(data, { recursive: true, force: true })
    }
  }
  await cluster.leader()
  return cluster
}

/** A WsConnection that moves on to the next node's URL each time it connects again. */
class RotatingConnection extends WsConnection {
  constructor (urls) {
    super(urls[0], WebSocket)
    this.urls = urls
    this.attempt = 0
  }

  connect () {
    this.url = this.urls[this.attempt++ % this.urls.length]
    return super.connect()
  }
}

/**
 * An unmodified @logux/client Client whose connection goes to `urls[0]` first and, after each disconnect, to the
 * next URL of the list. Records every action it adds, in order.
 */
export function createClient (urls, { userId = '10', token = '', ping = 2000, timeout = 20_000 } = {}) {
  const connection = new Reconnect(new RotatingConnection(urls), { minDelay: 100, maxDelay: 500 })
  const client = new Client({ server: connection, subprotocol: '1.0.0', userId, token, ping, timeout })
  client.added = []
  client.errors = []
  client.node.catch(e => client.errors.push(e))
  client.on('add', (action, meta) => client.added.push({ action, meta }))
  return client
}
