/**
 * The socket errors the course notes list (plus ConnectionResetError, which
 * the notes leave out but every network program meets), each mapped to the
 * `error.code` Node.js reports.
 *
 * One source of truth for the codes: the exit codes and the one-line hints
 * come from the downloadable starter's own table
 * (`starters/socket-starter/src/errors.ts`), so the page shows exactly what
 * the programs print. The starter cannot import from the site (it is a
 * standalone download), hence this direction.
 *
 * Sources: the Python documentation (`socket` module, built-in exceptions),
 * the Node.js documentation (common system errors, DNS error codes), RFC 9293
 * (TCP) and the Linux manual pages tcp(7) and errno(3).
 */
import { knownNetworkErrors, type KnownNetworkError } from '../../starters/socket-starter/src/errors.ts';
import { prose } from './locale.ts';
import type { SocketFacts } from './socket-calls.ts';

export interface SocketError extends SocketFacts {
  /**
   * The anchor, the same in every locale: the errno name when the error has
   * exactly one (`econnrefused`), else the Python name (`gaierror`).
   */
  id: string;
  /** The heading: the Python exception, or the message when Python has no class of its own. */
  name: string;
  /** The errno name behind the exception, when there is one. */
  errno?: string;
  /** `error.code` values of Node.js for the same failure; each must be in the starter's table. */
  nodeCodes: readonly string[];
}

const pythonSocketDocs = (anchor: string) => `https://docs.python.org/3/library/socket.html#${anchor}`;
const pythonExceptionDocs = (anchor: string) => `https://docs.python.org/3/library/exceptions.html#${anchor}`;
const nodeSystemErrors = 'https://nodejs.org/api/errors.html#common-system-errors';

export const socketErrors: readonly SocketError[] = [
  {
    id: 'socket-error',
    name: 'socket.error',
    nodeCodes: ['EACCES', 'EADDRNOTAVAIL'],
    description: {
      ro: prose`Clasa de bază a erorilor de sistem: orice apel către sistemul de operare care eșuează, nu numai în rețea.
        Are atributele \`errno\` (numărul erorii) și \`strerror\` (textul ei).
        Toate excepțiile de mai jos sunt subclase ale ei, deci un \`except OSError\` pus ultimul le prinde pe cele netratate separat.`,
      en: prose`The base class of system errors: any call to the operating system that fails, not only in networking.
        It has the attributes \`errno\` (the error number) and \`strerror\` (its text).
        Every exception below is a subclass of it, so an \`except OSError\` placed last catches those not handled separately.`,
    },
    inNode: {
      ro: prose`Erorile de sistem din Node au \`error.code\` (numele erorii, de exemplu \`EACCES\`), \`error.syscall\` (apelul care a eșuat) și, pentru rețea, \`error.address\` și \`error.port\`.
        Programul compară \`code\`, nu numărul \`errno\`, care diferă de la un sistem de operare la altul.`,
      en: prose`System errors in Node carry \`error.code\` (the error name, for example \`EACCES\`), \`error.syscall\` (the call that failed) and, for networking, \`error.address\` and \`error.port\`.
        Programs compare \`code\`, not the \`errno\` number, which differs from one operating system to another.`,
    },
    correction: {
      ro: prose`Notițele o descriu ca eroare generală a operațiilor de rețea.
        Mai exact, din Python 3.3 \`socket.error\` este doar un alt nume, învechit, pentru \`OSError\`, excepția oricărui apel de sistem care eșuează; codul nou scrie \`OSError\`.`,
      en: prose`The notes describe it as a general error of network operations.
        More precisely, since Python 3.3 \`socket.error\` is merely another, deprecated name for \`OSError\`, the exception of any failing system call; new code writes \`OSError\`.`,
    },
    pythonDocs: pythonSocketDocs('socket.error'),
    nodeDocs: nodeSystemErrors,
    fromNotes: true,
  },
  {
    id: 'gaierror',
    name: 'socket.gaierror',
    nodeCodes: ['ENOTFOUND', 'EAI_AGAIN'],
    description: {
      ro: prose`Eșecul funcțiilor \`getaddrinfo()\` și \`getnameinfo()\`, care transformă un nume de gazdă în adrese; \`connect()\` și \`bind()\` le apelează singure când primesc un nume.
        Pe Linux apare de exemplu ca \`[Errno -2] Name or service not known\` pentru un nume inexistent sau \`[Errno -3] Temporary failure in name resolution\` când serverul DNS nu răspunde.`,
      en: prose`The failure of \`getaddrinfo()\` and \`getnameinfo()\`, which turn a host name into addresses; \`connect()\` and \`bind()\` call them by themselves when given a name.
        On Linux it shows up for example as \`[Errno -2] Name or service not known\` for a name that does not exist, or \`[Errno -3] Temporary failure in name resolution\` when the DNS server does not answer.`,
    },
    inNode: {
      ro: prose`\`ENOTFOUND\`: numele nu există (verifică scrierea lui).
        \`EAI_AGAIN\`: rezolvarea a eșuat temporar, de obicei din lipsa rețelei sau a serverului DNS; merită reîncercată.
        Numele căutat este în \`error.hostname\`.`,
      en: prose`\`ENOTFOUND\`: the name does not exist (check its spelling).
        \`EAI_AGAIN\`: resolution failed for now, usually for lack of a network or DNS server; worth retrying.
        The name looked up is in \`error.hostname\`.`,
    },
    correction: {
      ro: prose`Notițele o descriu ca eroare DNS.
        Mai exact, DNS este sursa obișnuită, dar \`getaddrinfo()\` consultă și fișierul \`hosts\`, iar eroarea apare și pentru un nume de serviciu (port) necunoscut.`,
      en: prose`The notes describe it as a DNS error.
        More precisely, DNS is the usual source, but \`getaddrinfo()\` also reads the \`hosts\` file, and the error also covers an unknown service (port) name.`,
    },
    pythonDocs: pythonSocketDocs('socket.gaierror'),
    nodeDocs: 'https://nodejs.org/api/dns.html#error-codes',
    fromNotes: true,
  },
  {
    id: 'herror',
    name: 'socket.herror',
    nodeCodes: ['ENOTFOUND'],
    description: {
      ro: prose`Eșecul funcțiilor vechi de căutare a gazdelor, \`gethostbyname_ex()\` și \`gethostbyaddr()\`, care raportează prin variabila C \`h_errno\`.
        O întâlnești mai ales la căutarea inversă a unei adrese IP fără nume asociat: \`socket.gethostbyaddr('192.0.2.1')\` ridică \`socket.herror\`, de exemplu cu mesajul \`[Errno 1] Unknown host\`.`,
      en: prose`The failure of the old host lookup functions, \`gethostbyname_ex()\` and \`gethostbyaddr()\`, which report through the C variable \`h_errno\`.
        You mostly meet it on a reverse lookup of an IP address that has no name: \`socket.gethostbyaddr('192.0.2.1')\` raises \`socket.herror\`, for example with the message \`[Errno 1] Unknown host\`.`,
    },
    inNode: {
      ro: 'Căutarea inversă se face cu `dns.reverse()` sau `dns.lookupService()`, care eșuează cu `ENOTFOUND` când adresa nu are nume.',
      en: 'Reverse lookups use `dns.reverse()` or `dns.lookupService()`, which fail with `ENOTFOUND` when the address has no name.',
    },
    correction: {
      ro: prose`Notițele o numesc „eroare la nivel de protocol host”.
        Nu are legătură cu vreun protocol: „h” vine de la \`h_errno\`, variabila de eroare a vechilor funcții de căutare; codul nou folosește \`getaddrinfo()\`, care ridică \`socket.gaierror\`.`,
      en: prose`The notes call it a "host protocol level error".
        It has nothing to do with any protocol: the "h" comes from \`h_errno\`, the error variable of the old lookup functions; new code uses \`getaddrinfo()\`, which raises \`socket.gaierror\`.`,
    },
    pythonDocs: pythonSocketDocs('socket.herror'),
    nodeDocs: 'https://nodejs.org/api/dns.html#dnsreverseip-callback',
    fromNotes: true,
  },
  {
    id: 'econnrefused',
    name: 'ConnectionRefusedError',
    errno: 'ECONNREFUSED',
    nodeCodes: ['ECONNREFUSED'],
    description: {
      ro: prose`Gazda a răspuns la încercarea de conectare cu un RST: la adresa și portul cerute nu ascultă niciun program.
        Cauze frecvente: serverul nu este pornit, portul este greșit, sau serverul ascultă pe altă adresă (de exemplu numai pe \`127.0.0.1\`, iar clientul se conectează la adresa de rețea a mașinii sau la \`::1\`).`,
      en: prose`The host answered the connection attempt with a RST: no program listens at the requested address and port.
        Frequent causes: the server is not running, the port is wrong, or the server listens on another address (for example only on \`127.0.0.1\`, while the client connects to the machine's network address or to \`::1\`).`,
    },
    inNode: {
      ro: 'Evenimentul `\'error\'` al socket-ului, cu `code` `ECONNREFUSED` și `address`/`port` încercate.',
      en: "The socket's `'error'` event, with `code` `ECONNREFUSED` and the `address`/`port` tried.",
    },
    correction: {
      ro: prose`Notițele spun „serverul refuză conexiunea (port închis)”.
        Mai exact, refuzul vine de la sistemul de operare al gazdei: pe acel port închis nu ascultă niciun program care să refuze ceva.
        Același cod apare și când un firewall respinge explicit conexiunea; unul care aruncă pachetele în tăcere produce altceva: [TimeoutError](#etimedout).`,
      en: prose`The notes say "the server refuses the connection (port closed)".
        More precisely, the refusal comes from the host's operating system: no program listens on that closed port to refuse anything.
        The same code appears when a firewall rejects the connection explicitly; one that silently drops packets produces something else: [TimeoutError](#etimedout).`,
    },
    pythonDocs: pythonExceptionDocs('ConnectionRefusedError'),
    nodeDocs: nodeSystemErrors,
    fromNotes: true,
  },
  {
    id: 'etimedout',
    name: 'TimeoutError',
    errno: 'ETIMEDOUT',
    nodeCodes: ['ETIMEDOUT'],
    description: {
      ro: prose`O operație a așteptat mai mult decât era permis.
        Două surse: sistemul renunță singur (o conectare la o gazdă care nu răspunde deloc; Linux repetă SYN-ul timp de aproximativ două minute), sau expiră limita stabilită cu \`settimeout()\` ori cu argumentul \`timeout\` al lui \`socket.create_connection()\`, la \`connect()\`, \`recv()\` sau \`sendall()\`.`,
      en: prose`An operation waited longer than allowed.
        Two sources: the system gives up by itself (connecting to a host that does not answer at all; Linux repeats the SYN for about two minutes), or the limit set with \`settimeout()\` or the \`timeout\` argument of \`socket.create_connection()\` expires, on \`connect()\`, \`recv()\` or \`sendall()\`.`,
    },
    inNode: {
      ro: prose`\`ETIMEDOUT\` vine de la sistem.
        \`socket.setTimeout()\` doar emite \`'timeout'\` după inactivitate: proiectul socket-starter închide atunci conexiunea cu o eroare care are tot codul \`ETIMEDOUT\`, ca ambele cazuri să fie tratate la fel.`,
      en: prose`\`ETIMEDOUT\` comes from the system.
        \`socket.setTimeout()\` only emits \`'timeout'\` after inactivity: the socket-starter project then closes the connection with an error that also has the code \`ETIMEDOUT\`, so that both cases are handled alike.`,
    },
    correction: {
      ro: prose`Notițele spun „conexiunea a expirat”, ca mesajul sistemului pentru \`ETIMEDOUT\` (\`Connection timed out\`).
        Mai exact, aceeași excepție apare și când expiră limita pusă cu \`settimeout()\` pe orice operație, de exemplu pe un \`recv()\`, deși conexiunea este în regulă: expiră așteptarea operației, nu conexiunea.
        Din Python 3.10, \`socket.timeout\` este un alt nume pentru \`TimeoutError\`.`,
      en: prose`The notes say "the connection expired", much as the system's message for \`ETIMEDOUT\` does (\`Connection timed out\`).
        More precisely, the same exception also comes when the limit set with \`settimeout()\` expires on any operation, a \`recv()\` for example, while the connection is fine: it is the wait of the operation that expires, not the connection.
        Since Python 3.10, \`socket.timeout\` is another name for \`TimeoutError\`.`,
    },
    pythonDocs: pythonExceptionDocs('TimeoutError'),
    nodeDocs: nodeSystemErrors,
    fromNotes: true,
  },
  {
    id: 'epipe',
    name: 'BrokenPipeError',
    errno: 'EPIPE',
    nodeCodes: ['EPIPE'],
    description: {
      ro: prose`Programul a scris într-o conexiune pe care partenerul o închisese deja (sau pe care el însuși o închisese pentru scriere cu \`shutdown()\`).
        De obicei prima scriere după închidere încă reușește, partenerul răspunde cu RST, iar următoarea eșuează cu \`EPIPE\` sau [\`ECONNRESET\`](#econnreset).`,
      en: prose`The program wrote to a connection the peer had already closed (or that it had itself closed for writing with \`shutdown()\`).
        Usually the first write after the close still succeeds, the peer answers with a RST, and the next one fails with \`EPIPE\` or [\`ECONNRESET\`](#econnreset).`,
    },
    inNode: {
      ro: prose`O eroare cu \`code\` \`EPIPE\` pe evenimentul \`'error'\`.
        Node, ca și Python, ignoră semnalul \`SIGPIPE\`, deci procesul nu este oprit; un program C ar fi oprit de acest semnal dacă nu îl tratează.`,
      en: prose`An error with \`code\` \`EPIPE\` on the \`'error'\` event.
        Node, like Python, ignores the \`SIGPIPE\` signal, so the process is not killed; a C program would be killed by that signal unless it handles it.`,
    },
    correction: {
      ro: prose`Notițele spun „s-a pierdut conexiunea în timpul transmiterii datelor”.
        Mai exact, eroarea apare când partenerul a închis conexiunea, nu când legătura dispare: după un cablu scos sau o rețea Wi-Fi pierdută, scrierile continuă să reușească până la expirarea unui timp de așteptare.`,
      en: prose`The notes say "the connection was lost while sending data".
        More precisely, the error appears when the peer has closed the connection, not when the link disappears: after an unplugged cable or a lost Wi-Fi network, writes keep succeeding until some timeout expires.`,
    },
    pythonDocs: pythonExceptionDocs('BrokenPipeError'),
    nodeDocs: nodeSystemErrors,
    fromNotes: true,
  },
  {
    id: 'eaddrinuse',
    name: 'Address already in use',
    errno: 'EADDRINUSE',
    nodeCodes: ['EADDRINUSE'],
    description: {
      ro: prose`\`bind()\` (în Node, \`listen()\`) nu poate folosi adresa și portul cerute.
        Python ridică un \`OSError\` simplu, cu \`errno\` \`EADDRINUSE\`.
        Două cauze: alt socket ascultă deja acolo (al altui program, sau chiar serverul pornit mai devreme: în Jupyter, firul de execuție al celulei rulate anterior, care încă așteaptă în \`accept()\`), sau pe portul lui au rămas, în starea [TIME_WAIT](#teardown), conexiuni pe care serverul oprit adineauri le-a închis el primul.
        Al doilea caz nu apare în schimbul din notițe, unde primul FIN este al clientului și TIME_WAIT rămâne pe portul efemer al clientului.
        \`SO_REUSEADDR\`, setat înainte de \`bind()\`, rezolvă numai al doilea caz: cu el, \`bind()\` reușește cât timp pe port sunt doar conexiuni în TIME_WAIT, dar nu și când un alt socket ascultă acolo.
        Pe Linux ajută numai dacă îl setase și serverul anterior, cel care a lăsat conexiunile în TIME_WAIT: de aceea opțiunea se pune în codul serverului, la fiecare pornire.`,
      en: prose`\`bind()\` (in Node, \`listen()\`) cannot use the requested address and port.
        Python raises a plain \`OSError\` with \`errno\` \`EADDRINUSE\`.
        Two causes: another socket already listens there (another program's, or the very server started earlier: in Jupyter, the thread of the cell run before, still waiting in \`accept()\`), or its port still holds, in the [TIME_WAIT](#teardown) state, connections that the server just stopped had closed first.
        The second case does not arise in the notes' exchange, where the first FIN is the client's and TIME_WAIT stays on the client's ephemeral port.
        \`SO_REUSEADDR\`, set before \`bind()\`, only solves the second case: with it, \`bind()\` succeeds while the port holds nothing but connections in TIME_WAIT, not while another socket listens there.
        On Linux it helps only if the earlier server, the one that left the connections in TIME_WAIT, had set it too: this is why the option goes into the server's code, on every start.`,
    },
    inNode: {
      ro: prose`Node setează singur \`SO_REUSEADDR\` pe socket-urile TCP (documentația lui \`server.listen()\` o spune), deci un server Node repornit nu este oprit de conexiunile în TIME_WAIT lăsate de rularea lui anterioară.
        În Node, \`EADDRINUSE\` înseamnă de obicei că un alt socket chiar ascultă pe acel port; pe Linux, pot fi și conexiuni în TIME_WAIT lăsate de un server care nu setase opțiunea, de exemplu unul Python care a închis el primul.
        Programul care ascultă se găsește cu \`ss -ltnp\` (Linux) sau \`lsof -i :65432\` (macOS); altfel alegi alt port, sau portul 0.`,
      en: prose`Node sets \`SO_REUSEADDR\` on its TCP sockets by itself (the documentation of \`server.listen()\` says so), so a restarted Node server is not stopped by the connections its previous run left in TIME_WAIT.
        In Node, \`EADDRINUSE\` usually means another socket really listens on that port; on Linux, it may also be connections in TIME_WAIT left by a server that had not set the option, a Python one that closed first, for example.
        Find the listening program with \`ss -ltnp\` (Linux) or \`lsof -i :65432\` (macOS); or pick another port, or port 0.`,
    },
    correction: {
      ro: prose`Explicația notițelor, un socket „neeliberat corespunzător”, este cauza obișnuită în contextul lor: socket-ul de ascultare al unei rulări anterioare, încă deschis în kernelul notebook-ului.
        Mai exact, portul poate fi ținut și de conexiuni închise corect, aflate în TIME_WAIT pe partea care a trimis primul FIN (2×MSL în RFC 9293, 60 de secunde pe Linux); în schimbul din notițe aceasta este clientul, deci portul 65432 al serverului rămâne liber.
        Pentru un server care închide el primul, remediul este \`setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\` înainte de \`bind()\`, sau \`socket.create_server()\`, care setează opțiunea singur pe sistemele POSIX; \`socketserver.TCPServer\` o setează numai cu \`allow_reuse_address = True\`.
        „Errno 98” este numărul de pe Linux; aceeași eroare are numărul 48 pe macOS și \`WSAEADDRINUSE\` (10048) pe Windows.`,
      en: prose`The notes' explanation, a socket "not released properly", is the usual cause in their setting: the listening socket of an earlier run, still open in the notebook's kernel.
        More precisely, the port may also be held by connections closed properly, in TIME_WAIT on the side that sent the first FIN (2×MSL in RFC 9293, 60 seconds on Linux); in the notes' exchange that side is the client, so the server's port 65432 stays free.
        For a server that closes first, the fix is \`setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\` before \`bind()\`, or \`socket.create_server()\`, which sets the option by itself on POSIX systems; \`socketserver.TCPServer\` sets it only with \`allow_reuse_address = True\`.
        "Errno 98" is the Linux number; the same error is number 48 on macOS and \`WSAEADDRINUSE\` (10048) on Windows.`,
    },
    pythonDocs: pythonExceptionDocs('OSError'),
    nodeDocs: nodeSystemErrors,
    fromNotes: true,
  },
  {
    id: 'econnreset',
    name: 'ConnectionResetError',
    errno: 'ECONNRESET',
    nodeCodes: ['ECONNRESET'],
    description: {
      ro: prose`Partenerul a resetat conexiunea (RST): procesul lui s-a oprit brusc, a închis socket-ul fără să citească tot ce primise (RFC 1122 cere atunci RST în loc de FIN), sau un echipament intermediar a uitat conexiunea.
        Notițele nu o amintesc, dar este una dintre cele mai frecvente erori de rețea.`,
      en: prose`The peer reset the connection (RST): its process stopped abruptly, closed the socket without reading everything it had received (RFC 1122 then calls for a RST instead of a FIN), or a device in between forgot the connection.
        The notes do not mention it, but it is one of the most frequent network errors.`,
    },
    inNode: {
      ro: prose`Eroare cu \`code\` \`ECONNRESET\` pe evenimentul \`'error'\`; în clientul HTTP al lui Node apare adesea ca „socket hang up”.
        Un server trebuie să o trateze pe fiecare conexiune, ca un client dispărut să nu-l oprească.`,
      en: prose`An error with \`code\` \`ECONNRESET\` on the \`'error'\` event; in Node's HTTP client it often shows up as "socket hang up".
        A server must handle it on every connection, so that a vanished client cannot bring it down.`,
    },
    pythonDocs: pythonExceptionDocs('ConnectionResetError'),
    nodeDocs: nodeSystemErrors,
    fromNotes: false,
  },
];

/** The starter's entry for a Node.js error code (its exit code and the line it prints). */
export function starterError(code: string): KnownNetworkError | undefined {
  return knownNetworkErrors.find((entry) => entry.code === code);
}
