'use strict'

/*
 * Throughput and latency of the ORIGINAL JavaScript Conflux (npm conflux@1.1.8 on gaggle@2.1.4),
 * N nodes in one Node.js process on gaggle's in-memory channel, or on its Redis channel (--redis).
 *
 *   node bench.js --nodes 3 --callers 64 --seconds 5
 *   node bench.js --nodes 3,5 --callers 1,64          (every combination, one after the other)
 *
 * Options (all optional):
 *   --nodes N[,N...]      cluster sizes                          (default 3)
 *   --callers C[,C...]    concurrent callers, each loops performs (default 1)
 *   --seconds S           measured duration per configuration     (default 5)
 *   --warmup S            unmeasured warm-up before it            (default 1)
 *   --from WHERE          node the callers perform on: follower | leader | all (round robin)
 *                                                                 (default follower)
 *   --leader-timeout S    give up if no usable leader after S s   (default 15)
 *   --drain S             wait at most S s for in-flight performs after the end (default 3)
 *   --redis URL           use gaggle's Redis channel on this server, e.g. redis://127.0.0.1:6379
 *                         (each configuration gets its own channel name)
 *
 * stdout: one JSON line per configuration. stderr: one human-readable line per configuration.
 * Exit code 0 when every configuration produced figures, 1 otherwise (no leader, hard timeout...).
 *
 * Notes on what is measured (read from the sources of conflux 1.1.8 / gaggle 2.1.4):
 *  - perform() goes through gaggle.dispatchOnLeader: a follower sends DISPATCH to the leader, the
 *    leader runs the method, calls gaggle.append() (which only pushes onto the leader's log) and
 *    replies at once with a DISPATCH_REPLY broadcast to every node. So a perform resolves when the
 *    action is APPENDED on the leader, NOT when it is committed (no majority replication awaited).
 *  - gaggle's memory channel delivers every message with setTimeout(fn, 0), which Node clamps to
 *    1 ms, so each hop costs at least ~1 ms: a sequential perform from a follower is 2 hops.
 *  - On the leader every perform calls conflux's _nudgeCluster -> gaggle's
 *    hasUncommittedEntriesInPreviousTerms, which scans the whole log: the cost of a perform grows
 *    with the log length, so longer runs (more entries) get slower. The JSON reports the log length.
 *  - The memory channel keeps a module-global map of instances keyed by node id, with no namespace:
 *    every node in the process receives every broadcast. Node ids here carry the process id and a
 *    run counter, and configurations run one after the other with the previous cluster closed.
 */

var path = require('path')
var perf = require('perf_hooks').performance

var conflux = require('conflux')

function pkgVersion (name, from) {
  try {
    var p = require.resolve(name + '/package.json', from ? { paths: [from] } : undefined)
    return require(p).version
  } catch (e) {
    return null
  }
}

var CONFLUX_VERSION = pkgVersion('conflux')
// the gaggle that conflux itself loads
var GAGGLE_VERSION = pkgVersion('gaggle', path.dirname(require.resolve('conflux')))

function parseArgs (argv) {
  var o = {
    nodes: [3],
    callers: [1],
    seconds: 5,
    warmup: 1,
    from: 'follower',
    leaderTimeout: 15,
    drain: 3,
    redis: null
  }
  function list (v, name) {
    var xs = String(v).split(',').map(function (s) { return parseInt(s, 10) })
    xs.forEach(function (x) {
      if (!(x >= 1)) { usage('bad value for --' + name + ': ' + v) }
    })
    return xs
  }
  function num (v, name, min) {
    var x = Number(v)
    if (!(x >= min) || !isFinite(x)) { usage('bad value for --' + name + ': ' + v) }
    return x
  }
  for (var i = 0; i < argv.length; i++) {
    var a = argv[i]
    var v = argv[i + 1]
    var eq = a.indexOf('=')
    if (a.slice(0, 2) === '--' && eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq) } else { i++ }
    switch (a) {
      case '--nodes': o.nodes = list(v, 'nodes'); break
      case '--callers': o.callers = list(v, 'callers'); break
      case '--seconds': o.seconds = num(v, 'seconds', 0.1); break
      case '--warmup': o.warmup = num(v, 'warmup', 0); break
      case '--from':
        if (['follower', 'leader', 'all'].indexOf(v) < 0) { usage('bad value for --from: ' + v) }
        o.from = v
        break
      case '--leader-timeout': o.leaderTimeout = num(v, 'leader-timeout', 0.1); break
      case '--drain': o.drain = num(v, 'drain', 0); break
      case '--redis':
        if (!/^redis:\/\/[^ ]+$/.test(String(v))) { usage('bad value for --redis (want redis://HOST:PORT): ' + v) }
        o.redis = v
        break
      case '--help': case '-h': usage(null); break
      default: usage('unknown argument: ' + a)
    }
  }
  return o
}

function usage (err) {
  if (err) { process.stderr.write(err + '\n') }
  process.stderr.write('usage: node bench.js [--nodes 3[,5]] [--callers 1[,64]] [--seconds 5] [--warmup 1]\n' +
    '                     [--from follower|leader|all] [--leader-timeout 15] [--drain 3] [--redis redis://HOST:PORT]\n')
  process.exit(err ? 2 : 0)
}

function sleep (ms) {
  return new Promise(function (resolve) { setTimeout(resolve, ms) })
}

function withTimeout (p, ms) {
  var t
  return Promise.race([
    Promise.resolve(p).then(function () { return true }, function () { return true }),
    new Promise(function (resolve) { t = setTimeout(function () { resolve(false) }, ms) })
  ]).then(function (ok) { clearTimeout(t); return ok })
}

function percentile (sorted, q) {
  if (sorted.length === 0) { return null }
  // nearest-rank
  var rank = Math.ceil(q * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

function round (x, digits) {
  if (x == null) { return null }
  var f = Math.pow(10, digits)
  return Math.round(x * f) / f
}

// gaggle registers one 'committed' listener per uncommitted append (and one 'rpcAck' listener per
// pending perform) on an emitter limited to 100 listeners, so Node prints a
// MaxListenersExceededWarning again and again under load. Count those instead of printing them.
var maxListenersWarnings = 0
process.removeAllListeners('warning')
process.on('warning', function (w) {
  if (w && w.name === 'MaxListenersExceededWarning') { maxListenersWarnings++ } else { process.stderr.write(String(w && w.stack || w) + '\n') }
})

var runCounter = 0

function makeCluster (n, redisUrl) {
  var prefix = 'bench-' + process.pid + '-' + (++runCounter) + '-'
  var channel = redisUrl == null
    ? { name: 'memory' }
    : { name: 'redis', connectionString: redisUrl, channelName: prefix + 'channel' }
  var nodes = []
  for (var i = 0; i < n; i++) {
    nodes.push(conflux({
      id: prefix + i,
      clusterSize: n,
      channel: channel,
      electionTimeout: { min: 300, max: 500 },
      heartbeatInterval: 50,
      methods: {
        append: function (x) { return { type: 'append', x: x } }
      },
      reduce: function (state, action) {
        state = state == null ? 0 : state
        return action == null ? state : state + 1
      }
    }))
  }
  return nodes
}

function leaderOf (nodes) {
  var leaders = nodes.filter(function (n) { return n._gaggle.isLeader() })
  return leaders.length === 1 ? leaders[0] : null
}

function termOf (node) { return node._gaggle._currentTerm }

// Wait until exactly one leader exists, every follower knows it, and a perform through the chosen
// node(s) succeeds (perform has no built-in retry: a DISPATCH sent in the wrong term is dropped, so
// the probe uses perform's timeout argument and retries).
async function waitForLeader (nodes, deadline) {
  var attempts = 0
  while (perf.now() < deadline) {
    var leader = leaderOf(nodes)
    if (leader != null) {
      var everyoneAgrees = nodes.every(function (n) {
        return n === leader || (n._gaggle._leader === leader._gaggle.id && termOf(n) === termOf(leader))
      })
      if (everyoneAgrees) {
        attempts++
        var ok = true
        for (var i = 0; i < nodes.length && ok; i++) {
          try {
            await nodes[i].perform('append', ['probe'], 1000)
          } catch (e) {
            ok = false
          }
        }
        if (ok && leaderOf(nodes) === leader) { return { leader: leader, probes: attempts } }
      }
    }
    await sleep(10)
  }
  return null
}

async function runConfig (opts, n, c) {
  var result = {
    impl: 'conflux-js',
    conflux: CONFLUX_VERSION,
    gaggle: GAGGLE_VERSION,
    nodes: n,
    callers: c,
    from: opts.from,
    seconds: opts.seconds,
    warmupSeconds: opts.warmup,
    resolvesOn: 'leader-append',
    channel: opts.redis == null ? 'memory' : 'redis',
    node: process.version
  }

  var tStart = perf.now()
  var nodes = makeCluster(n, opts.redis)

  // hard timeout for this configuration: prints what it knows and exits
  var hardMs = (opts.leaderTimeout + opts.warmup + opts.seconds + opts.drain + 10) * 1000
  var hard = setTimeout(function () {
    result.error = 'hard timeout after ' + hardMs + ' ms'
    process.stdout.write(JSON.stringify(result) + '\n')
    process.stderr.write('conflux-js nodes=' + n + ' callers=' + c + ': HARD TIMEOUT, exiting\n')
    process.exit(1)
  }, hardMs)
  hard.unref()

  try {
    var ready = await waitForLeader(nodes, tStart + opts.leaderTimeout * 1000)
    if (ready == null) {
      result.error = 'no leader within ' + opts.leaderTimeout + ' s'
      return result
    }
    var leader = ready.leader
    result.leaderElectedMs = round(perf.now() - tStart, 1)
    var followers = nodes.filter(function (x) { return x !== leader })
    var termAtStart = termOf(leader)
    var logAtStart = leader._gaggle.getLog().length
    var warningsAtStart = maxListenersWarnings

    var targets
    if (opts.from === 'leader') { targets = [leader] } else if (opts.from === 'follower') { targets = [followers.length > 0 ? followers[0] : leader] } else { targets = nodes }

    var lat = []
    var inWindow = 0
    var errors = 0
    var inFlight = 0
    var seq = 0
    var t0 = perf.now()
    var measureStart = t0 + opts.warmup * 1000
    var measureEnd = measureStart + opts.seconds * 1000
    var stop = false

    var stopTimer = setTimeout(function () { stop = true }, measureEnd - perf.now())

    async function caller (idx) {
      var node = targets[idx % targets.length]
      while (!stop) {
        var a = perf.now()
        inFlight++
        try {
          await node.perform('append', [seq++])
        } catch (e) {
          errors++
          inFlight--
          continue
        }
        inFlight--
        var b = perf.now()
        if (b >= measureStart && b <= measureEnd) {
          inWindow++
          lat.push(b - a)
        }
      }
    }

    var callers = []
    for (var i = 0; i < c; i++) { callers.push(caller(i)) }

    await sleep(Math.max(0, measureEnd - perf.now()))
    stop = true
    clearTimeout(stopTimer)
    var drained = await withTimeout(Promise.all(callers), opts.drain * 1000)

    lat.sort(function (x, y) { return x - y })
    var sum = 0
    for (var k = 0; k < lat.length; k++) { sum += lat[k] }

    result.performs = inWindow
    result.performsPerSec = Math.round(inWindow / opts.seconds)
    result.p50Ms = round(percentile(lat, 0.50), 2)
    result.p99Ms = round(percentile(lat, 0.99), 2)
    result.meanMs = round(lat.length ? sum / lat.length : null, 2)
    result.maxMs = round(lat.length ? lat[lat.length - 1] : null, 2)
    result.errors = errors
    result.unfinished = drained ? 0 : inFlight
    result.termChanged = termOf(leader) !== termAtStart || leaderOf(nodes) !== leader
    result.leaderLogAtStart = logAtStart
    result.leaderLog = leader._gaggle.getLog().length
    result.maxListenersWarnings = maxListenersWarnings - warningsAtStart
    result.leaderCommitIndex = leader._gaggle.getCommitIndex()
    return result
  } finally {
    // close every node; do not wait forever
    await withTimeout(Promise.all(nodes.map(function (x) { return x.close() })), 2000)
    clearTimeout(hard)
  }
}

function human (r) {
  if (r.error) {
    return 'conflux-js ' + r.nodes + ' nodes, ' + r.callers + ' caller(s): FAILED: ' + r.error
  }
  return 'conflux-js ' + r.nodes + ' nodes, ' + r.callers + ' caller(s) on ' + r.from + ' (' + r.channel + ' channel): ' +
    r.performsPerSec + ' performs/s, p50 ' + r.p50Ms + ' ms, p99 ' + r.p99Ms + ' ms' +
    ' (' + r.performs + ' in ' + r.seconds + ' s; resolves on leader append, not commit' +
    (r.errors ? '; ' + r.errors + ' errors' : '') +
    (r.unfinished ? '; ' + r.unfinished + ' never resolved' : '') +
    (r.termChanged ? '; LEADER CHANGED during the run' : '') + ')'
}

async function main () {
  var opts = parseArgs(process.argv.slice(2))
  var failed = false
  for (var a = 0; a < opts.nodes.length; a++) {
    for (var b = 0; b < opts.callers.length; b++) {
      var r
      try {
        r = await runConfig(opts, opts.nodes[a], opts.callers[b])
      } catch (e) {
        r = { impl: 'conflux-js', nodes: opts.nodes[a], callers: opts.callers[b], error: String(e && e.stack || e) }
      }
      if (r.error) { failed = true }
      process.stdout.write(JSON.stringify(r) + '\n')
      process.stderr.write(human(r) + '\n')
    }
  }
  // everything is closed; exit explicitly in case a stray timer or handle is left behind
  process.exit(failed ? 1 : 0)
}

main()
