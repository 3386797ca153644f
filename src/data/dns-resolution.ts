/**
 * How a name is resolved (RFC 1034 §5, RFC 1035 §7), as the diagram on the
 * network protocols page draws it (DnsResolution.astro): the stub resolver on
 * the device asks a recursive resolver, which walks the hierarchy (a root
 * server, a TLD server, an authoritative server) and brings the answer back;
 * both resolvers keep what they learn in a cache for as long as its TTL allows.
 *
 * The steps are numbered in the order they happen; the diagram draws each as
 * an arrow with its number, and the list under it says what happens.
 */
import { type Localized, prose } from './locale.ts';
import type { Text } from './protocols.ts';

export const dnsNodeIds = ['stub', 'recursive', 'root', 'tld', 'authoritative'] as const;
export type DnsNodeId = (typeof dnsNodeIds)[number];

export interface DnsNode {
  id: DnsNodeId;
  name: Text;
  /** A second line: what runs there, or the part of the name it answers for. */
  detail: Text;
  /** Whether the detail is a domain name, drawn in the code font, rather than words. */
  detailIsName: boolean;
  /** Whether it keeps answers in a cache (the two resolvers). */
  caches: boolean;
}

export interface DnsStep {
  from: DnsNodeId;
  to: DnsNodeId;
  /** A question goes down the hierarchy; a referral or an answer comes back up. */
  kind: 'query' | 'reply';
  text: Localized;
}

export const dnsNodes: readonly DnsNode[] = [
  {
    id: 'stub',
    name: { ro: 'Dispozitivul tău', en: 'Your device' },
    detail: 'stub resolver',
    detailIsName: false,
    caches: true,
  },
  {
    id: 'recursive',
    name: { ro: 'Resolverul recursiv', en: 'Recursive resolver' },
    detail: { ro: 'al furnizorului sau al rețelei', en: "the provider's or the network's" },
    detailIsName: false,
    caches: true,
  },
  {
    id: 'root',
    name: { ro: 'Rădăcină', en: 'Root' },
    detail: { ro: 'zona „.”', en: 'the "." zone' },
    detailIsName: false,
    caches: false,
  },
  {
    id: 'tld',
    name: 'TLD',
    detail: '.com',
    detailIsName: true,
    caches: false,
  },
  {
    id: 'authoritative',
    name: { ro: 'Autoritar', en: 'Authoritative' },
    detail: 'example.com',
    detailIsName: true,
    caches: false,
  },
];

export const dnsSteps: readonly DnsStep[] = [
  {
    from: 'stub',
    to: 'recursive',
    kind: 'query',
    text: {
      ro: prose`O aplicație cere adresa lui www.example.com.
        Dacă nu o găsește în cache, stub resolver-ul sistemului de operare trimite întrebarea resolverului recursiv.`,
      en: prose`An application asks for the address of www.example.com.
        If it is not in the cache, the operating system's stub resolver sends the question to the recursive resolver.`,
    },
  },
  {
    from: 'recursive',
    to: 'root',
    kind: 'query',
    text: {
      ro: 'Dacă nici resolverul recursiv nu are răspunsul în cache, întreabă un server rădăcină.',
      en: 'If the recursive resolver has no cached answer either, it asks a root server.',
    },
  },
  {
    from: 'root',
    to: 'recursive',
    kind: 'reply',
    text: {
      ro: 'Serverul rădăcină nu știe adresa, dar îl îndrumă (referral) spre serverele care răspund pentru .com.',
      en: 'The root server does not know the address but sends a referral: the servers responsible for .com.',
    },
  },
  {
    from: 'recursive',
    to: 'tld',
    kind: 'query',
    text: {
      ro: 'Resolverul pune aceeași întrebare unui server al domeniului de nivel superior .com.',
      en: 'The resolver asks the same question of a server of the .com top-level domain.',
    },
  },
  {
    from: 'tld',
    to: 'recursive',
    kind: 'reply',
    text: {
      ro: 'Serverul TLD îl îndrumă mai departe, spre serverele autoritare ale domeniului example.com.',
      en: 'The TLD server refers it on, to the authoritative servers of the example.com domain.',
    },
  },
  {
    from: 'recursive',
    to: 'authoritative',
    kind: 'query',
    text: {
      ro: 'Resolverul întreabă un server autoritar al lui example.com.',
      en: 'The resolver asks an authoritative server of example.com.',
    },
  },
  {
    from: 'authoritative',
    to: 'recursive',
    kind: 'reply',
    text: {
      ro: 'Serverul autoritar răspunde cu înregistrarea A (adresa IPv4) a lui www.example.com și cu TTL-ul ei: cât timp poate fi păstrată în cache.',
      en: 'The authoritative server answers with the A record (the IPv4 address) of www.example.com and its TTL: how long it may be kept in a cache.',
    },
  },
  {
    from: 'recursive',
    to: 'stub',
    kind: 'reply',
    text: {
      ro: prose`Resolverul recursiv păstrează răspunsul în cache și îl trimite stub resolver-ului, care îl păstrează și el.
        Până expiră TTL-ul, aceeași întrebare primește răspunsul direct din cache, iar îndrumările de la pașii 3 și 5 îl scutesc pe resolver, pentru alte nume din .com, de drumul până la rădăcină.`,
      en: prose`The recursive resolver caches the answer and sends it to the stub resolver, which caches it too.
        Until the TTL runs out, the same question is answered straight from a cache, and the referrals of steps 3 and 5 spare the resolver the trip to the root for other names in .com.`,
    },
  },
];

export interface DnsResolutionText {
  title: string;
  description: string;
  cache: string;
  /** The list under the diagram, for screen readers and for the numbers on the arrows. */
  stepsLabel: string;
}

export const dnsResolutionText: Localized<DnsResolutionText> = {
  ro: {
    title: 'Rezolvarea numelui www.example.com',
    description: prose`Stub resolver-ul de pe dispozitiv întreabă resolverul recursiv, care întreabă pe rând un server rădăcină, un server TLD .com și un server autoritar al lui example.com, apoi aduce răspunsul înapoi; ambii resolveri păstrează răspunsul în cache.
      Pașii numerotați sunt descriși în lista de sub diagramă.`,
    cache: 'cache',
    stepsLabel: 'Pașii rezolvării',
  },
  en: {
    title: 'Resolving the name www.example.com',
    description: prose`The stub resolver on the device asks the recursive resolver, which asks in turn a root server, a .com TLD server and an authoritative server of example.com, then brings the answer back; both resolvers keep the answer in a cache.
      The numbered steps are described in the list under the diagram.`,
    cache: 'cache',
    stepsLabel: 'The steps of the resolution',
  },
};
