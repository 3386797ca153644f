/**
 * The HTTP methods behind CRUD: the facts of the "CRUD" page in both locales
 * (its summary table and one entry per method).
 *
 * Safety, idempotency and the status codes follow RFC 9110 §9 (HTTP
 * Semantics); PATCH is defined by RFC 5789.
 */
import { type Localized, type SpecRef, prose, rfc } from './locale.ts';

export const httpMethodNames = ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethodName = (typeof httpMethodNames)[number];

/**
 * The methods RFC 9110 §9.2.1 defines as safe, CRUD or not. The CRUD page
 * names them all where it defines safety; a CRUD method is `safe` exactly
 * when it is in this list.
 */
export const safeMethods = ['GET', 'HEAD', 'OPTIONS', 'TRACE'] as const;

/** RFC 9110 §9.2.2: PUT, DELETE and every safe method are idempotent. */
export const idempotentMethods = ['PUT', 'DELETE', ...safeMethods] as const;

/** A status code a successful request typically gets, and when. */
export interface SuccessStatus {
  code: number;
  /** When this code is the right one, if the method has several. */
  when?: Localized;
}

export interface HttpMethod {
  method: HttpMethodName;
  crud: Localized;
  /** RFC 9110 §9.2.1: the client neither requests nor expects any change on the server. */
  safe: boolean;
  /** RFC 9110 §9.2.2: several identical requests have the same effect on the server as one. */
  idempotent: boolean;
  /** Whether the request carries a body by design (GET and DELETE bodies have no defined meaning). */
  requestBody: boolean;
  success: readonly SuccessStatus[];
  spec: SpecRef;
  description: Localized;
  note?: Localized;
  /** Where the course notes say something else: wrong (said so, with the source) or imprecise ("more precisely"). */
  correction?: Localized;
}

export const httpMethods: readonly HttpMethod[] = [
  {
    method: 'POST',
    crud: { ro: 'Create (creare)', en: 'Create' },
    safe: false,
    idempotent: false,
    requestBody: true,
    success: [
      { code: 201, when: { ro: 'cu `Location`, resursă creată', en: 'with `Location`, resource created' } },
      { code: 200, when: { ro: 'rezultatul unei acțiuni', en: 'result of an action' } },
    ],
    spec: rfc(9110, '9.3.3'),
    description: {
      ro: prose`**Creează** o resursă nouă trimițând datele ei în corpul cererii (de obicei JSON) către o colecție: \`POST /users\`.
        Serverul alege identificatorul noii resurse și răspunde cu \`201 Created\`, iar antetul \`Location\` conține adresa ei (\`/users/124\`).
        Mai general, POST înseamnă „procesează aceste date după regulile resursei țintă”, așa că se folosește și pentru acțiuni care nu se potrivesc altor metode: trimiterea unui formular, pornirea unei operații, o căutare cu criterii prea complicate pentru un șir de interogare (query string).
        Nu este nici sigură, nici idempotentă: două cereri identice creează, de regulă, două resurse.`,
      en: prose`**Creates** a new resource by sending its data in the request body (usually JSON) to a collection: \`POST /users\`.
        The server picks the new resource's identifier and answers \`201 Created\`, with the \`Location\` header holding its address (\`/users/124\`).
        More generally, POST means "process this data according to the target resource's own rules", so it is also used for actions no other method fits: submitting a form, starting an operation, a search with criteria too complex for a query string.
        It is neither safe nor idempotent: two identical requests usually create two resources.`,
    },
    note: {
      ro: prose`Dacă un POST expiră fără răspuns, clientul nu știe dacă resursa a fost creată, iar o repetare oarbă poate crea un duplicat.
        Multe API-uri acceptă de aceea o cheie unică trimisă de client într-un antet (adesea \`Idempotency-Key\`), după care serverul recunoaște o repetare și întoarce rezultatul primei cereri.`,
      en: prose`If a POST times out without an answer, the client cannot tell whether the resource was created, and a blind retry may create a duplicate.
        Many APIs therefore accept a unique key sent by the client in a header (often \`Idempotency-Key\`), by which the server recognises a retry and returns the outcome of the first request.`,
    },
  },
  {
    method: 'GET',
    crud: { ro: 'Read (citire)', en: 'Read' },
    safe: true,
    idempotent: true,
    requestBody: false,
    success: [{ code: 200 }],
    spec: rfc(9110, '9.3.1'),
    description: {
      ro: prose`**Citește** reprezentarea unei resurse (\`GET /users/123\`) sau a unei colecții (\`GET /users?page=2\`).
        Tot ce trebuie știut stă în URL și în antete: un corp trimis cu GET nu are un sens definit, iar unele servere îl resping.
        Răspunsul tipic este \`200 OK\`, cu resursa în corp.
        Fiind **sigură** și **idempotentă**, GET poate fi repetată sau trimisă în avans fără grijă de browsere, cache-uri și crawlere, iar răspunsurile ei pot fi păstrate în cache.`,
      en: prose`**Reads** the representation of a resource (\`GET /users/123\`) or of a collection (\`GET /users?page=2\`).
        Everything needed is in the URL and the headers: a body sent with GET has no defined meaning, and some servers reject it.
        The typical answer is \`200 OK\`, with the resource in the body.
        Being **safe** and **idempotent**, GET can be repeated or sent ahead of time without worry by browsers, caches and crawlers, and its responses can be cached.`,
    },
    correction: {
      ro: prose`Notițele spun că GET „nu modifică datele”.
        Mai exact, *sigură* înseamnă că clientul nu cere și nu se așteaptă la nicio schimbare pe server (RFC 9110 §9.2.1): serverul poate scrie totuși jurnale sau număra accesările, dar clientul nu răspunde pentru ele.
        Din același motiv, un link GET precum \`/delete?id=5\` este o greșeală: un crawler care îl urmează șterge date.`,
      en: prose`The notes say GET "does not change data".
        More precisely, *safe* means the client neither requests nor expects any change on the server (RFC 9110 §9.2.1): the server may still write logs or count visits, but the client is not responsible for them.
        For the same reason, a GET link such as \`/delete?id=5\` is a mistake: a crawler that follows it deletes data.`,
    },
  },
  {
    method: 'PUT',
    crud: { ro: 'Update (înlocuire completă)', en: 'Update (full replacement)' },
    safe: false,
    idempotent: true,
    requestBody: true,
    success: [
      { code: 200, when: { ro: 'înlocuită, cu corp', en: 'replaced, with a body' } },
      { code: 204, when: { ro: 'înlocuită, fără corp', en: 'replaced, no body' } },
      { code: 201, when: { ro: 'creată', en: 'created' } },
    ],
    spec: rfc(9110, '9.3.4'),
    description: {
      ro: prose`**Înlocuiește complet** starea resursei de la URL-ul dat cu cea trimisă în corp: \`PUT /users/123\`, cu toate câmpurile utilizatorului.
        PUT trimite resursa întreagă, nu doar modificările: câmpurile lipsă sunt, în principiu, șterse sau readuse la valorile implicite.
        Este **idempotentă**: aceeași reprezentare trimisă de două ori lasă resursa exact ca după prima trimitere.
        Răspunsul este \`200 OK\` (cu noua reprezentare) sau \`204 No Content\` când resursa a fost înlocuită, și \`201 Created\` când a fost creată.`,
      en: prose`**Replaces** the state of the resource at the given URL **entirely** with the one sent in the body: \`PUT /users/123\`, with every field of the user.
        PUT sends the whole resource, not just the changes: missing fields are, in principle, removed or reset to their defaults.
        It is **idempotent**: the same representation sent twice leaves the resource exactly as the first request did.
        The response is \`200 OK\` (with the new representation) or \`204 No Content\` when the resource was replaced, and \`201 Created\` when it was created.`,
    },
    correction: {
      ro: prose`Notițele spun că PUT creează resursa „dacă nu există”.
        Mai exact, RFC 9110 permite asta, dar nu o cere: un server care își alege singur identificatorii poate refuza crearea prin PUT (de exemplu cu \`405 Method Not Allowed\`).
        Crearea prin PUT are sens doar când clientul știe dinainte adresa resursei, de exemplu \`PUT /users/ana/avatar\`.`,
      en: prose`The notes say PUT creates the resource "if it does not exist".
        More precisely, RFC 9110 allows that but does not require it: a server that picks identifiers itself may refuse creation through PUT (for example with \`405 Method Not Allowed\`).
        Creating with PUT only makes sense when the client knows the resource's address in advance, for example \`PUT /users/ana/avatar\`.`,
    },
  },
  {
    method: 'PATCH',
    crud: { ro: 'Update (modificare parțială)', en: 'Update (partial change)' },
    safe: false,
    idempotent: false,
    requestBody: true,
    success: [
      { code: 200, when: { ro: 'cu resursa actualizată', en: 'with the updated resource' } },
      { code: 204, when: { ro: 'fără corp', en: 'no body' } },
    ],
    spec: rfc(5789),
    description: {
      ro: prose`**Modifică parțial** o resursă: corpul conține doar schimbările, într-un format acceptat de server, de exemplu *JSON Merge Patch* (\`application/merge-patch+json\`, RFC 7396), unde trimiți doar câmpurile noi, sau *JSON Patch* (\`application/json-patch+json\`, RFC 6902), o listă de operații.
        Răspunsul este \`200 OK\` (cu resursa actualizată) sau \`204 No Content\`.
        PATCH a fost adăugată prin RFC 5789 și **nu este, prin definiție, nici sigură, nici idempotentă**: o operație precum „adaugă un element la listă”, repetată, îl adaugă de două ori.`,
      en: prose`**Partially modifies** a resource: the body holds only the changes, in a format the server accepts, for example *JSON Merge Patch* (\`application/merge-patch+json\`, RFC 7396), where you send only the new fields, or *JSON Patch* (\`application/json-patch+json\`, RFC 6902), a list of operations.
        The response is \`200 OK\` (with the updated resource) or \`204 No Content\`.
        PATCH was added by RFC 5789 and is **by definition neither safe nor idempotent**: an operation such as "append an item to the list", repeated, appends it twice.`,
    },
    note: {
      ro: prose`Un PATCH poate fi făcut idempotent.
        Fie prin conținut (un Merge Patch care pune valori fixe dă același rezultat oricâte ori ar fi aplicat), fie printr-o cerere condiționată: cu \`If-Match\` și \`ETag\`-ul versiunii citite, o a doua aplicare eșuează cu \`412 Precondition Failed\` în loc să modifice resursa încă o dată.`,
      en: prose`A PATCH can be made idempotent.
        Either through its content (a Merge Patch that sets fixed values gives the same result however many times it is applied), or with a conditional request: with \`If-Match\` and the \`ETag\` of the version that was read, a second application fails with \`412 Precondition Failed\` instead of changing the resource once more.`,
    },
  },
  {
    method: 'DELETE',
    crud: { ro: 'Delete (ștergere)', en: 'Delete' },
    safe: false,
    idempotent: true,
    requestBody: false,
    success: [
      { code: 204, when: { ro: 'ștearsă, fără corp', en: 'deleted, no body' } },
      { code: 200, when: { ro: 'cu o descriere a rezultatului', en: 'with a description of the outcome' } },
    ],
    spec: rfc(9110, '9.3.5'),
    description: {
      ro: prose`**Șterge** resursa identificată de URL: \`DELETE /users/123\`.
        Răspunsul este \`204 No Content\` dacă ștergerea s-a făcut și nu mai e nimic de spus, sau \`200 OK\` dacă răspunsul descrie rezultatul.
        DELETE este **idempotentă**: după prima cerere resursa nu mai există, iar repetările nu mai schimbă nimic, chiar dacă primesc alt răspuns (de obicei \`404 Not Found\`).
        Idempotența privește efectul asupra serverului, nu răspunsul.`,
      en: prose`**Deletes** the resource identified by the URL: \`DELETE /users/123\`.
        The response is \`204 No Content\` if the deletion happened and there is nothing more to say, or \`200 OK\` if the response describes the outcome.
        DELETE is **idempotent**: after the first request the resource is gone, and repeats change nothing further, even though they get a different answer (usually \`404 Not Found\`).
        Idempotency is about the effect on the server, not about the response.`,
    },
    note: {
      ro: prose`Când ștergerea nu se face pe loc, ci doar intră într-o coadă de lucru, RFC 9110 recomandă \`202 Accepted\`: cererea a fost acceptată, dar resursa nu a fost încă ștearsă.
        De aceea 202 nu apare printre codurile de mai sus, care anunță o ștergere încheiată.`,
      en: prose`When the deletion is not carried out on the spot but only queued, RFC 9110 recommends \`202 Accepted\`: the request was accepted, but the resource has not been deleted yet.
        That is why 202 is not among the codes above, which report a completed deletion.`,
    },
  },
];
