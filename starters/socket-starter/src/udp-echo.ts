/**
 * UDP, the notes' sendto() / recvfrom(): no listen(), no accept(), no
 * connection at all. Every datagram travels alone with its destination
 * address, arrives whole or not at all, and nobody tells the sender which.
 */
import { createSocket, type Socket, type SocketType } from 'node:dgram';
import { isIP } from 'node:net';
import { preview } from './messages.ts';

export type Log = (line: string) => void;

export interface UdpEchoServer {
  socket: Socket;
  address: { address: string; port: number };
  close(): Promise<void>;
}

function socketType(host: string): SocketType {
  return isIP(host) === 6 ? 'udp6' : 'udp4';
}

/** Answers each datagram with the same bytes, except every `dropEvery`-th one, which it pretends to lose. */
export function startUdpEchoServer(
  settings: { host: string; port: number; dropEvery: number },
  log: Log = () => {},
): Promise<UdpEchoServer> {
  // socket(AF_INET or AF_INET6, SOCK_DGRAM)
  const socket = createSocket(socketType(settings.host));
  let seen = 0;

  // recvfrom(): one event per datagram, with the sender's address and port.
  socket.on('message', (datagram, sender) => {
    seen += 1;
    const from = `${sender.address}:${sender.port}`;
    // Anyone can send a datagram here: its bytes are printed escaped and cut
    // short, like a TCP message (see preview()).
    if (settings.dropEvery > 0 && seen % settings.dropEvery === 0) {
      log(`Dropped datagram ${seen} from ${from} (simulated loss): "${preview(datagram)}"`);
      return;
    }
    log(`Datagram ${seen} from ${from} (len=${datagram.length}): "${preview(datagram)}"`);
    // sendto(): the answer goes to the address the datagram came from.
    socket.send(datagram, sender.port, sender.address);
  });

  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    // bind(): a UDP server must own a known port; there is nothing to listen() for.
    socket.bind(settings.port, settings.host, () => {
      socket.off('error', reject);
      socket.on('error', (error) => log(`error: ${error.message}`));
      resolve({
        socket,
        address: socket.address(),
        close: () => new Promise((done) => socket.close(() => done())),
      });
    });
  });
}

export interface DatagramReport {
  sent: number;
  /** Numbers (1-based) of the datagrams whose echo came back in time. */
  answered: number[];
  missing: number[];
}

/**
 * Sends `count` numbered datagrams and collects the echoes for `timeoutMs`.
 * A missing echo may be a lost datagram, a lost answer or no server at all:
 * without a connection, the sender cannot tell these apart.
 */
export function sendNumberedDatagrams(settings: {
  host: string;
  port: number;
  count: number;
  timeoutMs: number;
}): Promise<DatagramReport> {
  // No bind() needed: the first send() picks a free local port.
  const socket = createSocket(socketType(settings.host));
  const answered = new Set<number>();

  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      clearTimeout(timer);
      socket.close();
      if (error) return reject(error);
      const numbers = Array.from({ length: settings.count }, (_, i) => i + 1);
      resolve({
        sent: settings.count,
        answered: numbers.filter((n) => answered.has(n)),
        missing: numbers.filter((n) => !answered.has(n)),
      });
    };
    const timer = setTimeout(() => finish(), settings.timeoutMs);

    socket.on('message', (datagram) => {
      const number = Number(/^datagram (\d+) of/.exec(datagram.toString())?.[1]);
      if (Number.isInteger(number)) answered.add(number);
      if (answered.size === settings.count) finish();
    });
    socket.once('error', (error) => finish(error));

    for (let n = 1; n <= settings.count; n += 1) {
      // sendto(): each datagram names its destination; nothing was "connected".
      socket.send(`datagram ${n} of ${settings.count}`, settings.port, settings.host, (error) => {
        if (error) finish(error);
      });
    }
  });
}
