// ro: "stream=True" din requests: corpul citit bucată cu bucată, cu progres.
// en: requests' "stream=True": the body read chunk by chunk, with progress.
export async function download(
  url: string | URL,
  onProgress: (received: number, total: number | undefined) => void,
): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);

  // ro: Content-Length lipsește la transfer chunked; cu compresie numără octeții comprimați
  // en: Content-Length is absent when chunked; with compression it counts compressed bytes
  const length = Number(response.headers.get('content-length'));
  const compressed = response.headers.has('content-encoding');
  const total = length > 0 && !compressed ? length : undefined;

  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received, total);
  }

  // ro: lipește bucățile într-un singur tablou de octeți
  // en: join the chunks into a single byte array
  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
