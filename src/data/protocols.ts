/**
 * Network protocols: the facts behind the "Network protocols" page in both
 * locales (its entries, its summary table and its layer diagram).
 *
 * Ports are the IANA registrations and the RFCs that define them; layers
 * follow the four-layer TCP/IP model of RFC 1122, with the OSI layer numbers
 * beside them. The order of `protocols` is the order of the page.
 */
import { type Localized, type Locale, type SpecRef, prose, rfc } from './locale.ts';

/** Human text: a plain string when it is the same in every language (names, numbers), otherwise one per locale. */
export type Text = string | Localized;

export const protocolIds = [
  'ip',
  'tcp',
  'udp',
  'tcp-ip',
  'icmp',
  'arp',
  'dns',
  'dnssec',
  'dhcp',
  'http',
  'https',
  'ftp',
  'ftps',
  'sftp',
  'smtp',
  'smtps',
  'pop3',
  'pop3s',
  'imap',
  'imaps',
  'ssh',
  'ipsec',
  'ssl',
  'tls',
  'tls-over-tcp',
  'dtls',
] as const;
/** Also the entry's anchor on the page (`#tls-over-tcp`), identical in both locales. */
export type ProtocolId = (typeof protocolIds)[number];

export const protocolGroupIds = ['core', 'naming', 'application', 'security'] as const;
export type ProtocolGroupId = (typeof protocolGroupIds)[number];

export interface ProtocolGroup {
  id: ProtocolGroupId;
  /** The heading anchor of the group's section. */
  anchor: string;
  name: Localized;
  /** The name in a table cell or a one-line fact. */
  shortName: Localized;
  summary: Localized;
}

/** Layers from top to bottom, as the diagram draws them. `security` is TLS's place: above TCP/UDP, below the application. */
export const layerIds = ['application', 'security', 'transport', 'internet', 'link'] as const;
export type LayerId = (typeof layerIds)[number];

export interface Layer {
  /** `suite` stands for TCP/IP, which spans every layer. */
  id: LayerId | 'suite';
  name: Text;
  /** Where the layer falls in the seven-layer OSI model. */
  osi: Text;
}

/** What a protocol's messages travel in: link-layer frames, IP packets, TCP or UDP. */
export type Transport = 'link' | 'ip' | 'tcp' | 'udp';

export interface Port {
  number: number;
  transports: readonly ('tcp' | 'udp')[];
  /** What the port is for, when a protocol has more than one, or which transport carries what (HTTPS's 443). */
  role?: Text;
}

/** Switching a plain-text connection to TLS on the protocol's own port. */
export interface TlsUpgrade {
  command: string;
  port: number;
  spec: SpecRef;
}

export interface Protocol {
  id: ProtocolId;
  name: Text;
  fullName: Text;
  group: ProtocolGroupId;
  /** `suite` for TCP/IP, which spans every layer. */
  layer: LayerId | 'suite';
  transports: readonly Transport[];
  /** The protocol this one is carried inside, on top of its transport (HTTPS inside TLS, SFTP inside SSH). */
  inside?: 'tls' | 'ssh';
  ports: readonly Port[];
  /** The protocols that secure this one, in order of preference. */
  secureVariants: readonly ProtocolId[];
  upgrade?: TlsUpgrade;
  specs: readonly SpecRef[];
  description: Localized;
  /** Practical advice or a common misunderstanding. */
  note?: Localized;
  /** Where the course notes say something else, and why this page differs. */
  correction?: Localized;
}

export const protocolGroups: readonly ProtocolGroup[] = [
  {
    id: 'core',
    anchor: 'core-protocols',
    shortName: { ro: 'bază', en: 'core' },
    name: { ro: 'Protocoale de bază', en: 'Core protocols' },
    summary: {
      ro: 'Protocoalele pe care se sprijină tot restul: adresarea și rutarea pachetelor (IP), transportul datelor între aplicații (TCP, UDP) și ajutoarele lor din suita TCP/IP (ICMP, ARP).',
      en: 'The protocols everything else rests on: addressing and routing packets (IP), carrying data between applications (TCP, UDP) and their helpers in the TCP/IP suite (ICMP, ARP).',
    },
  },
  {
    id: 'naming',
    anchor: 'naming-protocols',
    shortName: { ro: 'nume și adresare', en: 'naming and addressing' },
    name: { ro: 'Protocoale de nume și adresare', en: 'Naming and addressing protocols' },
    summary: {
      ro: 'Asociază nume de domenii cu adrese IP (DNS, autentificat de DNSSEC) și dau fiecărui dispozitiv adresa și configurația de rețea (DHCP), ca utilizatorii să nu lucreze cu numere.',
      en: 'They associate domain names with IP addresses (DNS, authenticated by DNSSEC) and give each device its address and network settings (DHCP), so that people do not have to deal with numbers.',
    },
  },
  {
    id: 'application',
    anchor: 'application-protocols',
    shortName: { ro: 'aplicație', en: 'application' },
    name: { ro: 'Protocoale de aplicație', en: 'Application protocols' },
    summary: {
      ro: prose`Definesc dialogul dintre un client și un server pentru un serviciu anume: web (HTTP), transfer de fișiere (FTP, SFTP), e-mail (SMTP, POP3, IMAP), administrare la distanță (SSH).
        Fiecare are un port implicit și, de obicei, o variantă protejată cu TLS.`,
      en: prose`They define the dialogue between a client and a server for one particular service: the web (HTTP), file transfer (FTP, SFTP), e-mail (SMTP, POP3, IMAP), remote administration (SSH).
        Each has a default port and, usually, a variant protected by TLS.`,
    },
  },
  {
    id: 'security',
    anchor: 'security-protocols',
    shortName: { ro: 'securitate', en: 'security' },
    name: { ro: 'Protocoale de securitate', en: 'Security protocols' },
    summary: {
      ro: prose`Oferă **confidențialitate** (nimeni de pe drum nu poate citi datele), **integritate** (nimeni nu le poate modifica fără să se observe) și **autentificare** (știi cu cine vorbești).
        Protejează alte protocoale: IP (IPsec), TCP (TLS) sau UDP (DTLS).`,
      en: prose`They provide **confidentiality** (nobody on the path can read the data), **integrity** (nobody can change it unnoticed) and **authentication** (you know who you are talking to).
        They protect other protocols: IP (IPsec), TCP (TLS) or UDP (DTLS).`,
    },
  },
];

export const layers: readonly (Layer & { id: LayerId })[] = [
  {
    id: 'application',
    name: { ro: 'Aplicație', en: 'Application' },
    osi: 'OSI 5–7',
  },
  {
    id: 'security',
    name: { ro: 'Securitate (TLS)', en: 'Security (TLS)' },
    osi: { ro: 'între OSI 4 și 7', en: 'between OSI 4 and 7' },
  },
  {
    id: 'transport',
    name: 'Transport',
    osi: 'OSI 4',
  },
  {
    id: 'internet',
    name: 'Internet',
    osi: 'OSI 3',
  },
  {
    id: 'link',
    name: { ro: 'Legătură de date', en: 'Link' },
    osi: 'OSI 1–2',
  },
];

/** How TCP/IP, which spans every layer, is labelled where a layer is expected. */
export const suiteLayer: Layer = {
  id: 'suite',
  name: { ro: 'Toate nivelurile', en: 'Every layer' },
  osi: 'OSI 1–7',
};

export const transportNames: Record<Transport, Text> = {
  link: { ro: 'legătura de date', en: 'the link layer' },
  ip: 'IP',
  tcp: 'TCP',
  udp: 'UDP',
};

export const protocols: readonly Protocol[] = [
  // Core protocols
  {
    id: 'ip',
    name: 'IP',
    fullName: 'Internet Protocol',
    group: 'core',
    layer: 'internet',
    transports: ['link'],
    ports: [],
    secureVariants: ['ipsec'],
    specs: [rfc(791), rfc(8200)],
    description: {
      ro: prose`Protocolul responsabil de **adresarea și rutarea** pachetelor: fiecare pachet poartă adresa sursei și pe cea a destinației, iar routerele îl trimit din rețea în rețea până la destinatar.
        Lucrează la nivelul rețea (nivelul 3 OSI) și este folosit în două versiuni.
        **IPv4** are adrese de 32 de biți, scrise ca patru numere zecimale: \`192.168.0.1\` (o adresă privată, din cele rezervate rețelelor locale).
        **IPv6** are adrese de 128 de biți, scrise ca opt grupuri hexazecimale, în care \`::\` ține locul unui șir de grupuri nule: \`2001:db8::1\` (prefixul \`2001:db8::/32\` este rezervat exemplelor; forma \`2001:0db8::1\` din notițe este aceeași adresă, dar RFC 5952 recomandă scrierea fără zerourile de la început).
        IP livrează „cât poate de bine” (*best effort*): un pachet se poate pierde, dubla sau poate sosi după altul trimis mai târziu, iar fiabilitatea revine protocoalelor de deasupra, precum TCP.`,
      en: prose`The protocol in charge of **addressing and routing** packets: every packet carries the source and destination addresses, and routers forward it network by network until it reaches the recipient.
        It works at the network layer (OSI layer 3) and is used in two versions.
        **IPv4** has 32-bit addresses, written as four decimal numbers: \`192.168.0.1\` (a private address, one of those set aside for local networks).
        **IPv6** has 128-bit addresses, written as eight hexadecimal groups, where \`::\` stands for a run of zero groups: \`2001:db8::1\` (the \`2001:db8::/32\` prefix is reserved for examples; the notes' \`2001:0db8::1\` is the same address, but RFC 5952 recommends writing it without leading zeros).
        IP delivers on a *best-effort* basis: a packet may be lost, duplicated or overtaken by one sent after it, and reliability is left to the protocols above, such as TCP.`,
    },
  },
  {
    id: 'tcp',
    name: 'TCP',
    fullName: 'Transmission Control Protocol',
    group: 'core',
    layer: 'transport',
    transports: ['ip'],
    ports: [],
    secureVariants: ['tls-over-tcp'],
    specs: [rfc(9293)],
    description: {
      ro: prose`Protocol de transport **orientat pe conexiune**: înainte de orice date, cele două capete deschid o conexiune prin *three-way handshake* (\`SYN\`, \`SYN-ACK\`, \`ACK\`).
        Apoi TCP oferă aplicației un **flux de octeți** fiabil și ordonat: numerotează octeții, confirmă ce a primit, retransmite ce s-a pierdut, verifică integritatea cu o sumă de control și adaptează ritmul la cât pot primi destinatarul (controlul fluxului) și rețeaua (controlul congestiei).
        Fluxul nu păstrează granițele mesajelor: două scrieri pot ajunge la destinatar într-o singură citire, sau una în două.
        Nivelul 4 OSI; porturile sursă și destinație identifică aplicațiile de la cele două capete.
        Se potrivește acolo unde datele trebuie să ajungă complete, neschimbate și în ordine: peste TCP rulează HTTP/1.1 și HTTP/2, FTP, SMTP, POP3, IMAP și SSH.`,
      en: prose`A **connection-oriented** transport protocol: before any data, the two ends open a connection with the *three-way handshake* (\`SYN\`, \`SYN-ACK\`, \`ACK\`).
        TCP then gives the application a reliable, ordered **byte stream**: it numbers the bytes, acknowledges what arrived, retransmits what was lost, checks integrity with a checksum and paces the sender to what the receiver (flow control) and the network (congestion control) can take.
        The stream does not keep message boundaries: two writes may reach the other side in a single read, or one write in two.
        OSI layer 4; source and destination ports identify the applications at either end.
        It suits traffic that must arrive complete, unaltered and in order: HTTP/1.1 and HTTP/2, FTP, SMTP, POP3, IMAP and SSH run over TCP.`,
    },
  },
  {
    id: 'udp',
    name: 'UDP',
    fullName: 'User Datagram Protocol',
    group: 'core',
    layer: 'transport',
    transports: ['ip'],
    ports: [],
    secureVariants: ['dtls'],
    specs: [rfc(768)],
    description: {
      ro: prose`Protocol de transport **fără conexiune**: fiecare datagramă pleacă independent, fără confirmare, retransmisie sau ordonare.
        În schimb păstrează granițele mesajelor (o datagramă ajunge întreagă sau deloc) și are un antet de doar 8 octeți: porturile, lungimea și o sumă de control.
        Se potrivește acolo unde o întârziere contează mai mult decât o pierdere: streaming, jocuri online, convorbiri prin internet (VoIP, *Voice over IP*), dar și DNS, DHCP și QUIC, pe care rulează HTTP/3.
        Dacă e nevoie de fiabilitate, o adaugă aplicația (sau QUIC, deasupra lui UDP).
        Nivelul 4 OSI.`,
      en: prose`A **connectionless** transport protocol: each datagram travels on its own, with no acknowledgement, retransmission or ordering.
        In exchange it keeps message boundaries (a datagram arrives whole or not at all) and has a header of only 8 bytes: the ports, the length and a checksum.
        It suits traffic where delay hurts more than loss: streaming, online games, voice calls over the internet (VoIP, *Voice over IP*), as well as DNS, DHCP and QUIC, which HTTP/3 runs on.
        If reliability is needed, the application adds it (or QUIC, on top of UDP).
        OSI layer 4.`,
    },
    correction: {
      ro: prose`Notițele spun că UDP este „mult mai rapid” decât TCP.
        Mai exact, ce câștigă UDP este o **latență** mai mică și mai puțini octeți și pași în plus pentru fiecare mesaj, nu o legătură mai rapidă: pe aceeași rețea, octeții lui circulă la fel de repede ca ai lui TCP.
        UDP trimite date fără să deschidă întâi o conexiune (handshake-ul TCP costă un drum dus-întors), nu așteaptă confirmări sau retransmisii și nu ține pe loc datele noi până sosesc cele pierdute, ca să le livreze în ordine; antetul lui are 8 octeți, față de cel puțin 20 la TCP.
        Când rețeaua pierde pachete, golurile rămân însă în grija aplicației.
        Cum spun și notițele, TCP rămâne alegerea potrivită acolo unde contează ca datele să ajungă complete, neschimbate și în ordine.`,
      en: prose`The notes say UDP is "much faster" than TCP.
        More precisely, what UDP saves is **latency** and **overhead**, not link speed: on the same network its bytes travel just as fast as TCP's.
        UDP sends data without opening a connection first (TCP's handshake costs a round trip), waits for no acknowledgements or retransmissions, and never holds new data back until lost data arrives so as to deliver it in order; its header is 8 bytes, against at least 20 for TCP.
        When the network loses packets, though, the gaps are the application's problem.
        As the notes say, TCP remains the right choice where data must arrive complete, unaltered and in order.`,
    },
  },
  {
    id: 'tcp-ip',
    name: 'TCP/IP',
    fullName: 'Transmission Control Protocol / Internet Protocol',
    group: 'core',
    layer: 'suite',
    transports: [],
    ports: [],
    secureVariants: ['ipsec', 'tls'],
    specs: [rfc(1122), rfc(1123)],
    description: {
      ro: prose`Suita de protocoale pe care funcționează internetul, numită după cele două protocoale principale: **TCP** asigură transportul fiabil, iar **IP** rutarea pachetelor.
        Modelul ei are patru niveluri: **legătură de date** (Ethernet, Wi-Fi, ARP), **internet** (IP, ICMP, IPsec), **transport** (TCP, UDP) și **aplicație** (HTTP, DNS, DHCP, SMTP...).
        Fiecare nivel folosește serviciile celui de dedesubt și îi ascunde detaliile celui de deasupra: HTTP nu știe nimic despre rutare, iar IP nu știe ce conține pachetul.
        Pe lângă IP și TCP, suita cuprinde protocoale ajutătoare precum ICMP (erori și diagnostic), ARP (găsirea adresei fizice a unui vecin) și DHCP (configurarea automată a adresei); în ciuda numelui suitei, niciunul nu rulează peste TCP: ICMP este purtat direct de IP, ARP de nivelul legătură de date, iar DHCP de UDP.
        Varianta ei securizată nu este un singur protocol, ci o combinație pe niveluri: [IPsec](#ipsec) protejează pachetele la nivelul internet, iar [TLS](#tls) conexiunile de deasupra transportului, fiecare singur sau amândouă împreună.`,
      en: prose`The protocol suite the internet runs on, named after its two main protocols: **TCP** provides reliable transport and **IP** routes packets.
        Its model has four layers: **link** (Ethernet, Wi-Fi, ARP), **internet** (IP, ICMP, IPsec), **transport** (TCP, UDP) and **application** (HTTP, DNS, DHCP, SMTP...).
        Each layer uses the services of the one below and hides their details from the one above: HTTP knows nothing about routing, and IP does not know what its packets carry.
        Besides IP and TCP, the suite includes helper protocols such as ICMP (errors and diagnostics), ARP (finding a neighbour's hardware address) and DHCP (automatic address configuration); despite the suite's name, none of them runs over TCP: ICMP is carried directly by IP, ARP by the link layer and DHCP by UDP.
        Its secure variant is not a single protocol but a combination by layer: [IPsec](#ipsec) protects packets at the internet layer and [TLS](#tls) the connections above the transport, each on its own or both together.`,
    },
  },
  {
    id: 'icmp',
    name: 'ICMP',
    fullName: 'Internet Control Message Protocol',
    group: 'core',
    layer: 'internet',
    transports: ['ip'],
    ports: [],
    secureVariants: [],
    specs: [rfc(792), rfc(4443)],
    description: {
      ro: prose`Protocolul de **mesaje de control și eroare** al IP: un router care nu poate livra un pachet îi trimite expeditorului un mesaj ICMP (*destination unreachable*, *time exceeded*), iar \`ping\` și \`traceroute\` sunt construite pe el (*echo request* și *echo reply*).
        ICMP este transportat direct în pachete IP (protocolul numărul 1), fără porturi, și face parte din nivelul internet.
        IPv6 are propria versiune, ICMPv6, care preia și rolul lui ARP (*Neighbor Discovery*).`,
      en: prose`IP's **control and error message** protocol: a router that cannot deliver a packet sends the sender an ICMP message (*destination unreachable*, *time exceeded*), and \`ping\` and \`traceroute\` are built on it (*echo request* and *echo reply*).
        ICMP travels directly inside IP packets (protocol number 1), with no ports, and belongs to the internet layer.
        IPv6 has its own version, ICMPv6, which also takes over ARP's job (*Neighbor Discovery*).`,
    },
  },
  {
    id: 'arp',
    name: 'ARP',
    fullName: 'Address Resolution Protocol',
    group: 'core',
    layer: 'link',
    transports: ['link'],
    ports: [],
    secureVariants: [],
    specs: [rfc(826)],
    description: {
      ro: prose`Găsește **adresa fizică (MAC)** care corespunde unei adrese IPv4 din aceeași rețea locală.
        Întrebarea „cine are adresa 192.168.0.1?” este trimisă tuturor (*broadcast*), iar dispozitivul care are acea adresă răspunde cu adresa lui MAC; răspunsul este păstrat o vreme într-un cache.
        ARP circulă direct în cadre Ethernet (EtherType \`0x0806\`), nu în pachete IP, așa că stă la granița dintre nivelurile 2 și 3.
        IPv6 nu folosește ARP, ci *Neighbor Discovery*, parte din ICMPv6.`,
      en: prose`Finds the **hardware (MAC) address** that matches an IPv4 address on the same local network.
        The question "who has 192.168.0.1?" is sent to everyone (*broadcast*), and the device holding that address answers with its MAC address; the answer is kept in a cache for a while.
        ARP travels directly in Ethernet frames (EtherType \`0x0806\`), not in IP packets, so it sits on the boundary between layers 2 and 3.
        IPv6 does not use ARP but *Neighbor Discovery*, part of ICMPv6.`,
    },
  },

  // Naming and addressing protocols
  {
    id: 'dns',
    name: 'DNS',
    fullName: 'Domain Name System',
    group: 'naming',
    layer: 'application',
    transports: ['udp', 'tcp'],
    ports: [{ number: 53, transports: ['udp', 'tcp'] }],
    secureVariants: ['dnssec'],
    specs: [rfc(1034), rfc(1035)],
    description: {
      ro: prose`„Agenda telefonică” a internetului: traduce **nume de domenii** (\`www.example.com\`) în **adrese IP** (înregistrări \`A\` pentru IPv4, \`AAAA\` pentru IPv6) și păstrează și alte informații despre un domeniu, precum serverele lui de e-mail (\`MX\`).
        Spațiul numelor este ierarhic: serverele **rădăcină** îi indică pe cele ale domeniului de nivel superior (**TLD**, de exemplu \`.com\`), iar acestea pe serverele **autoritare** ale domeniului.
        Pe dispozitiv, întrebarea pleacă de la *stub resolver*, partea sistemului de operare care rezolvă nume, spre un **resolver recursiv**, de obicei al furnizorului de internet sau al rețelei locale, care parcurge lanțul în locul lui; amândoi păstrează răspunsurile în cache cât timp permite TTL-ul lor.
        Vezi [cum se rezolvă un nume](#dns-resolution).
        Interogările obișnuite circulă pe **UDP, portul 53**; răspunsurile prea mari pentru o datagramă și transferurile de zonă folosesc **TCP, tot pe portul 53**.`,
      en: prose`The internet's "phone book": it translates **domain names** (\`www.example.com\`) into **IP addresses** (\`A\` records for IPv4, \`AAAA\` for IPv6) and also holds other facts about a domain, such as its mail servers (\`MX\`).
        The name space is hierarchical: the **root** servers point to those of the top-level domain (**TLD**, for example \`.com\`), which point to the domain's **authoritative** servers.
        On the device, the question starts from the *stub resolver*, the part of the operating system that resolves names, and goes to a **recursive resolver**, usually the internet provider's or the local network's, which walks the chain on its behalf; both cache the answers for as long as their TTL allows.
        See [how a name is resolved](#dns-resolution).
        Ordinary queries travel over **UDP, port 53**; answers too large for one datagram and zone transfers use **TCP, also on port 53**.`,
    },
  },
  {
    id: 'dnssec',
    name: 'DNSSEC',
    fullName: 'Domain Name System Security Extensions',
    group: 'naming',
    layer: 'application',
    transports: ['udp', 'tcp'],
    ports: [{ number: 53, transports: ['udp', 'tcp'] }],
    secureVariants: [],
    specs: [rfc(9364), rfc(4033)],
    description: {
      ro: prose`Extensii de securitate pentru DNS: fiecare zonă își **semnează digital** înregistrările (\`RRSIG\`), iar cheia ei publică (\`DNSKEY\`) este garantată de zona părinte (\`DS\`), într-un **lanț de încredere** care urcă până la rădăcină.
        Un resolver care validează semnăturile poate astfel recunoaște un răspuns falsificat sau modificat pe drum, de exemplu prin *cache poisoning*.
        Folosește aceleași mesaje și același port 53 ca DNS, cu înregistrări în plus.`,
      en: prose`Security extensions for DNS: each zone **digitally signs** its records (\`RRSIG\`), and its public key (\`DNSKEY\`) is vouched for by the parent zone (\`DS\`), in a **chain of trust** that goes up to the root.
        A resolver that validates the signatures can therefore recognise an answer that was forged or altered on the way, for example by *cache poisoning*.
        It uses the same messages and the same port 53 as DNS, with extra records.`,
    },
    note: {
      ro: prose`DNSSEC garantează **autenticitatea și integritatea** răspunsurilor, nu și confidențialitatea: interogările circulă tot în clar.
        Pentru confidențialitate există DNS over TLS (portul 853, RFC 7858) și DNS over HTTPS (RFC 8484).`,
      en: prose`DNSSEC guarantees the **authenticity and integrity** of answers, not their confidentiality: queries still travel in clear text.
        For confidentiality there are DNS over TLS (port 853, RFC 7858) and DNS over HTTPS (RFC 8484).`,
    },
  },
  {
    id: 'dhcp',
    name: 'DHCP',
    fullName: 'Dynamic Host Configuration Protocol',
    group: 'naming',
    layer: 'application',
    transports: ['udp'],
    ports: [
      { number: 67, transports: ['udp'], role: 'server' },
      { number: 68, transports: ['udp'], role: 'client' },
    ],
    secureVariants: [],
    specs: [rfc(2131), rfc(8415)],
    description: {
      ro: prose`**Configurează automat** un dispozitiv care intră într-o rețea: îi împrumută o adresă IP pentru o perioadă (*lease*) și îi comunică masca rețelei, routerul implicit și serverele DNS.
        Schimbul are patru pași, *Discover*, *Offer*, *Request* și *Acknowledge* (pe scurt, DORA).
        Clientul nu are încă o adresă, de aceea primele mesaje sunt trimise tuturor (*broadcast*).
        Rulează peste **UDP**: serverul ascultă pe portul **67**, clientul pe **68**.
        Pentru IPv6 există DHCPv6, pe porturile UDP 546 și 547.`,
      en: prose`**Automatically configures** a device that joins a network: it lends it an IP address for a period (a *lease*) and tells it the network mask, the default router and the DNS servers.
        The exchange has four steps, *Discover*, *Offer*, *Request* and *Acknowledge* (DORA for short).
        The client has no address yet, so the first messages are sent to everyone (*broadcast*).
        It runs over **UDP**: the server listens on port **67** and the client on **68**.
        IPv6 has DHCPv6, on UDP ports 546 and 547.`,
    },
  },

  // Application protocols
  {
    id: 'http',
    name: 'HTTP',
    fullName: 'Hypertext Transfer Protocol',
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    ports: [{ number: 80, transports: ['tcp'] }],
    secureVariants: ['https'],
    specs: [rfc(9110), rfc(9112)],
    description: {
      ro: prose`Protocolul web: un client (browserul, o aplicație, \`fetch\`) trimite o **cerere** cu o metodă, o adresă și antete, iar serverul întoarce un **răspuns** cu un cod de stare, antete și, de obicei, un corp; vezi [cerere și răspuns](/request/).
        Portul implicit este **80**.
        HTTP este **fără stare** (*stateless*): fiecare cerere se înțelege singură, fără să depindă de cele dinainte, iar sesiunile se construiesc deasupra, cu cookie-uri sau token-uri.
        Metodele (\`GET\`, \`POST\`, \`PUT\`, \`PATCH\`, \`DELETE\`...) spun ce vrea clientul să se întâmple cu resursa, vezi [CRUD](/crud/), iar [codul de stare](/status-codes/) spune cum s-a încheiat cererea.
        HTTP/1.1 și HTTP/2 rulează peste TCP, HTTP/3 peste QUIC, pe UDP.`,
      en: prose`The web's protocol: a client (a browser, an app, \`fetch\`) sends a **request** with a method, an address and headers, and the server returns a **response** with a status code, headers and usually a body; see [request and response](/en/request/).
        The default port is **80**.
        HTTP is **stateless**: each request can be understood on its own, without depending on earlier ones, and sessions are built on top, with cookies or tokens.
        Methods (\`GET\`, \`POST\`, \`PUT\`, \`PATCH\`, \`DELETE\`...) say what the client wants done with the resource, see [CRUD](/en/crud/), and the [status code](/en/status-codes/) says how the request ended.
        HTTP/1.1 and HTTP/2 run over TCP, HTTP/3 over QUIC, on UDP.`,
    },
  },
  {
    id: 'https',
    name: 'HTTPS',
    fullName: 'Hypertext Transfer Protocol Secure',
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    inside: 'tls',
    // HTTP/1.1 and HTTP/2 run over TLS on TCP; HTTP/3 over QUIC, on UDP, on the same port (RFC 9114 §3.1).
    ports: [
      {
        number: 443,
        transports: ['tcp', 'udp'],
        role: { ro: 'TCP pentru HTTP/1.1 și HTTP/2, UDP pentru HTTP/3', en: 'TCP for HTTP/1.1 and HTTP/2, UDP for HTTP/3' },
      },
    ],
    secureVariants: [],
    specs: [rfc(9110, '4.2.2'), rfc(8446), rfc(9114, '3.1')],
    description: {
      ro: prose`HTTP transmis printr-o conexiune **TLS**, pe portul implicit **443**.
        TLS îi adaugă **confidențialitate** (datele sunt criptate), **integritate** (orice modificare pe drum este descoperită) și **autentificarea serverului**: serverul prezintă un certificat X.509 emis pentru numele cerut și semnat de o **autoritate de certificare** (CA) în care browserul are încredere.
        Cererile și răspunsurile sunt exact cele de la HTTP; se schimbă doar ce le transportă.
        HTTP/3 folosește tot portul 443, dar pe **UDP**: rulează peste QUIC (RFC 9000), care are handshake-ul TLS 1.3 integrat în al lui (RFC 9001).`,
      en: prose`HTTP carried over a **TLS** connection, on the default port **443**.
        TLS adds **confidentiality** (the data is encrypted), **integrity** (any change on the way is detected) and **server authentication**: the server presents an X.509 certificate issued for the requested name and signed by a **certificate authority** (CA) the browser trusts.
        Requests and responses are exactly HTTP's; only what carries them changes.
        HTTP/3 uses port 443 too, but over **UDP**: it runs on QUIC (RFC 9000), which builds the TLS 1.3 handshake into its own (RFC 9001).`,
    },
  },
  {
    id: 'ftp',
    name: 'FTP',
    fullName: 'File Transfer Protocol',
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    ports: [
      { number: 21, transports: ['tcp'], role: 'control' },
      { number: 20, transports: ['tcp'], role: { ro: 'date, în modul activ', en: 'data, in active mode' } },
    ],
    secureVariants: ['ftps', 'sftp'],
    upgrade: { command: 'AUTH TLS', port: 21, spec: rfc(4217) },
    specs: [rfc(959)],
    description: {
      ro: prose`Unul dintre cele mai vechi protocoale ale internetului, pentru **transferul de fișiere** între client și server.
        Folosește două feluri de conexiuni TCP: una de **control**, pe portul **21**, pentru comenzi (\`USER\`, \`PASS\`, \`LIST\`, \`RETR\`, \`STOR\`) și răspunsuri, și câte una de **date** pentru fiecare fișier sau listare.
        În modul activ, serverul deschide conexiunea de date de pe portul **20**; în modul pasiv (\`PASV\`), cel obișnuit azi din cauza firewall-urilor și a NAT, clientul se conectează la un port ales de server.
        Autentificarea se face cu utilizator și parolă, dar **totul circulă în clar**, inclusiv parola.`,
      en: prose`One of the internet's oldest protocols, for **transferring files** between a client and a server.
        It uses two kinds of TCP connections: a **control** connection on port **21** for commands (\`USER\`, \`PASS\`, \`LIST\`, \`RETR\`, \`STOR\`) and replies, and a **data** connection for each file or listing.
        In active mode the server opens the data connection from port **20**; in passive mode (\`PASV\`), the usual one today because of firewalls and NAT, the client connects to a port chosen by the server.
        It authenticates with a user name and password, but **everything travels in clear text**, the password included.`,
    },
  },
  {
    id: 'ftps',
    name: 'FTPS',
    fullName: { ro: 'FTP peste TLS', en: 'FTP over TLS' },
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    inside: 'tls',
    ports: [
      { number: 990, transports: ['tcp'], role: { ro: 'control, TLS implicit', en: 'control, implicit TLS' } },
      { number: 989, transports: ['tcp'], role: { ro: 'date, TLS implicit', en: 'data, implicit TLS' } },
    ],
    secureVariants: [],
    specs: [rfc(4217)],
    description: {
      ro: prose`FTP protejat cu **TLS**.
        În modul **explicit** (RFC 4217), clientul se conectează la portul obișnuit **21** și cere trecerea la TLS cu comanda \`AUTH TLS\`, înainte de autentificare; apoi cere protejarea conexiunilor de date cu \`PBSZ 0\` și \`PROT P\`.
        În modul **implicit**, mai vechi și nedescris de niciun RFC, TLS începe imediat, pe portul **990** (datele pe 989).
        Comenzile și modul de lucru rămân cele ale FTP, inclusiv conexiunile separate pentru date.`,
      en: prose`FTP protected with **TLS**.
        In **explicit** mode (RFC 4217) the client connects to the usual port **21** and asks to switch to TLS with the \`AUTH TLS\` command, before logging in; it then asks for the data connections to be protected with \`PBSZ 0\` and \`PROT P\`.
        In **implicit** mode, older and not described by any RFC, TLS starts immediately, on port **990** (data on 989).
        Commands and workflow remain FTP's, separate data connections included.`,
    },
  },
  {
    id: 'sftp',
    name: 'SFTP',
    fullName: 'SSH File Transfer Protocol',
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    inside: 'ssh',
    ports: [{ number: 22, transports: ['tcp'] }],
    secureVariants: [],
    specs: [
      { label: 'draft-ietf-secsh-filexfer-02', url: 'https://datatracker.ietf.org/doc/html/draft-ietf-secsh-filexfer-02' },
      rfc(4254, '6.5'),
    ],
    description: {
      ro: prose`Transfer și administrare de fișiere (listare, redenumire, ștergere, drepturi) printr-o conexiune **SSH**, ca **subsistem** al acesteia, pe portul **22**.
        În afară de nume, nu are nimic în comun cu FTP: nu folosește comenzile lui și nici conexiuni separate pentru date, iar criptarea și autentificarea vin de la SSH.
        Versiunea implementată aproape peste tot (versiunea 3) este descrisă de un draft IETF care nu a devenit niciodată RFC.`,
      en: prose`Transferring and managing files (listing, renaming, deleting, permissions) over an **SSH** connection, as one of its **subsystems**, on port **22**.
        Apart from the name it has nothing in common with FTP: it uses neither FTP's commands nor separate data connections, and encryption and authentication come from SSH.
        The version implemented almost everywhere (version 3) is described by an IETF draft that never became an RFC.`,
    },
    correction: {
      ro: prose`Notițele prezintă FTPS și SFTP ca variante securizate ale FTP.
        FTPS chiar este FTP peste TLS, dar SFTP este un protocol separat, parte din SSH: nu criptează o conexiune FTP, ci o înlocuiește.`,
      en: prose`The notes present FTPS and SFTP as secure variants of FTP.
        FTPS really is FTP over TLS, but SFTP is a separate protocol, part of SSH: it does not encrypt an FTP connection, it replaces it.`,
    },
  },
  {
    id: 'smtp',
    name: 'SMTP',
    fullName: 'Simple Mail Transfer Protocol',
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    ports: [
      { number: 25, transports: ['tcp'], role: { ro: 'releu între servere, cu STARTTLS', en: 'relay between servers, with STARTTLS' } },
      { number: 587, transports: ['tcp'], role: { ro: 'trimitere de către clienți', en: 'submission by clients' } },
    ],
    secureVariants: ['smtps'],
    upgrade: { command: 'STARTTLS', port: 587, spec: rfc(3207) },
    specs: [rfc(5321), rfc(6409)],
    description: {
      ro: prose`Protocolul care **transportă e-mailul**: un program de e-mail îi predă mesajul unui server, iar serverele și-l transmit unul altuia până la serverul destinatarului, găsit prin înregistrarea DNS \`MX\`.
        Dialogul este text, cu comenzi precum \`EHLO\`, \`MAIL FROM\`, \`RCPT TO\` și \`DATA\`.
        Portul **25** este pentru **releul între servere**, care trec la TLS cu \`STARTTLS\` (RFC 3207) când amândouă îl acceptă; programele de e-mail ale utilizatorilor trimit prin portul de *submission* **587**, tot cu \`STARTTLS\` și cu autentificare, sau prin portul 465, cu TLS de la început ([SMTPS](#smtps)).
        SMTP doar trimite; mesajele primite se citesc cu POP3 sau IMAP.`,
      en: prose`The protocol that **carries e-mail**: a mail program hands the message to a server, and servers pass it on to one another up to the recipient's server, found through the DNS \`MX\` record.
        The dialogue is text, with commands such as \`EHLO\`, \`MAIL FROM\`, \`RCPT TO\` and \`DATA\`.
        Port **25** is for **relay between servers**, which switch to TLS with \`STARTTLS\` (RFC 3207) when both support it; users' mail programs submit through the **submission** port **587**, also with \`STARTTLS\` and with authentication, or through port 465, with TLS from the start ([SMTPS](#smtps)).
        SMTP only sends; received mail is read with POP3 or IMAP.`,
    },
    correction: {
      ro: prose`Notițele dau porturile 25 și 587 fără să spună ce le deosebește.
        Mai exact, au roluri diferite: 25 este pentru transferul între servere (RFC 5321), 587 pentru mesajele trimise de clienți, care se autentifică (RFC 6409).
        Mulți furnizori de internet blochează portul 25 pentru abonații obișnuiți, împotriva spamului.`,
      en: prose`The notes give ports 25 and 587 without saying what sets them apart.
        More precisely, their roles differ: 25 is for transfer between servers (RFC 5321), 587 for messages sent by clients, who authenticate (RFC 6409).
        Many internet providers block port 25 for ordinary subscribers, against spam.`,
    },
  },
  {
    id: 'smtps',
    name: 'SMTPS',
    fullName: { ro: 'SMTP cu TLS implicit (submissions)', en: 'SMTP over implicit TLS (submissions)' },
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    inside: 'tls',
    ports: [{ number: 465, transports: ['tcp'] }],
    secureVariants: [],
    specs: [rfc(8314, '3.3')],
    description: {
      ro: prose`Trimiterea de mesaje de către clienți printr-o conexiune în care **TLS începe imediat**, pe portul **465**.
        Portul a fost atribuit SMTPS pentru scurt timp în anii ’90, apoi retras, iar RFC 8314 (2018) l-a readus oficial, sub numele *submissions*, și recomandă TLS implicit în locul \`STARTTLS\`.
        Între servere, pe portul 25, TLS se negociază în continuare cu \`STARTTLS\`.`,
      en: prose`Message submission by clients over a connection where **TLS starts immediately**, on port **465**.
        The port was briefly assigned to SMTPS in the 1990s, then withdrawn, and RFC 8314 (2018) officially brought it back, under the name *submissions*, recommending implicit TLS over \`STARTTLS\`.
        Between servers, on port 25, TLS is still negotiated with \`STARTTLS\`.`,
    },
  },
  {
    id: 'pop3',
    name: 'POP3',
    fullName: 'Post Office Protocol version 3',
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    ports: [{ number: 110, transports: ['tcp'] }],
    secureVariants: ['pop3s'],
    upgrade: { command: 'STLS', port: 110, spec: rfc(2595) },
    specs: [rfc(1939)],
    description: {
      ro: prose`Protocol simplu pentru **descărcarea e-mailurilor** din căsuța de pe server în programul de e-mail, pe portul **110**.
        Clientul se autentifică, vede lista mesajelor, le descarcă (\`RETR\`) și, dacă vrea, le marchează pentru ștergere (\`DELE\`); ștergerea are loc abia la \`QUIT\`.
        POP3 nu cunoaște foldere și nici o stare „citit” comună mai multor dispozitive: este gândit pentru un singur client care își păstrează corespondența local.`,
      en: prose`A simple protocol for **downloading mail** from the mailbox on the server into a mail program, on port **110**.
        The client logs in, lists the messages, downloads them (\`RETR\`) and, if it wants to, marks them for deletion (\`DELE\`); deletion only happens at \`QUIT\`.
        POP3 knows nothing of folders or of a "read" state shared by several devices: it is meant for a single client that keeps its mail locally.`,
    },
    correction: {
      ro: prose`Notițele spun că POP3 „șterge mesajele după descărcare”.
        Mai exact, protocolul nu face asta singur: serverul șterge doar mesajele pentru care clientul a trimis \`DELE\` (RFC 1939).
        Multe programe de e-mail le șterg implicit, dar au și opțiunea de a păstra mesajele pe server.`,
      en: prose`The notes say POP3 "deletes messages after downloading them".
        More precisely, the protocol does not do that by itself: the server deletes only the messages the client sent \`DELE\` for (RFC 1939).
        Many mail programs delete them by default, but also offer to leave the messages on the server.`,
    },
  },
  {
    id: 'pop3s',
    name: 'POP3S',
    fullName: { ro: 'POP3 cu TLS implicit', en: 'POP3 over implicit TLS' },
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    inside: 'tls',
    ports: [{ number: 995, transports: ['tcp'] }],
    secureVariants: [],
    specs: [rfc(8314)],
    description: {
      ro: prose`POP3 într-o conexiune care începe direct cu **TLS**, pe portul **995**.
        Alternativa este comanda \`STLS\` pe portul 110, care trece la TLS o conexiune începută în clar; RFC 8314 recomandă TLS implicit, pe 995.`,
      en: prose`POP3 inside a connection that starts straight away with **TLS**, on port **995**.
        The alternative is the \`STLS\` command on port 110, which switches a connection begun in clear text to TLS; RFC 8314 recommends implicit TLS, on 995.`,
    },
  },
  {
    id: 'imap',
    name: 'IMAP',
    fullName: 'Internet Message Access Protocol',
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    ports: [{ number: 143, transports: ['tcp'] }],
    secureVariants: ['imaps'],
    upgrade: { command: 'STARTTLS', port: 143, spec: rfc(2595) },
    specs: [rfc(9051), rfc(3501)],
    description: {
      ro: prose`Protocol pentru **accesarea și gestionarea e-mailurilor direct pe server**, pe portul **143**.
        Mesajele rămân pe server, organizate în foldere; clientul le citește, caută, mută și marchează (citit, important), iar starea lor este aceeași pe toate dispozitivele, care rămân astfel sincronizate.
        Un client poate aduce doar antetele și cere corpul unui mesaj abia când acesta este deschis.`,
      en: prose`A protocol for **accessing and managing mail directly on the server**, on port **143**.
        Messages stay on the server, organised in folders; the client reads, searches, moves and flags them (read, important), and their state is the same on every device, which therefore stay in sync.
        A client can fetch just the headers and ask for a message's body only when it is opened.`,
    },
  },
  {
    id: 'imaps',
    name: 'IMAPS',
    fullName: { ro: 'IMAP cu TLS implicit', en: 'IMAP over implicit TLS' },
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    inside: 'tls',
    ports: [{ number: 993, transports: ['tcp'] }],
    secureVariants: [],
    specs: [rfc(8314)],
    description: {
      ro: prose`IMAP într-o conexiune care începe direct cu **TLS**, pe portul **993**.
        Alternativa este comanda \`STARTTLS\` pe portul 143; RFC 8314 recomandă TLS implicit, pe 993.`,
      en: prose`IMAP inside a connection that starts straight away with **TLS**, on port **993**.
        The alternative is the \`STARTTLS\` command on port 143; RFC 8314 recommends implicit TLS, on 993.`,
    },
  },
  {
    id: 'ssh',
    name: 'SSH',
    fullName: 'Secure Shell',
    group: 'application',
    layer: 'application',
    transports: ['tcp'],
    ports: [{ number: 22, transports: ['tcp'] }],
    secureVariants: [],
    specs: [rfc(4251), rfc(4253)],
    description: {
      ro: prose`Protocol pentru **administrare securizată la distanță**, pe portul **22**: un terminal pe alt calculator, executarea de comenzi, redirecționarea porturilor (tuneluri) și transferul de fișiere.
        A înlocuit Telnet și \`rlogin\`, care trimiteau totul în clar, inclusiv parolele.
        Are trei straturi: **transportul** (schimbul de chei, criptarea și integritatea; serverul se identifică prin cheia lui de gazdă), **autentificarea utilizatorului** (cu parolă sau, mai sigur, cu o pereche de chei) și **conexiunea**, care împarte legătura în mai multe canale.
        Fișierele se copiază cu [SFTP](#sftp), un subsistem SSH, sau cu **SCP** (*Secure Copy Protocol*), protocolul comenzii \`scp\`, moștenit de la \`rcp\` și nedescris de niciun RFC.
        Începând cu OpenSSH 9.0, comanda \`scp\` folosește implicit SFTP, iar vechiul protocol SCP rămâne disponibil cu \`scp -O\`.`,
      en: prose`A protocol for **secure remote administration**, on port **22**: a terminal on another computer, running commands, port forwarding (tunnels) and file transfer.
        It replaced Telnet and \`rlogin\`, which sent everything in clear text, passwords included.
        It has three layers: the **transport** (key exchange, encryption and integrity; the server proves who it is with its host key), **user authentication** (with a password or, safer, a key pair) and the **connection**, which splits the link into several channels.
        Files are copied with [SFTP](#sftp), an SSH subsystem, or with **SCP** (*Secure Copy Protocol*), the protocol of the \`scp\` command, inherited from \`rcp\` and described by no RFC.
        Since OpenSSH 9.0 the \`scp\` command uses SFTP by default, and the old SCP protocol remains available with \`scp -O\`.`,
    },
  },

  // Security protocols
  {
    id: 'ipsec',
    name: 'IPsec',
    fullName: 'Internet Protocol Security',
    group: 'security',
    layer: 'internet',
    transports: ['ip'],
    ports: [
      { number: 500, transports: ['udp'], role: { ro: 'IKE, negocierea cheilor', en: 'IKE, key exchange' } },
      { number: 4500, transports: ['udp'], role: { ro: 'IKE și ESP prin NAT', en: 'IKE and ESP through NAT' } },
    ],
    secureVariants: [],
    specs: [rfc(4301), rfc(4303), rfc(7296)],
    description: {
      ro: prose`Securitate la **nivelul rețea**: protejează pachetele IP însele și deci tot ce circulă în ele (TCP, UDP, ICMP), fără ca aplicațiile să știe.
        **ESP** criptează și autentifică conținutul pachetelor (protocolul IP 50), iar **AH** doar îl autentifică (protocolul IP 51).
        Cheile se negociază cu **IKEv2**, pe UDP 500, sau pe 4500 când pe drum există NAT.
        Se folosește mai ales pentru VPN-uri: în **modul tunel**, un pachet IP întreg este criptat și pus în interiorul altuia.`,
      en: prose`Security at the **network layer**: it protects the IP packets themselves, and so everything they carry (TCP, UDP, ICMP), without the applications knowing.
        **ESP** encrypts and authenticates packet contents (IP protocol 50), and **AH** only authenticates them (IP protocol 51).
        Keys are negotiated with **IKEv2**, over UDP 500, or 4500 when there is NAT on the way.
        It is used mostly for VPNs: in **tunnel mode**, a whole IP packet is encrypted and placed inside another one.`,
    },
  },
  {
    id: 'ssl',
    name: 'SSL',
    fullName: 'Secure Sockets Layer',
    group: 'security',
    layer: 'security',
    transports: ['tcp'],
    ports: [],
    secureVariants: [],
    specs: [rfc(6101), rfc(6176), rfc(7568)],
    description: {
      ro: prose`Protocolul creat de Netscape la mijlocul anilor ’90 ca să cripteze conexiunile web, în versiunile SSL 2.0 (1995) și SSL 3.0 (1996).
        A adus ideile care au rămas: certificate pentru autentificarea serverului și chei de sesiune pentru criptare.
        Ambele versiuni au vulnerabilități grave (de exemplu POODLE, pentru SSL 3.0) și au fost înlocuite de [TLS](#tls).
        Numele a rămas în vorbirea curentă („certificat SSL”), dar astăzi este vorba întotdeauna de TLS.`,
      en: prose`The protocol Netscape created in the mid-1990s to encrypt web connections, in versions SSL 2.0 (1995) and SSL 3.0 (1996).
        It brought the ideas that stayed: certificates to authenticate the server and session keys for encryption.
        Both versions have serious flaws (for example POODLE, in SSL 3.0) and were replaced by [TLS](#tls).
        The name lives on in everyday speech ("SSL certificate"), but today it always means TLS.`,
    },
    correction: {
      ro: prose`Notițele spun doar că SSL a fost înlocuit.
        Mai exact, folosirea lui este **interzisă**: SSL 2.0 prin RFC 6176 (2011), SSL 3.0 prin RFC 7568 (2015).
        Nici TLS 1.0 și TLS 1.1 nu mai sunt permise, din 2021 (RFC 8996).`,
      en: prose`The notes only say SSL was replaced.
        More precisely, using it is **prohibited**: SSL 2.0 by RFC 6176 (2011), SSL 3.0 by RFC 7568 (2015).
        TLS 1.0 and TLS 1.1 are no longer allowed either, since 2021 (RFC 8996).`,
    },
  },
  {
    id: 'tls',
    name: 'TLS',
    fullName: 'Transport Layer Security',
    group: 'security',
    layer: 'security',
    transports: ['tcp'],
    ports: [],
    secureVariants: [],
    specs: [rfc(8446), rfc(5246), rfc(8996)],
    description: {
      ro: prose`Protocolul standard pentru **securizarea comunicațiilor**, succesorul SSL.
        Oferă **confidențialitate** (criptare), **integritate** (fiecare înregistrare are un cod de autentificare) și **autentificare** (certificatul serverului și, opțional, al clientului).
        Începe cu un **handshake** în care părțile aleg algoritmii, serverul își dovedește identitatea și amândouă obțin aceleași chei de sesiune, cu ajutorul **criptografiei asimetrice**; datele sunt apoi criptate **simetric**, cu acele chei.
        Vezi [handshake-ul TLS](#tls-handshake).
        Versiunile în uz sunt **TLS 1.2** (2008) și **TLS 1.3** (2018).
        Îl folosesc HTTPS, FTPS, SMTPS, IMAPS, POP3S și multe alte protocoale.`,
      en: prose`The standard protocol for **securing communications**, SSL's successor.
        It provides **confidentiality** (encryption), **integrity** (every record carries an authentication code) and **authentication** (the server's certificate and, optionally, the client's).
        It starts with a **handshake** in which the parties choose the algorithms, the server proves its identity and both obtain the same session keys, with the help of **asymmetric cryptography**; the data is then encrypted **symmetrically**, with those keys.
        See [the TLS handshake](#tls-handshake).
        The versions in use are **TLS 1.2** (2008) and **TLS 1.3** (2018).
        HTTPS, FTPS, SMTPS, IMAPS, POP3S and many other protocols use it.`,
    },
    note: {
      ro: 'Un serviciu nou ar trebui să accepte TLS 1.3 și, pentru clienții mai vechi, TLS 1.2; versiunile 1.0 și 1.1 nu mai trebuie acceptate deloc (RFC 8996).',
      en: 'A new service should accept TLS 1.3 and, for older clients, TLS 1.2; versions 1.0 and 1.1 should not be accepted at all (RFC 8996).',
    },
  },
  {
    id: 'tls-over-tcp',
    name: { ro: 'TLS peste TCP', en: 'TLS over TCP' },
    fullName: { ro: 'TLS deasupra unei conexiuni TCP', en: 'TLS on top of a TCP connection' },
    group: 'security',
    layer: 'security',
    transports: ['tcp'],
    ports: [],
    secureVariants: [],
    specs: [rfc(8446), rfc(8314)],
    description: {
      ro: prose`TLS are nevoie de un transport fiabil și ordonat, de aceea rulează deasupra unei conexiuni **TCP**: întâi se deschide conexiunea TCP, apoi are loc handshake-ul TLS, iar abia după aceea aplicația își trimite datele, criptate.
        Pentru aplicație, rezultatul arată tot ca un flux de octeți, doar că protejat.
        Așa funcționează HTTPS, IMAPS, POP3S, SMTPS și FTPS.
        La TLS se ajunge în două feluri: pe un **port separat**, unde TLS începe imediat (443, 993, 995, 465, 990), sau pe **portul obișnuit** al protocolului, unde conexiunea începe în clar și trece la TLS la cererea clientului (\`STARTTLS\` pe 25, 587 și 143, \`STLS\` pe 110, \`AUTH TLS\` pe 21).`,
      en: prose`TLS needs a reliable, ordered transport, so it runs on top of a **TCP** connection: first the TCP connection opens, then the TLS handshake takes place, and only then does the application send its data, encrypted.
        To the application the result still looks like a byte stream, only a protected one.
        This is how HTTPS, IMAPS, POP3S, SMTPS and FTPS work.
        There are two ways to reach TLS: on a **separate port**, where TLS starts immediately (443, 993, 995, 465, 990), or on the protocol's **usual port**, where the connection starts in clear text and switches to TLS when the client asks (\`STARTTLS\` on 25, 587 and 143, \`STLS\` on 110, \`AUTH TLS\` on 21).`,
    },
    correction: {
      ro: prose`Notițele spun că TLS peste TCP „rulează pe același port al aplicației”.
        Pentru variantele cu TLS implicit nu este așa: fiecare are **portul ei**, înregistrat la IANA (HTTPS 443 în loc de 80, IMAPS 993 în loc de 143, POP3S 995 în loc de 110, SMTPS 465, FTPS 990; RFC 8314 pentru e-mail).
        Portul obișnuit rămâne doar la \`STARTTLS\`, care pornește conexiunea în clar.`,
      en: prose`The notes say TLS over TCP "runs on the same port as the application".
        For the implicit-TLS variants it does not: each has **its own port**, registered with IANA (HTTPS 443 instead of 80, IMAPS 993 instead of 143, POP3S 995 instead of 110, SMTPS 465, FTPS 990; RFC 8314 for e-mail).
        Only \`STARTTLS\`, which starts the connection in clear text, keeps the usual port.`,
    },
  },
  {
    id: 'dtls',
    name: 'DTLS',
    fullName: 'Datagram Transport Layer Security',
    group: 'security',
    layer: 'security',
    transports: ['udp'],
    ports: [],
    secureVariants: [],
    specs: [rfc(9147), rfc(6347)],
    description: {
      ro: prose`Securitatea TLS adaptată pentru **UDP**, unde datagramele se pot pierde sau pot sosi în altă ordine.
        Are tot un **handshake**, ca TLS, dar cu numere de secvență și retransmisii proprii pentru mesajele lui și cu un *cookie* care împiedică folosirea serverului în atacuri de amplificare.
        După handshake, fiecare datagramă este protejată separat, iar una pierdută nu le blochează pe celelalte.
        Îl folosesc WebRTC, unele VPN-uri și aplicațiile IoT care comunică prin CoAP.
        Versiunea actuală este DTLS 1.3 (2022).`,
      en: prose`TLS security adapted to **UDP**, where datagrams can be lost or arrive out of order.
        It still has a **handshake**, like TLS, but with its own sequence numbers and retransmissions for the handshake messages, and a *cookie* that stops the server from being used in amplification attacks.
        After the handshake each datagram is protected on its own, and a lost one does not hold up the others.
        WebRTC, some VPNs and IoT applications speaking CoAP use it.
        The current version is DTLS 1.3 (2022).`,
    },
    correction: {
      ro: prose`Notițele spun că DTLS oferă securitate „fără conexiune persistentă”.
        Transportul, UDP, este într-adevăr fără conexiune, dar DTLS își stabilește printr-un handshake o stare comună (algoritmi, chei, numere de secvență), pe care ambele capete o păstrează cât durează comunicarea.`,
      en: prose`The notes say DTLS provides security "without a persistent connection".
        The transport, UDP, is indeed connectionless, but DTLS sets up a shared state through a handshake (algorithms, keys, sequence numbers), which both ends keep for as long as they communicate.`,
    },
  },
];

/** Picks the text of a locale from a value that may be the same in every locale. */
export function inLocale(value: Text, locale: Locale): string {
  return typeof value === 'string' ? value : value[locale];
}

export function protocolById(id: ProtocolId): Protocol {
  const protocol = protocols.find((p) => p.id === id);
  if (!protocol) throw new RangeError(`unknown protocol ${id}`);
  return protocol;
}

/** The layer a protocol is drawn and tabulated in; TCP/IP, the whole suite, gets its own label. */
export function layerOf(protocol: Protocol): Layer {
  if (protocol.layer === 'suite') return suiteLayer;
  const layer = layers.find((l) => l.id === protocol.layer);
  if (!layer) throw new RangeError(`unknown layer ${protocol.layer}`);
  return layer;
}

/** "Transport · OSI 4": the same label in the table, the entries and the diagram. */
export function layerLabel(layer: Layer, locale: Locale): string {
  return `${inLocale(layer.name, locale)} · ${inLocale(layer.osi, locale)}`;
}

export function groupById(id: ProtocolGroupId): ProtocolGroup {
  const group = protocolGroups.find((g) => g.id === id);
  if (!group) throw new RangeError(`unknown group ${id}`);
  return group;
}
