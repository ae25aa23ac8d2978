// The pages every node serves, in a real browser: Debian's chromium driven by playwright-core (which downloads
// nothing). Two people play tic-tac-toe on two nodes; a leader dies mid-game; the dashboard sees the new leader,
// shows a refusal, isolates and heals a node. Every page must end with no console error and no failed request.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { startCluster, delay } from './cluster.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const shots = path.join(here, 'screenshots')
mkdirSync(shots, { recursive: true })

function chromiumPath () {
  if (process.env.CHROMIUM) return process.env.CHROMIUM
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim()
    } catch {}
  }
  throw new Error('chromium is missing: test.sh installs it with apt-get (or set CHROMIUM to its path)')
}

let browser
before(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
})
after(async () => {
  await browser?.close()
})

/** A page of a fresh browser context (its own session storage: its own player), watched for errors. */
async function open (url, problems) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  const tag = `[${url}]`
  page.on('console', m => { if (m.type() === 'error') problems.push(`${tag} console error: ${m.text()}`) })
  page.on('pageerror', e => problems.push(`${tag} page error: ${e.message}`))
  page.on('requestfailed', r => problems.push(`${tag} request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`))
  page.on('response', r => { if (r.status() >= 400) problems.push(`${tag} ${r.status()} for ${r.request().method()} ${r.url()}`) })
  await page.goto(url)
  return page
}

const within = { timeout: 15_000 }

/** Polls `check` (async, true when done) for up to 15 s: a follower applies what the leader committed a little later. */
async function until (check, what) {
  const deadline = Date.now() + 15_000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await delay(50)
  }
}

async function cells (page) {
  return page.$$eval('[data-cell]', buttons => buttons.map(b => b.dataset.pending ? '' : b.textContent))
}

/** Waits until `page`'s committed board is `board` (9 strings). */
async function boardIs (page, board) {
  await page.waitForFunction(expected => {
    const shown = [...document.querySelectorAll('[data-cell]')].map(b => b.dataset.pending ? '' : b.textContent)
    return JSON.stringify(shown) === expected
  }, JSON.stringify(board), within)
}

async function statusOf (page) {
  return page.textContent('[data-status]')
}

/** Opens the game on two nodes and has player one (X) join on the first, player two (O) on the second. */
async function twoPlayers (cluster, nodeX, nodeO, problems) {
  const x = await open(`http://127.0.0.1:${nodeX.http}/tictactoe`, problems)
  const o = await open(`http://127.0.0.1:${nodeO.http}/tictactoe`, problems)
  await x.waitForSelector('[data-join]', within)
  await x.click('[data-join]')
  await x.waitForSelector('[data-mark="X"]', within)
  await o.waitForSelector('[data-join]', within)
  await o.click('[data-join]')
  await o.waitForSelector('[data-mark="O"]', within)
  await x.waitForFunction(() => document.querySelector('[data-status]').textContent.includes('your turn'), null, within)
  for (const page of [x, o]) assert.ok(!(await page.textContent('body')).includes('Loading'), 'the loading message is gone')
  return { x, o }
}

/** Records every committed board the page shows, so that a test can check it never showed a wrong one. */
async function recordBoards (page) {
  await page.evaluate(() => {
    window.boards = []
    const note = () => window.boards.push([...document.querySelectorAll('[data-cell]')].map(b => b.dataset.pending ? '' : b.textContent))
    note()
    new MutationObserver(note).observe(document.querySelector('[data-board]'), { subtree: true, childList: true, characterData: true, attributes: true })
  })
}

/** Every board shown must be the final board with some of its last moves not made yet: marks only appear, never change. */
async function assertNoWrongBoard (page, final) {
  const boards = await page.evaluate(() => window.boards)
  let marks = 0
  for (const board of boards) {
    const count = board.filter(c => c !== '').length
    assert.ok(count >= marks, `a mark disappeared: ${JSON.stringify(board)}`)
    marks = count
    board.forEach((c, i) => assert.ok(c === '' || c === final[i], `cell ${i} showed ${c}, but it ends as ${final[i]}: ${JSON.stringify(board)}`))
  }
}

/** Plays `moves` (cells) alternately from X's page and O's page (`first` first), each confirmed on both pages before the next. */
async function play (x, o, moves, board = Array(9).fill(''), first = 'X') {
  for (let i = 0; i < moves.length; i++) {
    const [page, mark] = (i % 2 === 0) === (first === 'X') ? [x, 'X'] : [o, 'O']
    await page.click(`[data-cell="${moves[i]}"]`)
    board[moves[i]] = mark
    await boardIs(x, board)
    await boardIs(o, board)
  }
  return board
}

test('two pages on two nodes play a full game to a win', async () => {
  const cluster = await startCluster(3, { app: 'tictactoe' })
  const problems = []
  try {
    const { x, o } = await twoPlayers(cluster, cluster.nodes[0], cluster.nodes[1], problems)
    await recordBoards(o)
    // X takes the middle column after O blocked a diagonal and a row.
    const board = await play(x, o, [4, 0, 8, 2, 1, 6, 3, 5])
    assert.match(await statusOf(x), /X to play/)
    await x.click('[data-cell="7"]')
    board[7] = 'X'
    await boardIs(o, board)
    await x.waitForFunction(() => document.querySelector('[data-status]').textContent === 'X wins! You won.', null, within)
    await o.waitForFunction(() => document.querySelector('[data-status]').textContent === 'X wins! You lost.', null, within)
    assert.equal(await o.textContent('[data-winners]'), 'X')
    await assertNoWrongBoard(o, board)
    // The three nodes agree with the pages.
    for (const node of cluster.nodes) {
      await until(async () => JSON.stringify((await cluster.state(node)).board) === JSON.stringify(board), `${node.id} to hold the final board`)
    }
    await x.screenshot({ path: path.join(shots, 'tictactoe-win.png') })
    await o.screenshot({ path: path.join(shots, 'tictactoe-lose.png') })
    assert.deepEqual(problems, [])
  } finally {
    await cluster.stop()
  }
})

test('an illegal move shows its error and changes nothing on either page', async () => {
  const cluster = await startCluster(3, { app: 'tictactoe' })
  const problems = []
  try {
    const { x, o } = await twoPlayers(cluster, cluster.nodes[1], cluster.nodes[2], problems)
    const empty = Array(9).fill('')
    const refused = async (page, action, message, board) => {
      await action()
      await page.waitForFunction(expected => document.querySelector('[role=alert]')?.textContent === expected, message, within)
      await page.waitForFunction(() => !document.querySelector('[data-pending]'), null, within)
      assert.deepEqual(await cells(x), board)
      assert.deepEqual(await cells(o), board)
      assert.deepEqual((await cluster.state(cluster.nodes[1])).board, board, "X's node holds the same board")
    }
    await refused(o, () => o.click('[data-cell="0"]'), 'It is not your turn!', empty)
    await o.screenshot({ path: path.join(shots, 'tictactoe-not-your-turn.png') })
    const board = await play(x, o, [4])
    await refused(o, () => o.click('[data-cell="4"]'), 'That cell is already marked!', board)
    await refused(o, () => o.click('[data-tie]'), "Can't tie until all cells are filled!", board)
    const third = await open(`http://127.0.0.1:${cluster.nodes[0].http}/tictactoe`, problems)
    await boardIs(third, board)
    assert.equal(await third.$('[data-join]'), null, 'a third page is offered no seat')
    await o.click('[data-forfeit]')
    await x.waitForFunction(() => document.querySelector('[data-status]').textContent === 'X wins! You won.', null, within)
    await refused(x, () => x.click('[data-cell="0"]'), 'The game is over…', board)
    // A new game: the board empties on both pages, the game counter moves on.
    await x.click('[data-new-game]')
    await boardIs(o, empty)
    await o.waitForFunction(() => document.body.textContent.includes('Game 2'), null, within)
    assert.deepEqual(problems, [])
  } finally {
    await cluster.stop()
  }
})

test('the leader process is killed mid-game, and the game finishes', async t => {
  const cluster = await startCluster(3, { app: 'tictactoe' })
  const problems = []
  try {
    // The pages are on the two followers: the node that dies is no page's node.
    const leader = await cluster.leader()
    const [nodeX, nodeO] = cluster.nodes.filter(n => n !== leader)
    const { x, o } = await twoPlayers(cluster, nodeX, nodeO, problems)
    await recordBoards(x)
    await recordBoards(o)
    const board = await play(x, o, [0, 4])
    // Starting the pages loads both cores for seconds, and a follower may have won an election meanwhile; then killing
    // the old node would start none. Leadership is handed back first, so that the kill below makes the gap.
    await cluster.ensureLeader(leader)
    const termBefore = (await cluster.status(nodeX)).term
    cluster.kill(leader)
    // X moves at once: the move shows as pending until a new leader commits it.
    await x.click('[data-cell="1"]')
    board[1] = 'X'
    await boardIs(o, board)
    await boardIs(x, board)
    await play(x, o, [3, 2], board, 'O')
    await x.waitForFunction(() => document.querySelector('[data-status]').textContent === 'X wins! You won.', null, within)
    await o.waitForFunction(() => document.querySelector('[data-status]').textContent === 'X wins! You lost.', null, within)
    // The pages say that the cluster was without a leader for a while, and who leads now.
    for (const page of [x, o]) {
      await page.waitForSelector('[data-leaderless]', within)
      // The gap shown is the one this kill made: it ends with a new leader in a later term.
      await page.waitForFunction(old => / until (n\d) was elected in term (\d+)/.exec(document.querySelector('[data-leaderless]')?.textContent ?? '')?.[1] !== old
        && document.querySelector('[data-leaderless]') !== null, leader.id, within)
      const leaderless = await page.textContent('[data-leaderless]')
      const [, newLeader, term] = / until (n\d) was elected in term (\d+)/.exec(leaderless)
      assert.notEqual(newLeader, leader.id)
      assert.ok(Number(term) > termBefore, `the gap ends in term ${term}, not after term ${termBefore}`)
      t.diagnostic(leaderless)
      const shownLeader = await page.getAttribute('[data-leader]', 'data-leader')
      assert.ok(shownLeader !== '' && shownLeader !== leader.id, `the page shows leader "${shownLeader}", not a new one`)
    }
    await assertNoWrongBoard(x, board)
    await assertNoWrongBoard(o, board)
    await x.screenshot({ path: path.join(shots, 'tictactoe-after-leader-death.png') })
    assert.deepEqual(problems, [])
  } finally {
    await cluster.stop()
  }
})

/** The dashboard's row of each member: its data-role. */
async function roles (page) {
  return page.$$eval('[data-member]', rows => Object.fromEntries(rows.map(r => [r.dataset.member, r.dataset.role])))
}

test('the dashboard shows a new leader within a few seconds of the old one stopping, and isolates and heals', async t => {
  const cluster = await startCluster(3, { app: 'kv', extra: ['--dev-controls'] })
  const problems = []
  try {
    const leader = await cluster.leader()
    const [watcher, other] = cluster.nodes.filter(n => n !== leader)
    const dashboard = await open(`http://127.0.0.1:${watcher.http}/`, problems)
    await dashboard.waitForFunction(id => document.querySelector(`[data-member="${id}"]`)?.dataset.role === 'leader', leader.id, within)
    assert.equal(Object.keys(await roles(dashboard)).length, 3)
    assert.ok(!(await dashboard.textContent('body')).includes('Loading'), 'the loading message is gone')
    // Puts through the leader's HTTP API, one after another: the plot and the log tail show them.
    for (let i = 0; i < 500; i++) {
      const response = await fetch(`http://127.0.0.1:${leader.http}/perform/put`, { method: 'POST', body: JSON.stringify([`key${i % 7}`, i]) })
      assert.equal(response.status, 200)
    }
    await dashboard.waitForFunction(() => document.querySelectorAll('[data-log-index]').length >= 10, null, within)
    await dashboard.screenshot({ path: path.join(shots, 'dashboard.png') })

    // The leader's own dashboard stops it.
    const doomed = await open(`http://127.0.0.1:${leader.http}/`, problems)
    await doomed.waitForSelector('[data-dev="stop"]', within)
    await doomed.click('[data-dev="stop"]')
    await doomed.waitForSelector('[data-stopped]', within)
    const stoppedAt = Date.now()
    // Within a few seconds: one leader, a new one, and never two at once.
    await dashboard.waitForFunction(old => {
      const leaders = [...document.querySelectorAll('[data-member][data-role="leader"]')].map(r => r.dataset.member)
      return leaders.length === 1 && leaders[0] !== old
    }, leader.id, { timeout: 5_000 })
    t.diagnostic(`the watcher's dashboard showed the new leader ${Date.now() - stoppedAt} ms after the old one's page said it stopped`)
    await dashboard.waitForFunction(old => document.querySelector(`[data-member="${old}"]`).dataset.reachable === 'false', leader.id, within)
    const shown = await roles(dashboard)
    assert.equal(Object.values(shown).filter(r => r === 'leader').length, 1, JSON.stringify(shown))
    await dashboard.waitForSelector('[data-leader-changes]', within)
    await dashboard.screenshot({ path: path.join(shots, 'dashboard-new-leader.png') })

    // Isolated, the watcher stops hearing its peer; healed, it hears it again.
    await dashboard.click('[data-dev="isolate"]')
    await dashboard.waitForFunction(id => document.querySelector(`[data-member="${id}"]`).dataset.reachable === 'false', other.id, within)
    await dashboard.click('[data-dev="heal"]')
    await dashboard.waitForFunction(id => document.querySelector(`[data-member="${id}"]`).dataset.reachable === 'true', other.id, within)
    assert.deepEqual(problems, [])
  } finally {
    await cluster.stop()
  }
})

test("the dashboard's form performs a method, shows the committed action in the log tail, and shows a refusal", async () => {
  const cluster = await startCluster(3, { app: 'kv' })
  const problems = []
  try {
    const page = await open(`http://127.0.0.1:${cluster.nodes[0].http}/`, problems)
    await page.waitForSelector('[data-perform]', within)
    await page.waitForFunction(() => document.querySelector('.conn')?.textContent.includes('synchronized'), null, within)
    await page.selectOption('[data-method]', 'put')
    await page.fill('[data-args]', '["colour", "green"]')
    await page.click('[data-perform] button[type=submit]')
    await page.waitForSelector('[data-outcome="applied"]', within)
    assert.match(await page.textContent('[data-outcome="applied"]'), /Committed at index \d+ .*"colour".*"green"/)
    await page.waitForFunction(() => document.querySelector('[data-log-index]')?.textContent.includes('green'), null, within)

    await page.selectOption('[data-method]', 'cas')
    await page.fill('[data-args]', '["colour", "red", "blue"]')
    await page.click('[data-perform] button[type=submit]')
    await page.waitForSelector('[data-outcome="refused"]', within)
    assert.equal(await page.textContent('[data-outcome="refused"]'), 'precondition failed')
    await until(async () => (await cluster.state(cluster.nodes[2])).colour === 'green', 'n3 to apply the put')
    assert.equal((await cluster.state(cluster.nodes[0])).colour, 'green', 'the refused cas changed nothing')
    await page.screenshot({ path: path.join(shots, 'dashboard-refusal.png') })
    assert.deepEqual(problems, [])
  } finally {
    await cluster.stop()
  }
})

test('with a client token, the pages say they need it and work once given it', async () => {
  const cluster = await startCluster(3, { app: 'tictactoe', extra: ['--client-token', 'pages-token', '--dev-controls'] })
  const problems = []
  try {
    const node = cluster.nodes[0]
    // Without it: the page says so, its Logux connection is refused, and nothing can be performed.
    const refused = await open(`http://127.0.0.1:${node.http}/`, problems)
    await refused.waitForSelector('[role=alert]', within)
    assert.match(await refused.textContent('[role=alert]'), /client token/)
    const denied = await fetch(`http://127.0.0.1:${node.http}/_conflux/api/dev/stop`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    assert.equal(denied.status, 401)
    const performDenied = await fetch(`http://127.0.0.1:${node.http}/perform/join`, { method: 'POST', body: '["intruder"]' })
    assert.equal(performDenied.status, 401, 'the HTTP API needs the token too')
    // With it, from the address (#token=…, kept by the tab and removed from the address): the game works.
    const problemsWithToken = []
    const x = await open(`http://127.0.0.1:${node.http}/tictactoe#token=pages-token`, problemsWithToken)
    await x.waitForSelector('[data-join]', within)
    assert.equal(await x.evaluate(() => location.hash), '')
    await x.click('[data-join]')
    await x.waitForSelector('[data-mark="X"]', within)
    await until(async () => (await cluster.state(cluster.nodes[2])).x !== null, 'n3 to apply the join')
    await x.screenshot({ path: path.join(shots, 'tictactoe-with-token.png') })
    await refused.screenshot({ path: path.join(shots, 'dashboard-without-token.png') })
    assert.deepEqual(problemsWithToken, [])
    assert.deepEqual(problems, [], 'the refused page logged errors')
    assert.equal(cluster.nodes.filter(n => n.exited).length, 0, 'no node was stopped without the token')
  } finally {
    await cluster.stop()
  }
})
