// ro: Doar în Node.js: "proxies" și "verify" prin opțiunea dispatcher.
// en: Node.js only: "proxies" and "verify" through the dispatcher option.
// ro: Pachetul undici este biblioteca din spatele fetch-ului din Node: fetch-ul lui acceptă aceleași opțiuni, iar tipurile lui declară și dispatcher.
// en: The undici package is the library behind Node's fetch: its fetch takes the same options, and its types also declare dispatcher.
import { readFile } from 'node:fs/promises';
import { Agent, ProxyAgent, fetch } from 'undici';

// ro: proxies={"https": "http://10.10.1.10:3128"}
// en: proxies={"https": "http://10.10.1.10:3128"}
export async function viaProxy(url: string, proxy = 'http://10.10.1.10:3128'): Promise<string> {
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

// ro: verify="ca.pem": încredere într-o autoritate proprie, doar pentru cererile care folosesc acest Agent
// en: verify="ca.pem": trust a private authority, only for the requests that use this Agent
export async function trustingCa(caPath: string): Promise<Agent> {
  return new Agent({ connect: { ca: await readFile(caPath) } });
}

// ro: verify=False: fără verificarea certificatului; doar pentru teste locale, niciodată în producție
// en: verify=False: no certificate check; for local tests only, never in production
export function withoutVerification(): Agent {
  return new Agent({ connect: { rejectUnauthorized: false } });
}

// ro: Pentru tot procesul, fără cod: NODE_EXTRA_CA_CERTS=ca.pem adaugă o autoritate, iar NODE_USE_ENV_PROXY=1 face ca fetch să citească HTTP_PROXY, HTTPS_PROXY și NO_PROXY.
// en: For the whole process, without code: NODE_EXTRA_CA_CERTS=ca.pem adds an authority, and NODE_USE_ENV_PROXY=1 makes fetch read HTTP_PROXY, HTTPS_PROXY and NO_PROXY.
