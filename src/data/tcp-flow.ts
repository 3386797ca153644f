/**
 * The words of the TCP flow diagram on the sockets page (TcpFlow.astro): its
 * title and description for screen readers, and the labels on its arrows.
 */
import { type Localized, prose } from './locale.ts';

export interface TcpFlowText {
  title: string;
  description: string;
  server: string;
  client: string;
  handshake: string;
  messageAndFin: string;
  reply: string;
  recvUntilEof: string;
  finalRecv: string;
}

export const tcpFlowText: Localized<TcpFlowText> = {
  ro: {
    title: 'Fluxul TCP dintre server și client, în 12 pași',
    description:
      prose`Serverul creează un socket, îl leagă de o adresă și ascultă (pașii 1–3).
        Clientul își creează socket-ul și se conectează (4–5), prin schimbul în trei pași SYN, SYN-ACK, ACK; serverul acceptă conexiunea (6).
        Clientul trimite mesajul și închide sensul lui de scriere (7); serverul citește până la sfârșitul mesajului (8) și trimite răspunsul (9), pe care clientul îl citește (10).
        Serverul închide conexiunea (11): FIN-ul lui, al doilea după cel trimis de client la pasul 7, marchează sfârșitul răspunsului.
        Clientul citește acest sfârșit și își închide și el socket-ul (12).`,
    server: 'Server',
    client: 'Client',
    handshake: 'SYN, SYN-ACK, ACK',
    messageAndFin: 'mesaj, apoi FIN',
    reply: 'răspuns',
    recvUntilEof: "recv() până la b''",
    finalRecv: "recv() → b'', close()",
  },
  en: {
    title: 'The TCP flow between server and client, in 12 steps',
    description:
      prose`The server creates a socket, binds it to an address and listens (steps 1–3).
        The client creates its socket and connects (4–5), through the SYN, SYN-ACK, ACK three-way handshake; the server accepts the connection (6).
        The client sends its message and closes its sending direction (7); the server reads up to the end of the message (8) and sends the reply (9), which the client reads (10).
        The server closes the connection (11): its FIN, the second after the one the client sent at step 7, marks the end of the reply.
        The client reads that end and closes its socket too (12).`,
    server: 'Server',
    client: 'Client',
    handshake: 'SYN, SYN-ACK, ACK',
    messageAndFin: 'message, then FIN',
    reply: 'reply',
    recvUntilEof: "recv() until b''",
    finalRecv: "recv() → b'', close()",
  },
};
