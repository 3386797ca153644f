// ro: Atributele lui requests.Response, citite dintr-un Response fetch.
// en: The attributes of requests.Response, read from a fetch Response.
export interface ResponseSummary {
  status_code: number;
  reason: string;
  url: string;
  redirected: boolean;
  elapsedMs: number;
  cookies: string[];
  contentType: string | null;
  text: string;
}

export async function summarize(url: string | URL): Promise<ResponseSummary> {
  const started = performance.now();
  const response = await fetch(url);
  // ro: ca "elapsed" din requests: timpul până la sosirea antetelor
  // en: like requests' "elapsed": the time until the headers arrived
  const elapsedMs = performance.now() - started;

  // ro: "content": octeții corpului; corpul se poate citi o singură dată
  // en: "content": the body's bytes; a body can be read only once
  const bytes = await response.arrayBuffer();
  const contentType = response.headers.get('content-type');

  return {
    status_code: response.status,
    reason: response.statusText,
    // ro: adresa finală, după redirecționări ("history" nu există)
    // en: the final address, after redirects ("history" does not exist)
    url: response.url,
    redirected: response.redirected,
    elapsedMs,
    // ro: doar în Node.js; browserul ascunde Set-Cookie
    // en: Node.js only; browsers hide Set-Cookie
    cookies: response.headers.getSetCookie(),
    contentType,
    text: decode(bytes, contentType),
  };
}

// ro: "encoding": charset-ul din Content-Type, altfel UTF-8
// en: "encoding": the charset from Content-Type, otherwise UTF-8
function decode(bytes: ArrayBuffer, contentType: string | null): string {
  const charset = /charset="?([^";]+)"?/i.exec(contentType ?? '')?.[1]?.trim() ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
