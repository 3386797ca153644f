/**
 * "Check yourself" on the sockets page: many connections on one port,
 * partial reads, what sendall() promises, shutdown(SHUT_WR), a refused
 * connection against a dropped one, and how a UDP server works.
 */
import { prose } from '../locale.ts';
import type { Question } from './types.ts';

export const questions: readonly Question[] = [
  {
    id: 'many-on-one-port',
    kind: 'single',
    prompt: {
      ro: 'Cum poate un server să țină sute de conexiuni TCP deodată, toate pe portul 443?',
      en: 'How can a server hold hundreds of TCP connections at once, all on port 443?',
    },
    options: [
      {
        id: 'new-port',
        text: { ro: '`accept()` îi dă fiecărui client un port nou pe server.', en: '`accept()` gives each client a new port on the server.' },
      },
      {
        id: 'four-values',
        text: {
          ro: 'O conexiune este identificată de patru valori: adresa și portul local, adresa și portul partenerului.',
          en: 'A connection is identified by four values: the local address and port, and the peer\'s address and port.',
        },
        correct: true,
      },
      { id: 'mixed', text: { ro: 'TCP amestecă datele clienților, iar aplicația le separă.', en: 'TCP mixes the clients\' data, and the application separates it.' } },
      { id: 'one-at-a-time', text: { ro: 'Nu poate: clienții așteaptă la rând, unul câte unul.', en: 'It cannot: clients wait in line, one at a time.' } },
    ],
    explanation: {
      ro: prose`Fiecare client vine de la altă adresă sau de la alt port, deci fiecare conexiune are propriul cvartet (vezi [ce este un socket](/sockets/#what-is-a-socket)).
        [\`accept()\`](/sockets/#accept) întoarce un socket nou, dedicat clientului, dar portul local rămâne 443.`,
      en: prose`Each client comes from another address or another port, so each connection has its own four-tuple (see [what a socket is](/en/sockets/#what-is-a-socket)).
        [\`accept()\`](/en/sockets/#accept) returns a new socket, dedicated to the client, but the local port stays 443.`,
    },
  },
  {
    id: 'partial-recv',
    kind: 'single',
    prompt: {
      ro: 'Clientul trimite cu `sendall()` un mesaj de 100 000 de octeți. Ce poate întoarce primul `recv(4096)` al serverului?',
      en: 'The client sends a 100,000-byte message with `sendall()`. What can the server\'s first `recv(4096)` return?',
    },
    options: [
      { id: 'whole', text: { ro: 'Tot mesajul, pentru că a fost trimis cu `sendall()`.', en: 'The whole message, since it was sent with `sendall()`.' } },
      { id: 'exactly', text: { ro: 'Exact 4096 de octeți, garantat.', en: 'Exactly 4096 bytes, guaranteed.' } },
      {
        id: 'at-most',
        text: {
          ro: 'Cel mult 4096 de octeți, poate mai puțini; restul vine la apelurile următoare.',
          en: 'At most 4096 bytes, perhaps fewer; the rest comes with the following calls.',
        },
        correct: true,
      },
      { id: 'error', text: { ro: 'O eroare, pentru că mesajul nu încape în buffer.', en: 'An error, because the message does not fit in the buffer.' } },
    ],
    explanation: {
      ro: prose`[\`recv()\`](/sockets/#recv) întoarce ce a sosit deja, cel mult \`bufsize\` octeți: TCP transportă un flux fără granițe între mesaje.
        De aceea serverul din notițe citește în buclă până primește \`b''\`, semnul că partenerul nu mai trimite nimic.`,
      en: prose`[\`recv()\`](/en/sockets/#recv) returns what has already arrived, at most \`bufsize\` bytes: TCP carries a stream with no boundaries between messages.
        That is why the notes' server reads in a loop until it gets \`b''\`, the sign that the peer will send nothing more.`,
    },
  },
  {
    id: 'sendall-returned',
    kind: 'single',
    prompt: {
      ro: '`sendall()` s-a întors fără eroare. Ce știe acum programul?',
      en: '`sendall()` has returned without an error. What does the program know now?',
    },
    options: [
      {
        id: 'handed',
        text: {
          ro: 'Că toți octeții au fost predați sistemului de operare, nu și că partenerul i-a primit.',
          en: 'That every byte was handed to the operating system, not that the peer has received them.',
        },
        correct: true,
      },
      { id: 'received', text: { ro: 'Că partenerul a primit tot mesajul.', en: 'That the peer has received the whole message.' } },
      { id: 'processed', text: { ro: 'Că celălalt program a citit și a procesat mesajul.', en: 'That the other program has read and processed the message.' } },
      { id: 'closed', text: { ro: 'Că sensul de trimitere s-a închis.', en: 'That the sending direction is closed.' } },
    ],
    explanation: {
      ro: prose`[\`sendall()\`](/sockets/#sendall) apelează \`send()\` până când toți octeții ajung în bufferul sistemului; segmentele TCP le trimite apoi sistemul.
        Singura dovadă că datele au fost procesate este un răspuns de la celălalt program.`,
      en: prose`[\`sendall()\`](/en/sockets/#sendall) calls \`send()\` until every byte is in the system's buffer; the system then sends the TCP segments.
        The only proof that the data was processed is an answer from the other program.`,
    },
  },
  {
    id: 'without-shutdown',
    kind: 'single',
    prompt: {
      ro: 'În programele din notițe, clientul apelează `shutdown(SHUT_WR)` după `sendall()`. Ce s-ar întâmpla fără acest apel?',
      en: 'In the notes\' programs, the client calls `shutdown(SHUT_WR)` after `sendall()`. What would happen without that call?',
    },
    options: [
      { id: 'not-sent', text: { ro: 'Mesajul nu ar mai pleca.', en: 'The message would not be sent.' } },
      {
        id: 'deadlock',
        text: {
          ro: '`recv()` al serverului n-ar întoarce niciodată `b\'\'`, iar cele două programe s-ar aștepta reciproc.',
          en: 'The server\'s `recv()` would never return `b\'\'`, and the two programs would wait for each other.',
        },
        correct: true,
      },
      { id: 'closed', text: { ro: 'Conexiunea s-ar închide imediat după mesaj.', en: 'The connection would close right after the message.' } },
      { id: 'twice', text: { ro: 'Serverul ar primi mesajul de două ori.', en: 'The server would receive the message twice.' } },
    ],
    explanation: {
      ro: prose`Serverul citește până la \`b''\`, iar \`b''\` vine abia când clientul își închide sensul de trimitere cu [\`shutdown(SHUT_WR)\`](/sockets/#shutdown).
        Fără el, serverul ar aștepta restul mesajului, iar clientul răspunsul: vezi pasul 7 din [fluxul TCP](/sockets/#tcp-flow).`,
      en: prose`The server reads until \`b''\`, and \`b''\` only comes once the client closes its sending direction with [\`shutdown(SHUT_WR)\`](/en/sockets/#shutdown).
        Without it, the server would wait for the rest of the message and the client for the answer: see step 7 of [the TCP flow](/en/sockets/#tcp-flow).`,
    },
  },
  {
    id: 'refused-code',
    kind: 'short',
    prompt: {
      ro: 'Clientul se conectează la un port la care nu ascultă niciun program. Cu ce cod (`error.code`) eșuează conectarea în Node.js?',
      en: 'The client connects to a port where no program listens. With which code (`error.code`) does the connection fail in Node.js?',
    },
    accepted: ['ECONNREFUSED'],
    explanation: {
      ro: prose`Sistemul de operare al gazdei răspunde cu RST, iar Node.js raportează [\`ECONNREFUSED\`](/sockets/#econnrefused), adică \`ConnectionRefusedError\` în Python.
        Refuzul vine chiar pentru că niciun server nu ascultă acolo.`,
      en: prose`The host's operating system answers with a RST, and Node.js reports [\`ECONNREFUSED\`](/en/sockets/#econnrefused), \`ConnectionRefusedError\` in Python.
        The refusal comes precisely because no server listens there.`,
    },
  },
  {
    id: 'firewall-drops',
    kind: 'single',
    prompt: {
      ro: 'Un firewall aruncă în tăcere pachetele către portul serverului. Ce primește clientul care apelează `connect()`?',
      en: 'A firewall silently drops the packets sent to the server\'s port. What does the client calling `connect()` get?',
    },
    options: [
      { id: 'refused', text: { ro: '`ConnectionRefusedError`, imediat.', en: '`ConnectionRefusedError`, right away.' } },
      { id: 'timeout', text: { ro: '`TimeoutError`, după ce a așteptat.', en: '`TimeoutError`, after waiting.' }, correct: true },
      { id: 'broken-pipe', text: '`BrokenPipeError`' },
      { id: 'in-use', text: '`Address already in use`' },
    ],
    explanation: {
      ro: prose`Nimeni nu răspunde, nici măcar cu un refuz, așa că clientul repetă SYN-ul până renunță: [\`TimeoutError\`](/sockets/#etimedout) (\`ETIMEDOUT\`).
        Un refuz rapid, [\`ConnectionRefusedError\`](/sockets/#econnrefused), vine doar când gazda răspunde cu RST.`,
      en: prose`Nobody answers, not even with a refusal, so the client repeats its SYN until it gives up: [\`TimeoutError\`](/en/sockets/#etimedout) (\`ETIMEDOUT\`).
        A quick refusal, [\`ConnectionRefusedError\`](/en/sockets/#econnrefused), comes only when the host answers with a RST.`,
    },
  },
  {
    id: 'udp-server',
    kind: 'multiple',
    prompt: {
      ro: 'Ce face un server UDP?',
      en: 'What does a UDP server do?',
    },
    options: [
      { id: 'bind', text: { ro: 'Își leagă socket-ul de un port cu `bind()`.', en: 'It binds its socket to a port with `bind()`.' }, correct: true },
      { id: 'accept', text: { ro: 'Apelează `listen()` și `accept()` pentru fiecare client.', en: 'It calls `listen()` and `accept()` for each client.' } },
      {
        id: 'recvfrom',
        text: { ro: 'Primește datagrame cu `recvfrom()`, împreună cu adresa expeditorului.', en: 'It receives datagrams with `recvfrom()`, along with the sender\'s address.' },
        correct: true,
      },
      { id: 'loss', text: { ro: 'Află de la sistem când o datagramă trimisă s-a pierdut.', en: 'It learns from the system when a datagram it sent was lost.' } },
      {
        id: 'sendto',
        text: { ro: 'Răspunde cu `sendto()` la adresa de la care a venit datagrama.', en: 'It answers with `sendto()` to the address the datagram came from.' },
        correct: true,
      },
    ],
    explanation: {
      ro: prose`[UDP](/sockets/#udp) nu are conexiuni: după \`bind()\`, serverul primește datagrame de la oricine cu [\`recvfrom()\`](/sockets/#recvfrom) și răspunde fiecăruia cu [\`sendto()\`](/sockets/#sendto).
        \`listen()\` și \`accept()\` țin de TCP, iar o datagramă pierdută nu produce nicio eroare: expeditorul află doar așteptând un răspuns care nu mai vine.`,
      en: prose`[UDP](/en/sockets/#udp) has no connections: after \`bind()\`, the server receives datagrams from anyone with [\`recvfrom()\`](/en/sockets/#recvfrom) and answers each with [\`sendto()\`](/en/sockets/#sendto).
        \`listen()\` and \`accept()\` belong to TCP, and a lost datagram causes no error: the sender finds out only by waiting for an answer that never comes.`,
    },
  },
];
