// The load process of the OTLP/HTTP ingest benchmark (bench/ingest.ts): POSTs one OTLP protobuf request
// over keep-alive connections, `concurrency` at a time, for `seconds`, then prints what it sent as JSON.
//   node bench/otlpLoad.mjs <url> <payload file> <seconds> <concurrency>
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

const [url, file, seconds, concurrency] = process.argv.slice(2);
const body = readFileSync(file);
const agent = new Agent({ keepAlive: true, maxSockets: Number(concurrency) });
const until = Date.now() + Number(seconds) * 1000;
let ok = 0;
let failed = 0;

function post() {
  return new Promise((resolve) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/x-protobuf', 'content-length': body.length } },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) ok++;
          else failed++;
          resolve();
        });
      },
    );
    req.on('error', () => {
      failed++;
      resolve();
    });
    req.end(body);
  });
}

async function worker() {
  while (Date.now() < until) await post();
}

await Promise.all(Array.from({ length: Number(concurrency) }, worker));
agent.destroy();
console.log(JSON.stringify({ ok, failed }));
