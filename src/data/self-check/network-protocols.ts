/**
 * "Check yourself" on the network protocols page: what a port identifies,
 * what TCP guarantees and UDP does not, which protocols ride on UDP, what a
 * certificate proves, what DNSSEC adds, and the protocols that have no port.
 */
import { prose } from '../locale.ts';
import type { Question } from './types.ts';

export const questions: readonly Question[] = [
  {
    id: 'port-identifies',
    kind: 'single',
    prompt: {
      ro: 'Un pachet sosește la un calculator pentru portul TCP 443. Ce identifică acest număr?',
      en: 'A packet reaches a computer for TCP port 443. What does that number identify?',
    },
    options: [
      { id: 'host', text: { ro: 'Calculatorul din rețea căruia îi este destinat pachetul.', en: 'The computer on the network the packet is meant for.' } },
      {
        id: 'application',
        text: { ro: 'Aplicația de pe acel calculator care primește datele, aici serverul HTTPS.', en: 'The application on that computer that gets the data, here the HTTPS server.' },
        correct: true,
      },
      { id: 'connection', text: { ro: 'Conexiunea dintre client și server, una singură pe port.', en: 'The connection between client and server, one per port.' } },
      { id: 'transport', text: { ro: 'Protocolul de transport folosit: 443 înseamnă TCP.', en: 'The transport protocol in use: 443 means TCP.' } },
    ],
    explanation: {
      ro: prose`Adresa IP duce pachetul la calculator, iar [portul](/network-protocols/#tcp) alege aplicația de acolo: porturile sursă și destinație identifică aplicațiile de la cele două capete.
        O conexiune are nevoie de patru valori, adresa și portul fiecărui capăt, așa că pe portul 443 pot sta sute de conexiuni (vezi [ce este un socket](/sockets/#what-is-a-socket)).
        Iar același număr există separat pentru TCP și pentru UDP: HTTP/3 folosește UDP 443.`,
      en: prose`The IP address takes the packet to the computer, and the [port](/en/network-protocols/#tcp) picks the application there: the source and destination ports identify the applications at either end.
        A connection takes four values, the address and port of each end, so hundreds of connections can share port 443 (see [what a socket is](/en/sockets/#what-is-a-socket)).
        And the same number exists separately for TCP and for UDP: HTTP/3 uses UDP 443.`,
    },
  },
  {
    id: 'tcp-guarantees',
    kind: 'multiple',
    prompt: {
      ro: 'Ce garantează TCP, dar UDP nu?',
      en: 'What does TCP guarantee that UDP does not?',
    },
    options: [
      { id: 'order', text: { ro: 'Octeții ajung în ordinea în care au fost trimiși.', en: 'The bytes arrive in the order they were sent.' }, correct: true },
      { id: 'encryption', text: { ro: 'Datele sunt criptate pe drum.', en: 'The data is encrypted on the way.' } },
      { id: 'retransmission', text: { ro: 'Ce se pierde pe drum este retrimis.', en: 'What is lost on the way is sent again.' }, correct: true },
      {
        id: 'boundaries',
        text: { ro: 'Fiecare mesaj scris ajunge într-o singură citire, cu granițele lui.', en: 'Each message written arrives in a single read, with its boundaries.' },
      },
      { id: 'faster', text: { ro: 'Datele circulă mai repede prin rețea.', en: 'The data travels faster through the network.' } },
    ],
    explanation: {
      ro: prose`[TCP](/network-protocols/#tcp) numerotează octeții, confirmă ce a primit și retrimite ce s-a pierdut, deci livrează un flux complet și ordonat.
        Tocmai granițele mesajelor nu le păstrează: două scrieri pot ajunge într-o singură citire; [UDP](/network-protocols/#udp) le păstrează, o datagramă sosind întreagă sau deloc.
        Criptarea vine de la [TLS](/network-protocols/#tls), nu de la TCP, iar UDP nu este mai rapid pe fir, ci doar evită handshake-ul și așteptarea retransmisiilor.`,
      en: prose`[TCP](/en/network-protocols/#tcp) numbers the bytes, acknowledges what arrived and resends what was lost, so it delivers a complete, ordered stream.
        Message boundaries are exactly what it does not keep: two writes may arrive in one read; [UDP](/en/network-protocols/#udp) keeps them, a datagram arriving whole or not at all.
        Encryption comes from [TLS](/en/network-protocols/#tls), not from TCP, and UDP is not faster on the wire: it only skips the handshake and the wait for retransmissions.`,
    },
  },
  {
    id: 'over-udp',
    kind: 'multiple',
    prompt: {
      ro: 'Care dintre acestea rulează peste UDP?',
      en: 'Which of these run over UDP?',
    },
    options: [
      { id: 'dns', text: { ro: 'Interogările DNS obișnuite', en: 'Ordinary DNS queries' }, correct: true },
      { id: 'ssh', text: 'SSH' },
      { id: 'dhcp', text: 'DHCP', correct: true },
      { id: 'http3', text: { ro: 'HTTP/3, prin QUIC', en: 'HTTP/3, through QUIC' }, correct: true },
      { id: 'smtp', text: 'SMTP' },
    ],
    explanation: {
      ro: prose`[DNS](/network-protocols/#dns) pune întrebările obișnuite pe UDP, portul 53, și trece la TCP doar pentru răspunsurile mari; [DHCP](/network-protocols/#dhcp) folosește UDP, porturile 67 și 68.
        [HTTPS](/network-protocols/#https) prin HTTP/3 rulează peste QUIC, pe UDP 443.
        SSH și SMTP au nevoie de un flux sigur și ordonat, deci rulează peste TCP.`,
      en: prose`[DNS](/en/network-protocols/#dns) sends ordinary queries over UDP, port 53, and switches to TCP only for large answers; [DHCP](/en/network-protocols/#dhcp) uses UDP, ports 67 and 68.
        [HTTPS](/en/network-protocols/#https) over HTTP/3 runs on QUIC, over UDP 443.
        SSH and SMTP need a reliable, ordered stream, so they run over TCP.`,
    },
  },
  {
    id: 'sftp-port',
    kind: 'short',
    prompt: {
      ro: 'Pe ce port ascultă implicit un server SFTP?',
      en: 'Which port does an SFTP server listen on by default?',
    },
    accepted: ['22'],
    numeric: true,
    explanation: {
      ro: prose`[SFTP](/network-protocols/#sftp) nu este FTP criptat, ci un subsistem al [SSH](/network-protocols/#ssh), deci folosește portul lui SSH, 22.
        FTP peste TLS se numește [FTPS](/network-protocols/#ftps) și are alte porturi (21, sau 990 în modul implicit).`,
      en: prose`[SFTP](/en/network-protocols/#sftp) is not encrypted FTP but a subsystem of [SSH](/en/network-protocols/#ssh), so it uses SSH's port, 22.
        FTP over TLS is called [FTPS](/en/network-protocols/#ftps) and has other ports (21, or 990 in implicit mode).`,
    },
  },
  {
    id: 'certificate',
    kind: 'single',
    prompt: {
      ro: 'La o conexiune HTTPS, serverul prezintă un certificat valid. Ce dovedește certificatul?',
      en: 'On an HTTPS connection, the server presents a valid certificate. What does the certificate prove?',
    },
    options: [
      { id: 'safe-site', text: { ro: 'Că site-ul este de încredere și nu conține programe malițioase.', en: 'That the site is trustworthy and holds no malware.' } },
      {
        id: 'name',
        text: {
          ro: 'Că serverul deține numele cerut, confirmat de o autoritate de certificare în care browserul are încredere.',
          en: 'That the server holds the requested name, vouched for by a certificate authority the browser trusts.',
        },
        correct: true,
      },
      { id: 'stored', text: { ro: 'Că datele rămân criptate și după ce ajung pe server.', en: 'That the data stays encrypted after it reaches the server.' } },
      { id: 'no-logs', text: { ro: 'Că serverul nu păstrează datele trimise.', en: 'That the server keeps none of the data sent.' } },
    ],
    explanation: {
      ro: prose`Certificatul X.509 este emis pentru un nume și semnat de o autoritate de certificare: el **autentifică serverul** (vezi [HTTPS](/network-protocols/#https)).
        [TLS](/network-protocols/#tls) protejează apoi datele pe drum, prin criptare și verificarea integrității.
        Ce face serverul cu ele după aceea, sau dacă site-ul este onest, certificatul nu spune: și un site de phishing poate avea un certificat valid pentru propriul nume.`,
      en: prose`The X.509 certificate is issued for a name and signed by a certificate authority: it **authenticates the server** (see [HTTPS](/en/network-protocols/#https)).
        [TLS](/en/network-protocols/#tls) then protects the data on the way, with encryption and integrity checks.
        What the server does with the data afterwards, or whether the site is honest, the certificate does not say: a phishing site can have a valid certificate for its own name too.`,
    },
  },
  {
    id: 'dnssec',
    kind: 'single',
    prompt: {
      ro: 'Ce adaugă DNSSEC la DNS?',
      en: 'What does DNSSEC add to DNS?',
    },
    options: [
      { id: 'encrypts', text: { ro: 'Criptează interogările, ca nimeni să nu vadă ce nume cauți.', en: 'It encrypts queries, so nobody sees which names you look up.' } },
      { id: 'tcp', text: { ro: 'Trimite interogările pe TCP în loc de UDP.', en: 'It sends queries over TCP instead of UDP.' } },
      {
        id: 'signatures',
        text: {
          ro: 'Semnături digitale, cu care un resolver recunoaște un răspuns falsificat sau modificat pe drum.',
          en: 'Digital signatures, with which a resolver can recognise an answer forged or altered on the way.',
        },
        correct: true,
      },
      { id: 'hides-ip', text: { ro: 'Ascunde adresa IP a serverului căutat.', en: 'It hides the IP address of the server looked up.' } },
    ],
    explanation: {
      ro: prose`[DNSSEC](/network-protocols/#dnssec) semnează înregistrările și leagă cheile într-un lanț de încredere până la rădăcină: garantează **autenticitatea și integritatea** răspunsurilor.
        Interogările circulă în continuare în clar, pe același port 53; confidențialitatea o aduc DNS over TLS și DNS over HTTPS.`,
      en: prose`[DNSSEC](/en/network-protocols/#dnssec) signs the records and links the keys in a chain of trust up to the root: it guarantees the **authenticity and integrity** of answers.
        Queries still travel in clear text, on the same port 53; confidentiality comes from DNS over TLS and DNS over HTTPS.`,
    },
  },
  {
    id: 'ping-port',
    kind: 'single',
    prompt: {
      ro: 'Pe ce port lucrează `ping`?',
      en: 'Which port does `ping` use?',
    },
    options: [
      { id: 'seven', text: { ro: 'Portul 7 (echo)', en: 'Port 7 (echo)' } },
      { id: 'eighty', text: { ro: 'Portul 80', en: 'Port 80' } },
      { id: 'none', text: { ro: 'Pe niciunul: ICMP nu are porturi.', en: 'None: ICMP has no ports.' }, correct: true },
      { id: 'fifty-three', text: { ro: 'Portul 53', en: 'Port 53' } },
    ],
    explanation: {
      ro: prose`\`ping\` trimite mesaje *echo request* ale [ICMP](/network-protocols/#icmp), care este purtat direct în pachete IP, la nivelul internet.
        Porturile țin de protocoalele de transport, [TCP](/network-protocols/#tcp) și UDP, deci un pachet ICMP nu are port.`,
      en: prose`\`ping\` sends *echo request* messages of [ICMP](/en/network-protocols/#icmp), which travels directly inside IP packets, at the internet layer.
        Ports belong to the transport protocols, [TCP](/en/network-protocols/#tcp) and UDP, so an ICMP packet has no port.`,
    },
  },
];
