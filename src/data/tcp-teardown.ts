/**
 * How the connection of the course notes' exchange closes, segment by
 * segment: the facts behind the "TCP teardown" diagram of the sockets page
 * (TcpTeardown.astro), and its words in both languages.
 *
 * In the notes' exchange the client sends the first FIN (its
 * `shutdown(SHUT_WR)` after the message); the server reads to the end,
 * replies, and sends the second FIN with `close()`. The side that sends the
 * first FIN is the one that waits in TIME_WAIT: here the client, on its
 * ephemeral port, while the server goes through CLOSE_WAIT and LAST_ACK.
 *
 * Sources: RFC 9293 §3.3.2 (the state diagram), §3.6 (closing a connection,
 * TIME-WAIT for 2×MSL) and §3.4.2 (MSL taken as 2 minutes); Linux waits a
 * fixed 60 seconds (`TCP_TIMEWAIT_LEN` in include/net/tcp.h), which
 * `ss -tano state time-wait` shows as `timer:(timewait,59sec,0)`.
 */
import { type Localized, prose } from './locale.ts';

export type TcpSide = 'client' | 'server';
export type TcpState = 'ESTABLISHED' | 'FIN_WAIT_1' | 'FIN_WAIT_2' | 'CLOSE_WAIT' | 'LAST_ACK' | 'TIME_WAIT' | 'CLOSED';
/** `reply` is the server's data; `ACK` acknowledges the other side's FIN. */
export type SegmentKind = 'FIN' | 'ACK' | 'reply';

export interface TeardownSegment {
  from: TcpSide;
  kind: SegmentKind;
  /** The call of the sender's program that sends it; the ACKs are the system's own. */
  call?: string;
  /** The state the sender enters as it sends the segment, when it changes. */
  senderEnters?: TcpState;
  /** The state the receiver enters as the segment arrives, when it changes. */
  receiverEnters?: TcpState;
}

/** Both sides start from an established connection. */
export const teardownStart: TcpState = 'ESTABLISHED';

/** The segments in the order they are sent (the ACKs of the data are left out). */
export const teardownSegments: readonly TeardownSegment[] = [
  { from: 'client', kind: 'FIN', call: 'shutdown(SHUT_WR)', senderEnters: 'FIN_WAIT_1', receiverEnters: 'CLOSE_WAIT' },
  { from: 'server', kind: 'ACK', receiverEnters: 'FIN_WAIT_2' },
  { from: 'server', kind: 'reply', call: 'sendall()' },
  { from: 'server', kind: 'FIN', call: 'close()', senderEnters: 'LAST_ACK', receiverEnters: 'TIME_WAIT' },
  { from: 'client', kind: 'ACK', receiverEnters: 'CLOSED' },
];

/** How long TIME_WAIT lasts: 2×MSL in the specification, a fixed time on Linux. */
export const timeWait = {
  /** MSL as RFC 9293 takes it, in seconds (two minutes). */
  rfcMslSeconds: 120,
  /** Linux's TCP_TIMEWAIT_LEN, in seconds. */
  linuxSeconds: 60,
} as const;

/** The side that ends in TIME_WAIT, read from the segments. */
export function timeWaitSide(): TcpSide | undefined {
  for (const segment of teardownSegments) {
    if (segment.senderEnters === 'TIME_WAIT') return segment.from;
    if (segment.receiverEnters === 'TIME_WAIT') return segment.from === 'client' ? 'server' : 'client';
  }
  return undefined;
}

export interface TcpTeardownText {
  /** The diagram's accessible name. */
  title: string;
  /** What the diagram shows, for screen readers: plain text, no Markdown. */
  description: string;
  server: string;
  client: string;
  /** The label of the reply's data on the wire. */
  reply: string;
  /** The label beside TIME_WAIT, one line per entry. */
  timeWait: readonly string[];
}

export const tcpTeardownText: Localized<TcpTeardownText> = {
  ro: {
    title: 'Închiderea conexiunii TCP din notițe: cine rămâne în TIME_WAIT',
    description: prose`Clientul trimite primul FIN, prin shutdown(SHUT_WR) după mesaj, și trece în FIN_WAIT_1.
      Serverul primește FIN-ul și trece în CLOSE_WAIT; recv() îi întoarce b''.
      Serverul confirmă cu ACK, iar clientul trece în FIN_WAIT_2.
      Serverul trimite răspunsul cu sendall(), apoi close() trimite al doilea FIN, iar serverul trece în LAST_ACK.
      Clientul confirmă acest FIN cu ACK și trece în TIME_WAIT; la primirea ACK-ului, serverul trece în CLOSED.
      Clientul, partea care a trimis primul FIN, rămâne în TIME_WAIT 2×MSL, 60 de secunde pe Linux, apoi trece și el în CLOSED.`,
    server: 'Server',
    client: 'Client',
    reply: 'răspuns',
    timeWait: ['2×MSL:', '60 s pe Linux'],
  },
  en: {
    title: "The TCP teardown of the notes' exchange: who stays in TIME_WAIT",
    description: prose`The client sends the first FIN, with shutdown(SHUT_WR) after its message, and enters FIN_WAIT_1.
      The server receives the FIN and enters CLOSE_WAIT; its recv() returns b''.
      The server acknowledges with an ACK, and the client enters FIN_WAIT_2.
      The server sends its reply with sendall(), then close() sends the second FIN, and the server enters LAST_ACK.
      The client acknowledges that FIN with an ACK and enters TIME_WAIT; when the ACK arrives, the server enters CLOSED.
      The client, the side that sent the first FIN, stays in TIME_WAIT for 2×MSL, 60 seconds on Linux, then enters CLOSED too.`,
    server: 'Server',
    client: 'Client',
    reply: 'reply',
    timeWait: ['2×MSL:', '60 s on Linux'],
  },
};
