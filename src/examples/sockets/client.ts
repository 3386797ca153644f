import { connect } from 'node:net';

const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 65432);

// ro: 4. socket() și 5. connect(), într-un singur apel.
// en: 4. socket() and 5. connect(), in a single call.
const socket = connect({ host, port }, () => {
  console.log('[CLIENT] Connected to server.');
  // ro: 7. sendall(): write() preia tot mesajul.
  // en: 7. sendall(): write() takes the whole message.
  socket.write('Hello from the client! '.repeat(1000));
  // ro: shutdown(SHUT_WR): „nu mai trimit nimic”; putem citi în continuare.
  // en: shutdown(SHUT_WR): "I will send nothing more"; we can still read.
  socket.end();
});

// ro: 10. recv() până la b'': 'data' pentru fiecare bucată, 'end' la final.
// en: 10. recv() until b'': 'data' for each chunk, 'end' at the end.
const chunks: Buffer[] = [];
socket.on('data', (chunk: Buffer) => chunks.push(chunk));
socket.on('end', () => {
  const data = Buffer.concat(chunks).toString();
  const preview = data.length > 200 ? `${data.slice(0, 200)}...` : data;
  console.log(`[CLIENT] Received reply (len=${data.length}): ${preview}`);
});

// ro: 12. close(): Node eliberează socket-ul după ce ambele sensuri s-au închis.
// en: 12. close(): Node releases the socket once both directions are closed.
// ro: Clientul a trimis primul FIN, deci partea lui de conexiune rămâne apoi un timp în TIME_WAIT (60 s pe Linux).
// en: The client sent the first FIN, so its side of the connection then stays in TIME_WAIT for a while (60 s on Linux).
socket.on('close', () => console.log('[CLIENT] Connection closed.'));
socket.on('error', (error: NodeJS.ErrnoException) => console.error(`[CLIENT] ${error.code}: ${error.message}`));
