/**
 * The calls of Python's `socket` module that the course notes use, each with
 * its Node.js counterpart: the facts behind the "Sockets" page in both locales.
 *
 * Sources: the Python documentation of the `socket` module, the Node.js
 * documentation of `node:net` and `node:dgram`, and the Linux manual pages
 * listen(2) and recv(2). Each entry links its two references.
 */
import { type Localized, prose } from './locale.ts';

export type Transport = 'TCP' | 'UDP' | 'TCP, UDP';
export type Side = 'server' | 'client' | 'both';

/** What a socket call and a socket error both say: the facts, Node's way, the notes, the two references. */
export interface SocketFacts {
  description: Localized;
  /** How Node.js does the same thing. */
  inNode: Localized;
  /** Where the course notes are wrong or incomplete about it. */
  correction?: Localized;
  pythonDocs: string;
  nodeDocs: string;
  /** False for what the notes do not describe. */
  fromNotes: boolean;
}

export interface SocketCall extends SocketFacts {
  /** The anchor, from the Python method name (`sendall`); the same in every locale. */
  id: string;
  /** The heading: the call as a Python programmer writes it. */
  name: string;
  /** The signature as the Python documentation gives it. */
  python: string;
  /** The Node.js counterparts, as code. */
  node: readonly string[];
  transport: Transport;
  side: Side;
}

const pythonDocs = (anchor: string) => `https://docs.python.org/3/library/socket.html#${anchor}`;
const netDocs = (anchor: string) => `https://nodejs.org/api/net.html#${anchor}`;
const dgramDocs = (anchor: string) => `https://nodejs.org/api/dgram.html#${anchor}`;

export const socketCalls: readonly SocketCall[] = [
  {
    id: 'socket',
    name: 'socket.socket()',
    python: 'socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0)',
    node: ['net.createServer()', 'net.connect()', "dgram.createSocket('udp4')"],
    transport: 'TCP, UDP',
    side: 'both',
    description: {
      ro: prose`Creează un socket nou, încă nelegat de vreo adresă.
        \`family\` alege familia de adrese (\`AF_INET\` pentru IPv4, \`AF_INET6\` pentru IPv6), \`type\` alege felul comunicării (\`SOCK_STREAM\`: un flux de octeți sigur și ordonat, adică TCP; \`SOCK_DGRAM\`: mesaje independente, adică UDP), iar \`proto\` rămâne de obicei 0, ca sistemul să aleagă protocolul potrivit tipului.`,
      en: prose`Creates a new socket, not yet tied to any address.
        \`family\` picks the address family (\`AF_INET\` for IPv4, \`AF_INET6\` for IPv6), \`type\` picks the kind of communication (\`SOCK_STREAM\`: a reliable, ordered byte stream, that is TCP; \`SOCK_DGRAM\`: independent messages, that is UDP), and \`proto\` usually stays 0 so that the system picks the protocol that fits the type.`,
    },
    inNode: {
      ro: prose`Node nu are un apel separat pentru creare: \`net.createServer()\` pregătește socket-ul de ascultare al unui server, \`net.connect()\` creează socket-ul unui client și îl și conectează, iar \`dgram.createSocket('udp4')\` (sau \`'udp6'\`) creează un socket UDP.
        Pentru TCP, familia IPv4 sau IPv6 rezultă din adresa dată la \`listen()\` sau \`connect()\`.`,
      en: prose`Node has no separate creation call: \`net.createServer()\` prepares a server's listening socket, \`net.connect()\` creates a client socket and connects it as well, and \`dgram.createSocket('udp4')\` (or \`'udp6'\`) creates a UDP socket.
        For TCP, the IPv4 or IPv6 family follows from the address given to \`listen()\` or \`connect()\`.`,
    },
    correction: {
      ro: prose`Notițele scriu \`socket.socket(family, type, proto=0)\`.
        Mai exact, și primii doi parametri au valori implicite, \`AF_INET\` și \`SOCK_STREAM\`: simplul \`socket.socket()\` creează un socket TCP pe IPv4.`,
      en: prose`The notes write \`socket.socket(family, type, proto=0)\`.
        More precisely, the first two parameters have defaults too, \`AF_INET\` and \`SOCK_STREAM\`: a plain \`socket.socket()\` creates a TCP socket over IPv4.`,
    },
    pythonDocs: pythonDocs('socket.socket'),
    nodeDocs: netDocs('netcreateserveroptions-connectionlistener'),
    fromNotes: true,
  },
  {
    id: 'bind',
    name: 'bind()',
    python: 'socket.bind(address)',
    node: ['server.listen(port, host)', 'udpSocket.bind(port, host)'],
    transport: 'TCP, UDP',
    side: 'server',
    description: {
      ro: prose`Leagă socket-ul de o adresă locală și un port, date ca tuplu \`(host, port)\` pentru IPv4, de exemplu \`('127.0.0.1', 65432)\`.
        Adresa \`127.0.0.1\` primește numai conexiuni de pe aceeași mașină, \`0.0.0.0\` de pe toate interfețele IPv4.
        Portul 0 cere sistemului un port liber, pe care îl afli apoi cu \`getsockname()\`.`,
      en: prose`Binds the socket to a local address and port, given as a tuple \`(host, port)\` for IPv4, for example \`('127.0.0.1', 65432)\`.
        The address \`127.0.0.1\` accepts connections from the same machine only, \`0.0.0.0\` from every IPv4 interface.
        Port 0 asks the system for a free port, which \`getsockname()\` then tells you.`,
    },
    inNode: {
      ro: prose`Un server TCP nu apelează \`bind()\` separat: \`server.listen(port, host)\` leagă și începe ascultarea în același pas, iar \`server.address()\` spune apoi portul ales.
        Un socket UDP se leagă cu \`socket.bind(port, host)\`.`,
      en: prose`A TCP server does not call \`bind()\` separately: \`server.listen(port, host)\` binds and starts listening in one step, and \`server.address()\` then tells the chosen port.
        A UDP socket binds with \`socket.bind(port, host)\`.`,
    },
    correction: {
      ro: prose`Notițele spun că \`bind()\` se folosește doar pe partea de server.
        Este apelul obișnuit al serverului, dar și un client îl poate folosi, rar, ca să aleagă adresa sau portul sursă (în Node: opțiunile \`localAddress\` și \`localPort\` ale lui \`net.connect()\`).
        Un client care nu apelează \`bind()\` primește automat un port liber.`,
      en: prose`The notes say \`bind()\` is used on the server side only.
        It is the usual server call, but a client may use it too, rarely, to choose its source address or port (in Node: the \`localAddress\` and \`localPort\` options of \`net.connect()\`).
        A client that does not call \`bind()\` gets a free port automatically.`,
    },
    pythonDocs: pythonDocs('socket.socket.bind'),
    nodeDocs: netDocs('serverlisten'),
    fromNotes: true,
  },
  {
    id: 'listen',
    name: 'listen()',
    python: 'socket.listen([backlog])',
    node: ['server.listen(port, host, backlog)'],
    transport: 'TCP',
    side: 'server',
    description: {
      ro: prose`Trece socket-ul în modul pasiv: de acum sistemul acceptă conexiuni în numele lui și le pune într-o coadă, de unde programul le ia cu \`accept()\`.
        \`backlog\` este lungimea dorită a acestei cozi.`,
      en: prose`Puts the socket in passive mode: from now on the system accepts connections on its behalf and queues them, and the program takes them from the queue with \`accept()\`.
        \`backlog\` is the requested length of that queue.`,
    },
    inNode: {
      ro: prose`\`server.listen()\` face \`bind()\` și \`listen()\` împreună; \`backlog\` implicit este 511.
        Evenimentul \`'listening'\` (sau funcția dată lui \`listen()\`) anunță că serverul este gata.`,
      en: prose`\`server.listen()\` does \`bind()\` and \`listen()\` together; the default \`backlog\` is 511.
        The \`'listening'\` event (or the function given to \`listen()\`) tells that the server is ready.`,
    },
    correction: {
      ro: prose`Notițele descriu \`backlog\` ca „numărul maxim de conexiuni care pot fi puse în așteptare”.
        Mai exact, este doar o indicație: sistemul o poate rotunji sau plafona (pe Linux, la valoarea \`net.core.somaxconn\`, implicit 4096 din kernelul 5.4).
        Coada conține numai conexiunile încă neacceptate, deci \`backlog\` nu limitează câți clienți servește programul.
        Din Python 3.5, argumentul este opțional.`,
      en: prose`The notes describe \`backlog\` as "the maximum number of connections that can be queued".
        More precisely, it is only a hint: the system may round or cap it (on Linux, to \`net.core.somaxconn\`, 4096 by default since kernel 5.4).
        The queue holds only connections not yet accepted, so \`backlog\` does not limit how many clients the program serves.
        Since Python 3.5, the argument is optional.`,
    },
    pythonDocs: pythonDocs('socket.socket.listen'),
    nodeDocs: netDocs('serverlisten'),
    fromNotes: true,
  },
  {
    id: 'accept',
    name: 'accept()',
    python: 'socket.accept() -> (conn, address)',
    node: ["server.on('connection', (socket) => ...)"],
    transport: 'TCP',
    side: 'server',
    description: {
      ro: prose`Ia următoarea conexiune din coadă, așteptând dacă nu există niciuna.
        Întoarce un tuplu \`(conn, address)\`: \`conn\` este un socket **nou**, dedicat acelui client, iar \`address\` este adresa lui (\`(host, port)\` pentru IPv4, \`(host, port, flowinfo, scope_id)\` pentru IPv6).
        Socket-ul inițial continuă să asculte pentru clienții următori.`,
      en: prose`Takes the next connection from the queue, waiting if there is none.
        Returns a tuple \`(conn, address)\`: \`conn\` is a **new** socket dedicated to that client, and \`address\` is its address (\`(host, port)\` for IPv4, \`(host, port, flowinfo, scope_id)\` for IPv6).
        The original socket keeps listening for the next clients.`,
    },
    inNode: {
      ro: prose`Node acceptă conexiunile singur, fără să blocheze programul, și emite pentru fiecare evenimentul \`'connection'\` cu un \`net.Socket\` nou; adresa clientului este în \`socket.remoteAddress\` și \`socket.remotePort\`.
        Așa servește un singur proces mulți clienți deodată, fără fire de execuție.`,
      en: prose`Node accepts connections by itself, without blocking the program, and emits a \`'connection'\` event with a new \`net.Socket\` for each one; the client's address is in \`socket.remoteAddress\` and \`socket.remotePort\`.
        This is how a single process serves many clients at once, without threads.`,
    },
    pythonDocs: pythonDocs('socket.socket.accept'),
    nodeDocs: netDocs('event-connection'),
    fromNotes: true,
  },
  {
    id: 'connect',
    name: 'connect()',
    python: 'socket.connect(address)',
    node: ['net.connect(port, host)', "socket.on('connect', ...)"],
    transport: 'TCP, UDP',
    side: 'client',
    description: {
      ro: 'Deschide o conexiune TCP către `(host, port)`: sistemul face schimbul în trei pași (SYN, SYN-ACK, ACK), iar apelul se întoarce când conexiunea este stabilită sau ridică o excepție (`ConnectionRefusedError`, `TimeoutError`, `socket.gaierror` dacă numele nu se rezolvă).',
      en: 'Opens a TCP connection to `(host, port)`: the system performs the three-way handshake (SYN, SYN-ACK, ACK), and the call returns once the connection is established, or raises an exception (`ConnectionRefusedError`, `TimeoutError`, `socket.gaierror` when the name does not resolve).',
    },
    inNode: {
      ro: prose`\`net.connect(port, host)\` creează socket-ul și pornește conectarea; evenimentul \`'connect'\` anunță reușita, iar \`'error'\` eșecul, cu \`error.code\` (\`ECONNREFUSED\`, \`ETIMEDOUT\`, \`ENOTFOUND\`...).
        Un nume cu mai multe adrese (IPv6 și IPv4) este încercat pe rând (*Happy Eyeballs*, opțiunea \`autoSelectFamily\`, activă implicit din Node 20).`,
      en: prose`\`net.connect(port, host)\` creates the socket and starts connecting; the \`'connect'\` event signals success and \`'error'\` failure, with \`error.code\` (\`ECONNREFUSED\`, \`ETIMEDOUT\`, \`ENOTFOUND\`...).
        A name with several addresses (IPv6 and IPv4) is tried address by address (*Happy Eyeballs*, the \`autoSelectFamily\` option, on by default since Node 20).`,
    },
    correction: {
      ro: prose`Notițele descriu \`connect()\` ca apelul prin care clientul inițiază o conexiune către server.
        Mai exact, așa se întâmplă la TCP; și un socket UDP poate apela \`connect()\`, dar atunci nu trimite nimic în rețea, doar fixează destinația implicită, după care \`send()\` și \`recv()\` merg fără adresă și se primesc numai datagramele de la acel partener (în Node: \`socket.connect(port, host)\` din \`node:dgram\`).`,
      en: prose`The notes describe \`connect()\` as the call with which a client opens a connection to a server.
        More precisely, that is what it does for TCP; a UDP socket may call \`connect()\` as well, but then it sends nothing on the network, it only fixes the default destination, after which \`send()\` and \`recv()\` work without an address and only that peer's datagrams are received (in Node: \`socket.connect(port, host)\` of \`node:dgram\`).`,
    },
    pythonDocs: pythonDocs('socket.socket.connect'),
    nodeDocs: netDocs('netconnect'),
    fromNotes: true,
  },
  {
    id: 'send',
    name: 'send()',
    python: 'socket.send(bytes) -> int',
    node: ['socket.write(data)'],
    transport: 'TCP',
    side: 'both',
    description: {
      ro: prose`Copiază octeți în bufferul de trimitere al sistemului și întoarce câți a copiat, **posibil mai puțini** decât i s-au dat, când bufferul este aproape plin.
        Programul trebuie să verifice rezultatul și să trimită restul.
        Datele trebuie să fie \`bytes\` (de exemplu \`text.encode()\`).`,
      en: prose`Copies bytes into the system's send buffer and returns how many it copied, **possibly fewer** than it was given, when the buffer is nearly full.
        The program must check the result and send the rest.
        The data must be \`bytes\` (for example \`text.encode()\`).`,
    },
    inNode: {
      ro: prose`\`socket.write(data)\` ia întotdeauna tot: ce nu încape încă în bufferul sistemului așteaptă în memoria procesului.
        Rezultatul \`false\` înseamnă „am strâns deja destul, așteaptă evenimentul \`'drain'\` înainte să scrii mai mult”.
        Cine ignoră semnalul poate umple memoria cu date netrimise (*backpressure*, vezi [\`sendall()\`](#sendall)).`,
      en: prose`\`socket.write(data)\` always takes everything: what does not fit in the system's buffer yet waits in the process's memory.
        A \`false\` result means "enough is queued already, wait for the \`'drain'\` event before writing more".
        Ignoring that signal can fill memory with unsent data (*backpressure*, see [\`sendall()\`](#sendall)).`,
    },
    pythonDocs: pythonDocs('socket.socket.send'),
    nodeDocs: netDocs('socketwritedata-encoding-callback'),
    fromNotes: true,
  },
  {
    id: 'sendall',
    name: 'sendall()',
    python: 'socket.sendall(bytes) -> None',
    node: ['socket.write(chunk)', "socket.once('drain', ...)"],
    transport: 'TCP',
    side: 'both',
    description: {
      ro: prose`Apelează \`send()\` în buclă până când toți octeții au fost predați sistemului.
        Întoarce \`None\` la reușită; la eroare ridică o excepție și nu se mai poate ști câți octeți au plecat.
        Din Python 3.5, limita de timp a socket-ului se aplică întregului apel, nu fiecărui \`send()\`.`,
      en: prose`Calls \`send()\` in a loop until every byte has been handed to the system.
        Returns \`None\` on success; on error it raises an exception, and there is no way to know how many bytes went out.
        Since Python 3.5, the socket timeout applies to the whole call, not to each \`send()\`.`,
    },
    inNode: {
      ro: prose`Node nu are \`sendall()\`.
        Echivalentul care nu umple memoria scrie în bucăți și, când \`write()\` întoarce \`false\`, așteaptă \`'drain'\` înainte de bucata următoare: funcția \`writeAll()\` din proiectul socket-starter face exact asta.`,
      en: prose`Node has no \`sendall()\`.
        The counterpart that does not fill memory writes in chunks and, when \`write()\` returns \`false\`, waits for \`'drain'\` before the next chunk: the \`writeAll()\` function of the socket-starter project does exactly that.`,
    },
    correction: {
      ro: prose`Notițele spun că \`sendall()\` asigură că întregul mesaj „este transmis către destinație, trimițând pachete succesive”.
        Mai exact, apelul doar predă octeții sistemului; împărțirea lor în segmente TCP o face sistemul, iar întoarcerea din \`sendall()\` nu înseamnă că partenerul i-a primit.
        Singura confirmare că datele au fost procesate este un răspuns de la celălalt program.`,
      en: prose`The notes say \`sendall()\` ensures that the whole message "is transmitted to the destination, sending successive packets".
        More precisely, the call only hands the bytes to the system; the system cuts them into TCP segments, and returning from \`sendall()\` does not mean the peer has received them.
        The only confirmation that the data was processed is an answer from the other program.`,
    },
    pythonDocs: pythonDocs('socket.socket.sendall'),
    nodeDocs: netDocs('event-drain'),
    fromNotes: true,
  },
  {
    id: 'sendto',
    name: 'sendto()',
    python: 'socket.sendto(bytes, address) -> int',
    node: ['udpSocket.send(msg, port, host)'],
    transport: 'UDP',
    side: 'both',
    description: {
      ro: prose`Trimite **o singură datagramă** la adresa dată, fără vreo conexiune prealabilă, și întoarce numărul de octeți trimiși.
        Un apel reușit înseamnă doar că datagrama a fost predată sistemului: UDP nu garantează că ajunge, că ajunge o singură dată sau în ordinea trimiterii, iar expeditorul nu află când se pierde.
        Conținutul unei datagrame UDP peste IPv4 are cel mult 65 507 octeți; în practică, peste aproximativ 1 472 de octeți (pe Ethernet) datagrama se fragmentează la nivel IP și se pierde mai ușor.`,
      en: prose`Sends **a single datagram** to the given address, without any prior connection, and returns the number of bytes sent.
        A successful call only means the datagram was handed to the system: UDP does not guarantee that it arrives, arrives once or arrives in the order sent, and the sender is not told when it is lost.
        The payload of a UDP datagram over IPv4 is at most 65,507 bytes; in practice, beyond about 1,472 bytes (on Ethernet) the datagram is fragmented at the IP level and is lost more easily.`,
    },
    inNode: {
      ro: prose`\`socket.send(msg, port, host, callback)\` din \`node:dgram\`.
        Funcția dată primește o eroare numai dacă trimiterea locală a eșuat; livrarea nu o confirmă nimeni.`,
      en: prose`\`socket.send(msg, port, host, callback)\` of \`node:dgram\`.
        Its callback gets an error only if sending failed locally; nobody confirms delivery.`,
    },
    pythonDocs: pythonDocs('socket.socket.sendto'),
    nodeDocs: dgramDocs('socketsendmsg-offset-length-port-address-callback'),
    fromNotes: true,
  },
  {
    id: 'recv',
    name: 'recv()',
    python: 'socket.recv(bufsize) -> bytes',
    node: ["socket.on('data', ...)", "socket.on('end', ...)"],
    transport: 'TCP',
    side: 'both',
    description: {
      ro: prose`Întoarce octeții sosiți, cel mult \`bufsize\` (de exemplu 4096), așteptând dacă nu a sosit nimic.
        Un rezultat gol, \`b''\`, înseamnă că partenerul a închis sensul lui de trimitere: nu mai vine nimic, și pe acest semnal se oprește bucla de citire din notițe.`,
      en: prose`Returns the bytes that have arrived, at most \`bufsize\` (for example 4096), waiting if nothing has arrived.
        An empty result, \`b''\`, means the peer has closed its sending direction: nothing more will come, and that is the signal that ends the notes' reading loop.`,
    },
    inNode: {
      ro: 'Node citește singur și emite `\'data\'` cu fiecare bucată sosită (sau o dă unei bucle `for await (const chunk of socket)`); `b\'\'` din Python corespunde evenimentului `\'end\'`.',
      en: "Node reads by itself and emits `'data'` with each chunk that arrives (or hands it to a `for await (const chunk of socket)` loop); Python's `b''` corresponds to the `'end'` event.",
    },
    correction: {
      ro: prose`Notițele explică citirea parțială prin mesajul „fragmentat în mai multe pachete”.
        Mai exact, TCP transportă un flux de octeți fără granițe între mesaje: un \`recv()\` poate întoarce o parte dintr-un \`send()\` sau sfârșitul unuia și începutul următorului, oricum ar fi fost împărțite pachetele.
        Programele își stabilesc singure unde se termină un mesaj: o lungime trimisă înainte, un separator sau, ca în notițe, închiderea sensului de trimitere.`,
      en: prose`The notes explain partial reads by the message being "fragmented into several packets".
        More precisely, TCP carries a byte stream with no boundaries between messages: one \`recv()\` may return part of one \`send()\`, or the end of one and the start of the next, however the packets were cut.
        Programs decide by themselves where a message ends: a length sent first, a separator or, as in the notes, closing the sending direction.`,
    },
    pythonDocs: pythonDocs('socket.socket.recv'),
    nodeDocs: netDocs('event-data'),
    fromNotes: true,
  },
  {
    id: 'recvfrom',
    name: 'recvfrom()',
    python: 'socket.recvfrom(bufsize) -> (bytes, address)',
    node: ["udpSocket.on('message', (msg, rinfo) => ...)"],
    transport: 'UDP',
    side: 'both',
    description: {
      ro: 'Întoarce **o datagramă** și adresa expeditorului, ca tuplu `(data, address)`; răspunsul se trimite cu `sendto()` la acea adresă.',
      en: "Returns **one datagram** and the sender's address, as a tuple `(data, address)`; the answer is sent with `sendto()` to that address.",
    },
    inNode: {
      ro: 'Evenimentul `\'message\'` al unui socket `node:dgram` primește datagrama întreagă și `rinfo`, cu `address`, `port`, `family` și `size`.',
      en: "The `'message'` event of a `node:dgram` socket receives the whole datagram and `rinfo`, with `address`, `port`, `family` and `size`.",
    },
    correction: {
      ro: prose`Notițele spun că aplicația trebuie să reconstruiască manual mesajele mari.
        Mai exact, o datagramă sosește întreagă sau deloc: nivelul IP reasamblează fragmentele, iar dacă se pierde unul se pierde toată datagrama.
        Dacă \`bufsize\` este mai mic decât datagrama, surplusul se pierde (pe Linux).
        Reconstrucția este necesară numai când aplicația însăși împarte un mesaj în mai multe datagrame, și atunci trebuie să trateze și pierderile, duplicatele și ordinea.`,
      en: prose`The notes say the application must rebuild large messages by hand.
        More precisely, a datagram arrives whole or not at all: the IP layer reassembles the fragments, and if one is lost the whole datagram is lost.
        If \`bufsize\` is smaller than the datagram, the excess is discarded (on Linux).
        Rebuilding is needed only when the application itself splits a message into several datagrams, and then it must also handle losses, duplicates and ordering.`,
    },
    pythonDocs: pythonDocs('socket.socket.recvfrom'),
    nodeDocs: dgramDocs('event-message'),
    fromNotes: true,
  },
  {
    id: 'shutdown',
    name: 'shutdown()',
    python: 'socket.shutdown(how)',
    node: ['socket.end()'],
    transport: 'TCP',
    side: 'both',
    description: {
      ro: prose`Închide unul sau ambele sensuri ale conexiunii, fără să elibereze socket-ul: \`SHUT_WR\` („nu mai trimit”), \`SHUT_RD\` („nu mai citesc”) sau \`SHUT_RDWR\`.
        Clientul din notițe folosește \`SHUT_WR\` după mesaj: serverul primește \`b''\` la \`recv()\` și știe că mesajul s-a terminat, iar clientul poate citi în continuare răspunsul.`,
      en: prose`Closes one or both directions of the connection, without releasing the socket: \`SHUT_WR\` ("I will send no more"), \`SHUT_RD\` ("I will read no more") or \`SHUT_RDWR\`.
        The notes' client uses \`SHUT_WR\` after its message: the server gets \`b''\` from \`recv()\` and knows the message is complete, while the client can still read the reply.`,
    },
    inNode: {
      ro: prose`\`socket.end()\` este \`shutdown(SHUT_WR)\`: trimite FIN după datele în așteptare.
        Atenție la partea cealaltă: implicit, Node își închide singur sensul de scriere când partenerul termină, deci un server care vrea să răspundă după FIN-ul clientului se creează cu \`allowHalfOpen: true\`.`,
      en: prose`\`socket.end()\` is \`shutdown(SHUT_WR)\`: it sends FIN after the pending data.
        Mind the other side: by default, Node closes its own sending direction when the peer finishes, so a server that must reply after the client's FIN is created with \`allowHalfOpen: true\`.`,
    },
    correction: {
      ro: 'Notițele nu descriu `shutdown()`, deși clientul lor depinde de el: fără `SHUT_WR`, serverul ar aștepta la nesfârșit sfârșitul mesajului, iar clientul răspunsul.',
      en: 'The notes do not describe `shutdown()`, although their client depends on it: without `SHUT_WR`, the server would wait forever for the end of the message, and the client for the reply.',
    },
    pythonDocs: pythonDocs('socket.socket.shutdown'),
    nodeDocs: netDocs('socketenddata-encoding-callback'),
    fromNotes: true,
  },
  {
    id: 'close',
    name: 'close()',
    python: 'socket.close()',
    node: ['socket.end()', 'socket.destroy()', 'server.close()', 'udpSocket.close()'],
    transport: 'TCP, UDP',
    side: 'both',
    description: {
      ro: prose`Eliberează socket-ul.
        Pentru o conexiune TCP, sistemul trimite întâi datele rămase în buffer, apoi FIN.
        Documentația Python precizează că \`close()\` nu închide neapărat imediat conexiunea; pentru o închidere la timp, apelează \`shutdown()\` înainte.`,
      en: prose`Releases the socket.
        For a TCP connection, the system first sends the data left in the buffer, then FIN.
        Python's documentation points out that \`close()\` does not necessarily close the connection at once; for a timely close, call \`shutdown()\` first.`,
    },
    inNode: {
      ro: '`socket.end()` închide sensul de scriere (datele în așteptare pleacă, apoi FIN; socket-ul se eliberează după ce termină și partenerul), `socket.destroy()` închide imediat și renunță la ce nu a plecat, `server.close()` oprește acceptarea de clienți noi și îi lasă pe cei conectați să termine, iar `socket.close()` din `node:dgram` eliberează un socket UDP.',
      en: '`socket.end()` closes the sending direction (pending data goes out, then FIN; the socket is released once the peer has finished too), `socket.destroy()` closes at once and drops what has not gone out, `server.close()` stops accepting new clients and lets the connected ones finish, and `socket.close()` of `node:dgram` releases a UDP socket.',
    },
    correction: {
      ro: prose`Notițele cer ca fiecare socket să fie închis, ca să nu rămână porturi blocate, și au dreptate, mai ales în contextul lor.
        Un socket pe care programul nu îl închide este eliberat de sistem abia când procesul se termină, iar kernelul unui notebook Jupyter rulează în continuare după fiecare celulă: un socket de ascultare rămas deschis, de exemplu al unui fir care încă așteaptă în \`accept()\`, ține portul ocupat până la repornirea kernelului.
        Mai exact, nici după \`close()\` conexiunea nu dispare întotdeauna imediat: partea care a trimis primul FIN o păstrează în starea TIME_WAIT, 60 de secunde pe Linux.
        În schimbul din notițe această parte este clientul, pe portul lui efemer, deci portul serverului rămâne liber; vezi [Închiderea conexiunii și TIME_WAIT](#teardown).
        Iar \`time.sleep(0.2)\` dinaintea lui \`close()\` din serverul notițelor nu este necesar: datele deja predate cu \`sendall()\` pleacă și după \`close()\`, cu condiția ca serverul să fi citit tot ce a trimis clientul; altfel \`close()\` trimite RST în loc de FIN.`,
      en: prose`The notes ask for every socket to be closed, so that no port stays blocked, and they are right, all the more in their setting.
        A socket the program does not close is released by the system only when the process ends, and a Jupyter notebook's kernel keeps running after each cell: a listening socket left open, for example by a thread still waiting in \`accept()\`, holds its port until the kernel restarts.
        More precisely, even after \`close()\` the connection does not always vanish at once: the side that sent the first FIN keeps it in the TIME_WAIT state, 60 seconds on Linux.
        In the notes' exchange that side is the client, on its ephemeral port, so the server's port stays free; see [Closing the connection and TIME_WAIT](#teardown).
        And the \`time.sleep(0.2)\` before \`close()\` in the notes' server is not needed: data already handed over with \`sendall()\` still goes out after \`close()\`, provided the server has read everything the client sent; otherwise \`close()\` sends RST instead of FIN.`,
    },
    pythonDocs: pythonDocs('socket.socket.close'),
    nodeDocs: netDocs('socketdestroyerror'),
    fromNotes: true,
  },
  {
    id: 'settimeout',
    name: 'settimeout()',
    python: 'socket.settimeout(value)',
    node: ['socket.setTimeout(ms)', "socket.on('timeout', ...)"],
    transport: 'TCP, UDP',
    side: 'both',
    description: {
      ro: prose`Stabilește cât poate aștepta o operație blocantă (\`connect()\`, \`accept()\`, \`recv()\`, \`sendall()\`): \`None\` înseamnă oricât (implicit), \`0\` deloc (socket neblocant), iar un număr de secunde face ca operația să ridice \`TimeoutError\` după acel timp.
        Notițele nu folosesc acest apel; fără el, un partener care tace blochează programul.`,
      en: prose`Sets how long a blocking operation (\`connect()\`, \`accept()\`, \`recv()\`, \`sendall()\`) may wait: \`None\` means forever (the default), \`0\` not at all (a non-blocking socket), and a number of seconds makes the operation raise \`TimeoutError\` after that time.
        The notes do not use this call; without it, a silent peer blocks the program.`,
    },
    inNode: {
      ro: '`socket.setTimeout(ms)` (sau opțiunea `timeout` a lui `net.connect()`) numără inactivitatea, inclusiv în timpul conectării, și emite doar evenimentul `\'timeout\'`: conexiunea rămâne deschisă până când programul o închide cu `destroy()`.',
      en: "`socket.setTimeout(ms)` (or the `timeout` option of `net.connect()`) counts inactivity, connecting included, and only emits the `'timeout'` event: the connection stays open until the program closes it with `destroy()`.",
    },
    pythonDocs: pythonDocs('socket.socket.settimeout'),
    nodeDocs: netDocs('socketsettimeouttimeout-callback'),
    fromNotes: false,
  },
];
