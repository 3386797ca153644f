const encoder = new TextEncoder();
// ro: Trei bucăți, așa cum le-ar da trei apeluri recv.
// en: Three chunks, as three recv calls would return them.
const chunks = ['GET /a HT', 'TP/1.1\r\nHost: x\r', '\nAccept: */*\r\n\r\n'].map((text) => encoder.encode(text));

const decoder = new TextDecoder();
// ro: Naiv: fiecare bucată tratată ca un mesaj întreg.
// en: Naive: each chunk treated as a whole message.
for (const chunk of chunks) {
  console.log(JSON.stringify(decoder.decode(chunk)));
}
