/**
 * The TLS 1.3 full handshake (RFC 8446 §2, Figure 1), as the diagram on the
 * network protocols page draws it (TlsHandshake.astro): the messages in the
 * order they are sent, who sends each, and which keys protect it, then the
 * words around them in both languages.
 *
 * Only what every full handshake has is drawn: the optional messages of
 * Figure 1 (CertificateRequest, the client's Certificate, pre-shared keys,
 * early data) are left out.
 */
import { type Localized, prose } from './locale.ts';

export type TlsSide = 'client' | 'server';

/**
 * RFC 8446 §2 marks what protects each message: nothing (the two hellos
 * travel in clear text), keys derived from the handshake traffic secret
 * (`{Certificate}`) or from the application traffic secret (`[Application Data]`).
 */
export type Protection = 'clear' | 'handshake' | 'application';

export interface TlsMessage {
  /** Who sends it; `both` for application data, which flows either way. */
  from: TlsSide | 'both';
  /** The message's name in RFC 8446. */
  name: string;
  /** An extension drawn under the name, as RFC 8446 writes it (`+ key_share`). */
  extension?: string;
  protection: Protection;
  /** The step of the numbered list beside the diagram that describes the message (1–4). */
  step: number;
}

export const tlsHandshakeMessages: readonly TlsMessage[] = [
  { from: 'client', name: 'ClientHello', extension: '+ key_share', protection: 'clear', step: 1 },
  { from: 'server', name: 'ServerHello', extension: '+ key_share', protection: 'clear', step: 2 },
  { from: 'server', name: 'EncryptedExtensions', protection: 'handshake', step: 3 },
  { from: 'server', name: 'Certificate', protection: 'handshake', step: 3 },
  { from: 'server', name: 'CertificateVerify', protection: 'handshake', step: 3 },
  { from: 'server', name: 'Finished', protection: 'handshake', step: 3 },
  { from: 'client', name: 'Finished', protection: 'handshake', step: 4 },
  { from: 'both', name: 'Application Data', protection: 'application', step: 4 },
];

/** The message as RFC 8446 labels it: `{Finished}` under handshake keys, `[Application Data]` under application keys. */
export function messageLabel(message: TlsMessage): string {
  if (message.protection === 'handshake') return `{${message.name}}`;
  if (message.protection === 'application') return `[${message.name}]`;
  return message.name;
}

/**
 * The round trip the handshake costs before the client may send application
 * data: from the ClientHello to the server's Finished, the end of its flight.
 */
export function roundTrip(): { first: number; last: number } {
  const first = tlsHandshakeMessages.findIndex((m) => m.from === 'client');
  const last = tlsHandshakeMessages.findLastIndex((m) => m.from === 'server');
  return { first, last };
}

export interface TlsHandshakeText {
  title: string;
  description: string;
  client: string;
  server: string;
  /** The label of the round-trip bracket. */
  roundTrip: string;
  /** The legend: one line per kind of protection. */
  legend: Record<Protection, string>;
}

export const tlsHandshakeText: Localized<TlsHandshakeText> = {
  ro: {
    title: 'Handshake-ul TLS 1.3, într-un singur drum dus-întors',
    description: prose`Clientul trimite ClientHello, cu partea lui din schimbul de chei (key_share).
      Serverul răspunde cu un singur șir de mesaje: ServerHello, cu partea lui din schimbul de chei, apoi, criptate cu cheile handshake-ului, EncryptedExtensions, Certificate, CertificateVerify și Finished.
      Clientul verifică și trimite propriul Finished, după un singur drum dus-întors (1-RTT), iar apoi datele aplicației circulă în ambele sensuri, criptate cu cheile aplicației.
      ClientHello și ServerHello circulă în clar.`,
    client: 'Client',
    server: 'Server',
    roundTrip: '1-RTT',
    legend: {
      clear: 'linie întreruptă: în clar',
      handshake: '{…}: criptat cu cheile handshake-ului',
      application: '[…]: criptat cu cheile aplicației',
    },
  },
  en: {
    title: 'The TLS 1.3 handshake, in a single round trip',
    description: prose`The client sends ClientHello, with its part of the key exchange (key_share).
      The server answers with a single flight of messages: ServerHello, with its part of the key exchange, then, encrypted with the handshake keys, EncryptedExtensions, Certificate, CertificateVerify and Finished.
      The client checks them and sends its own Finished, after a single round trip (1-RTT), and application data then flows both ways, encrypted with the application keys.
      ClientHello and ServerHello travel in clear text.`,
    client: 'Client',
    server: 'Server',
    roundTrip: '1-RTT',
    legend: {
      clear: 'dashed line: clear text',
      handshake: '{…}: encrypted with the handshake keys',
      application: '[…]: encrypted with the application keys',
    },
  },
};
