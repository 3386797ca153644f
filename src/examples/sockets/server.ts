import { createServer, type AddressInfo } from 'node:net';

const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 65432);

// ro: 1. socket(): createServer() pregătește socket-ul de ascultare.
// en: 1. socket(): createServer() prepares the listening socket.
// ro: allowHalfOpen: după shutdown(SHUT_WR) al clientului putem încă trimite răspunsul.
// en: allowHalfOpen: after the client's shutdown(SHUT_WR) we can still send the reply.
const server = createServer({ allowHalfOpen: true }, (conn) => {
  // ro: 6. accept(): fiecare client sosește ca un socket nou.
  // en: 6. accept(): each client arrives as a new socket.
  console.log(`[SERVER] Connected to ${conn.remoteAddress}:${conn.remotePort}`);
  // ro: Ca în notițe: un singur client, deci nu mai acceptăm alții.
  // en: As in the notes: a single client, so we accept no others.
  server.close();

  // ro: 8. recv() în buclă: octeții sosesc în bucăți, fără granițe de mesaj.
  // en: 8. recv() in a loop: bytes arrive in chunks, with no message boundaries.
  const chunks: Buffer[] = [];
  conn.on('data', (chunk: Buffer) => chunks.push(chunk));

  // ro: 'end' este b'' din Python: clientul a terminat de trimis.
  // en: 'end' is Python's b'': the client has finished sending.
  conn.on('end', () => {
    const data = Buffer.concat(chunks).toString();
    const preview = data.length > 200 ? `${data.slice(0, 200)}...` : data;
    console.log(`[SERVER] Message received (len=${data.length}): ${preview}`);
    // ro: 9. sendall() și 11. close(): end() trimite răspunsul, apoi FIN.
    // en: 9. sendall() and 11. close(): end() sends the reply, then FIN.
    conn.end('Hello from the server! '.repeat(2000));
  });

  conn.on('close', () => console.log('[SERVER] Connection closed.'));
  // ro: Fără acest handler, o eroare a unui client ar opri tot procesul.
  // en: Without this handler, one client's error would stop the whole process.
  conn.on('error', (error: NodeJS.ErrnoException) => console.error(`[SERVER] ${error.code}: ${error.message}`));
});

// ro: 2. bind() și 3. listen(), într-un singur apel.
// en: 2. bind() and 3. listen(), in a single call.
server.listen(port, host, () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`[SERVER] Listening on ${host}:${actual}...`);
});
