const encoder = new TextEncoder();
// ro: Trei bucăți, așa cum le-ar da trei apeluri recv.
// en: Three chunks, as three recv calls would return them.
const chunks = ['GET /a HT', 'TP/1.1\r\nHost: x\r', '\nAccept: */*\r\n\r\n'].map((text) => encoder.encode(text));

// ro: stream: true păstrează un caracter UTF-8 tăiat între bucăți până la bucata următoare.
// en: stream: true keeps a UTF-8 character split between chunks until the next chunk.
const decoder = new TextDecoder();
let buffer = '';
let done = false;
for (const chunk of chunks) {
  buffer += decoder.decode(chunk, { stream: true });
  let end: number;
  while (!done && (end = buffer.indexOf('\r\n')) !== -1) {
    const line = buffer.slice(0, end);
    buffer = buffer.slice(end + 2);
    console.log(JSON.stringify(line));
    done = line === '';
  }
}
