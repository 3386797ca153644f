/**
 * Sends numbered datagrams to the UDP echo server and reports which answers
 * came back in time.
 *
 *   node src/udp-client.ts --count 10 --timeout 1000
 */
import { formatAddress } from './address.ts';
import { programConsole, readOptions, type Console } from './cli.ts';
import { parseUdpClientOptions, udpClientUsage } from './options.ts';
import { sendNumberedDatagrams } from './udp-echo.ts';

const out: Console = programConsole('UDP CLIENT');

const settings = readOptions(out, parseUdpClientOptions, udpClientUsage);
const server = formatAddress(settings.host, settings.port);

out.say(`Sending ${settings.count} datagrams to ${server}, no connection first...`);
const report = await sendNumberedDatagrams(settings).catch((error: unknown) => out.fail(error, `sending to ${server}`));

out.say(`${report.answered.length} of ${report.sent} answers came back within ${settings.timeoutMs} ms.`);
if (report.missing.length === report.sent) {
  out.say('No answer at all: is the server running? UDP cannot tell, there is no connection to refuse.');
} else if (report.missing.length > 0) {
  out.say(`Missing: ${report.missing.map((n) => `#${n}`).join(', ')}. UDP does not resend, and nobody reported the loss.`);
}
