/**
 * The course notes' TCP client, in Node.js:
 *
 *   node src/client.ts                       to 127.0.0.1:65432, like the notes
 *   node src/client.ts --host ::1 --port 4000
 *   node src/client.ts --repeat 1000000      a 23 MB message (the server refuses it beyond 16 MiB)
 *   node src/client.ts --max-reply-bytes 50000  fail if the server sends more than 50 000 bytes back
 *
 * The reply is printed escaped (see printable.ts): a server can be hostile
 * too, and its bytes must not act on this terminal either.
 */
import { formatAddress } from './address.ts';
import { programConsole, readOptions, type Console } from './cli.ts';
import { exchange } from './exchange-client.ts';
import { clientMessage, preview } from './messages.ts';
import { clientUsage, parseClientOptions } from './options.ts';

const out: Console = programConsole('CLIENT');

const { host, port, repeat, timeoutMs, maxReplyBytes } = readOptions(out, parseClientOptions, clientUsage);
const server = formatAddress(host, port);
let doing = `connecting to ${server}`;

const reply = await exchange({
  host,
  port,
  message: clientMessage(repeat),
  timeoutMs,
  maxReplyBytes,
  onConnect: (socket) => {
    doing = `talking to ${server}`;
    out.say(`Connected to server ${formatAddress(socket.remoteAddress, socket.remotePort)}.`);
  },
  onSent: (bytes) => out.say(`Sent ${bytes} bytes, then shutdown(SHUT_WR): no more data from this side.`),
}).catch((error: unknown) => out.fail(error, doing));

out.say(`Received reply (len=${reply.length}): ${preview(reply)}`);
out.say('Connection closed.');
