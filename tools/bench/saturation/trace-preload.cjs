/**
 * Tracing preload for the API under the saturation bench (not used in production):
 *   node tools/run-ts.cjs tools/bench/saturation/saturation-bench.ts --node-arg=-r --node-arg=$PWD/tools/bench/saturation/trace-preload.cjs
 * For each probe request (header X-Bench-Sent: the client's send time, epoch ms) it prints to
 * stderr the time from send to the server's 'connection' event (the accept), from accept to the
 * 'request' event, and from request to 'finish'; every 2 s, the event-loop delay (a loop turn's
 * length) and how many connections were accepted so far.
 */
const http = require('node:http');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const now = () => performance.timeOrigin + performance.now();
const origEmit = http.Server.prototype.emit;
let accepted = 0;
http.Server.prototype.emit = function (event, ...args) {
  if (event === 'connection') {
    args[0].__acceptedAt = now();
    accepted++;
  }
  if (event === 'request') {
    const [req, res] = args;
    const sent = Number(req.headers['x-bench-sent']);
    if (sent) {
      const t = now();
      const acc = req.socket.__acceptedAt;
      const reqNo = (req.socket.__reqs = (req.socket.__reqs || 0) + 1);
      res.once('finish', () => {
        const fin = now();
        process.stderr.write(
          `TRACE ${req.method} ${req.url} reqOnSocket=${reqNo} sent->accept=${(acc - sent).toFixed(0)} accept->request=${(t - acc).toFixed(0)} request->finish=${(fin - t).toFixed(0)} total=${(fin - sent).toFixed(0)}\n`,
        );
      });
    }
  }
  return origEmit.call(this, event, ...args);
};
const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
setInterval(() => {
  process.stderr.write(
    `LOOP delay p50=${(h.percentile(50) / 1e6).toFixed(0)} p99=${(h.percentile(99) / 1e6).toFixed(0)} max=${(h.max / 1e6).toFixed(0)} ms accepted=${accepted}\n`,
  );
  h.reset();
}, 2000).unref();
