// What the node's pages share: preact with htm, the Logux client of the node that served the page, the client
// token (asked for once per tab when the node needs one), and the dashboard's JSON.
import { h, render } from 'preact'
import { useEffect, useState, useRef, useMemo } from 'preact/hooks'
import htm from 'htm'
import { Client } from '@logux/client'

export const html = htm.bind(h)
export { render, useEffect, useState, useRef, useMemo }

/** Renders `vnode` in place of the page's loading message, in the element with id "app". */
export function mount (vnode) {
  const root = document.getElementById('app')
  root.textContent = ''
  render(vnode, root)
}

const tokenKey = 'conflux-client-token'

/** The token this tab gives the node: from `#token=…` in the address once, then from the tab's storage. */
export function clientToken () {
  const match = /(?:^|[#&])token=([^&]*)/.exec(location.hash)
  if (match) {
    sessionStorage.setItem(tokenKey, decodeURIComponent(match[1]))
    history.replaceState(null, '', location.pathname + location.search)
  }
  return sessionStorage.getItem(tokenKey) || undefined
}

export function setClientToken (token) {
  if (token) sessionStorage.setItem(tokenKey, token)
  else sessionStorage.removeItem(tokenKey)
}

/** An id for this tab that lasts as long as the tab: a Logux user id and, in the game, the player. */
export function tabId (key) {
  let id = sessionStorage.getItem(key)
  if (!id) {
    id = Array.from(crypto.getRandomValues(new Uint8Array(8)), b => b.toString(16).padStart(2, '0')).join('')
    sessionStorage.setItem(key, id)
  }
  return id
}

/**
 * A Logux client of this node (ws://<this host>/logux), started, subscribed to the replicated state. `onState`
 * gets the committed state when it arrives whole (`conflux/state`); `onAction` every committed action after it,
 * in log order, with its meta; `onConnection` the connection's state; `onError` a refusal of the node.
 */
export function connectLogux ({ userId, onState, onAction, onConnection, onError }) {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:'
  const token = clientToken()
  const client = new Client({
    server: `${protocol}//${location.host}/logux`,
    subprotocol: '1.0.0',
    userId,
    ...(token ? { token } : {}),
    // A page that came over plain HTTP has no wss:// to use: its token travels as openly as the page did (put the
    // node behind TLS to protect it). The Logux client refuses a token over ws:// unless told so.
    allowDangerousProtocol: protocol === 'ws:'
  })
  client.log.on('add', (action, meta) => {
    if (action.type === 'conflux/state') onState?.(action.state, action.index)
    else if (meta.channels && meta.channels.includes('state')) onAction?.(action, meta)
  })
  client.node.on('state', () => onConnection?.(client.node.state))
  // Caught: a refusal of the node (wrong-credentials, say) is shown on the page instead of thrown.
  client.node.catch(error => onError?.(error))
  client.node.on('clientError', error => onError?.(error))
  client.start()
  client.log.add({ type: 'logux/subscribe', channel: 'state' }, { sync: true })
  return client
}

/** Parses a committed action's meta id, "<ms> <origin node> <index>". */
export function parseId (id) {
  const [time, origin, index] = String(id).split(' ')
  return { time: Number(time), origin, index: Number(index) }
}

/** GET or POST on the node's dashboard JSON; the token goes along when this tab has one. */
export async function api (path, body) {
  const headers = { 'Content-Type': 'application/json' }
  const token = clientToken()
  if (token) headers.Authorization = `Bearer ${token}`
  const response = await fetch(`/_conflux/api/${path}`, body === undefined ? { headers } : { method: 'POST', headers, body })
  const json = await response.json().catch(() => ({ error: `the node answered ${response.status}` }))
  return { ok: response.ok, status: response.status, json }
}

/** Polls the node's view of its cluster every `ms` until `stop()`; the callback gets the view, or null on a failure. */
export function pollCluster (callback, ms = 500) {
  let stopped = false
  let timer
  const tick = async () => {
    try {
      const { ok, json } = await api('cluster')
      if (!stopped) callback(ok ? json : null)
    } catch {
      if (!stopped) callback(null)
    }
    if (!stopped) timer = setTimeout(tick, ms)
  }
  tick()
  return () => { stopped = true; clearTimeout(timer) }
}

export const timeOf = ms => new Date(ms).toISOString().slice(11, 23)
