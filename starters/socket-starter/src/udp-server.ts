/**
 * A UDP echo server: answers every datagram with the same bytes.
 *
 *   node src/udp-server.ts                   127.0.0.1:65432 (UDP ports are separate from TCP ports)
 *   node src/udp-server.ts --drop-every 3    pretend to lose every third datagram
 */
import { programConsole, readOptions, type Console } from './cli.ts';
import { formatAddress } from './address.ts';
import { parseUdpServerOptions, udpServerUsage } from './options.ts';
import { startUdpEchoServer } from './udp-echo.ts';

const out: Console = programConsole('UDP SERVER');

const settings = readOptions(out, parseUdpServerOptions, udpServerUsage);

const server = await startUdpEchoServer(settings, out.say).catch((error: unknown) =>
  out.fail(error, `binding ${settings.host}:${settings.port}`),
);
out.say(`Bound to ${formatAddress(server.address.address, server.address.port)} (UDP); waiting for datagrams...`);

const stop = () => {
  out.say('Stopped.');
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
