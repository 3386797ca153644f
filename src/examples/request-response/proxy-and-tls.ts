// ro: Doar în Node.js: "proxies" și "verify" prin opțiunea dispatcher.
// en: Node.js only: "proxies" and "verify" through the dispatcher option.
// ro: undici este biblioteca din spatele fetch din Node; tipurile lui au și dispatcher.
// en: undici is the library behind Node's fetch; its types also declare dispatcher.
import { readFile } from 'node:fs/promises';
import { rootCertificates } from 'node:tls';
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

// ro: verify="ca.pem": ca înlocuiește rădăcinile incluse în Node.js, deci, pentru
// ro: toate cererile trimise prin acest Agent, e de încredere doar autoritatea din ca.pem
// en: verify="ca.pem": ca replaces Node's built-in roots, so for every request
// en: sent through this Agent only the authority in ca.pem is trusted
export async function trustingOnly(caPath: string): Promise<Agent> {
  return new Agent({ connect: { ca: await readFile(caPath, 'utf8') } });
}

// ro: Autoritatea proprie pe lângă rădăcinile obișnuite: le dai pe toate în aceeași listă
// ro: (sau pornești procesul cu variabila NODE_EXTRA_CA_CERTS=ca.pem, citită doar la pornire)
// en: A private authority on top of the usual roots: pass them all in one list
// en: (or start the process with NODE_EXTRA_CA_CERTS=ca.pem, read only at startup)
export async function trustingAlso(caPath: string): Promise<Agent> {
  return new Agent({ connect: { ca: [...rootCertificates, await readFile(caPath, 'utf8')] } });
}

// ro: verify=False: fără verificare; doar pentru teste locale, niciodată în producție
// en: verify=False: no verification; local tests only, never in production
export function withoutVerification(): Agent {
  return new Agent({ connect: { rejectUnauthorized: false } });
}

// ro: Un Agent se dă fiecărei cereri (fetch(url, { dispatcher })) sau tuturor,
// ro: cu setGlobalDispatcher(agent) din undici.
// en: An Agent is passed to each request (fetch(url, { dispatcher })) or to all of them,
// en: with undici's setGlobalDispatcher(agent).
