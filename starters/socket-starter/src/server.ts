/**
 * The course notes' TCP server, in Node.js:
 *
 *   node src/server.ts                      127.0.0.1:65432, like the notes
 *   node src/server.ts --once               serve one client and stop, exactly like the notes
 *   node src/server.ts --host ::1 --port 0  IPv6, any free port (printed when ready)
 *
 * Ctrl+C (SIGINT) or SIGTERM: stop accepting, let clients in flight finish, exit 0.
 */
import { formatAddressInfo } from './address.ts';
import { programConsole, readOptions, type Console } from './cli.ts';
import { startExchangeServer, type ExchangeServer } from './exchange-server.ts';
import { parseServerOptions, serverUsage } from './options.ts';

const out: Console = programConsole('SERVER');

const settings = readOptions(out, parseServerOptions, serverUsage);

let running: ExchangeServer | undefined;
let stopping = false;
const stop = async (signal: string) => {
  if (stopping) {
    out.warn(`${signal} again: closing every connection now.`);
    process.exit(130);
  }
  stopping = true;
  if (!running) {
    // Still starting up: there is nothing to wait for.
    out.say(`${signal}: stopped before listening.`);
    process.exit(0);
  }
  const inFlight = running.activeConnections();
  // Stop listening before saying so: a client that connects after reading this line is refused
  // (ECONNREFUSED), not queued by the kernel and then reset when the socket closes.
  const shutdown = running.shutdown(settings.shutdownTimeoutMs);
  out.say(`${signal}: no new connections; waiting for ${inFlight} client(s) in flight (at most ${settings.shutdownTimeoutMs} ms).`);
  const { forced } = await shutdown;
  if (forced > 0) out.say(`Closed ${forced} client(s) that did not finish in time.`);
  out.say('Server stopped.');
  process.exit(0);
};
// Before anything is printed: until a handler is installed, SIGTERM and
// SIGINT kill the process outright, and a script (or a test) that stops the
// server as soon as it reads "Listening on" would get no graceful stop.
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

// Steps 1-3: socket(), bind(), listen().
running = await startExchangeServer(settings, settings.quiet ? () => {} : out.say, out.warn).catch((error: unknown) =>
  out.fail(error, `listening on ${settings.host}:${settings.port}`),
);
// The real address: with --port 0, the port the system picked.
out.say(`Listening on ${formatAddressInfo(running.address)}...`);

await running.closed;
// With --once, the notes' server closes after its single client.
if (!stopping) {
  out.say('Server closed.');
  process.exit(0);
}
