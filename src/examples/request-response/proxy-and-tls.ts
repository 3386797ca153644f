// ro: Doar în Node.js: "proxies" și "verify" prin opțiunea dispatcher.
// en: Node.js only: "proxies" and "verify" through the dispatcher option.
// ro: undici este biblioteca din spatele fetch din Node; tipurile lui au și dispatcher.
// en: undici is the library behind Node's fetch; its types also declare dispatcher.
import { readFile } from 'node:fs/promises';
import { Agent, ProxyAgent, fetch } from 'undici';

// ro: proxies={"https": "http://10.10.1.10:3128"}
// en: proxies={"https": "http://10.10.1.10:3128"}
export async function viaProxy(
  url: string,
  proxy = 'http://10.10.1.10:3128',
): Promise<string> {
  const dispatcher = new ProxyAgent(proxy);
  try {
    const response = await fetch(url, { dispatcher });
    return await response.text();
  } finally {
    // ro: un dispatcher creat pentru o singură cerere se închide după ea
    // en: a dispatcher made for a single request is closed after it
    await dispatcher.close();
  }
}

// ro: verify="ca.pem": o autoritate proprie, doar pentru cererile cu acest Agent
// en: verify="ca.pem": a private authority, only for requests using this Agent
export async function trustingCa(caPath: string): Promise<Agent> {
  return new Agent({ connect: { ca: await readFile(caPath) } });
}

// ro: verify=False: fără verificare; doar pentru teste locale, niciodată în producție
// en: verify=False: no verification; local tests only, never in production
export function withoutVerification(): Agent {
  return new Agent({ connect: { rejectUnauthorized: false } });
}

