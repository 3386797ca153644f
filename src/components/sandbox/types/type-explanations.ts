/**
 * TypeScript's messages are in English only, and terse. For the errors that
 * readers of this course meet most in fetch and URL code, the editor adds one
 * plain sentence in the page's language, and a link to the entry of this site
 * that explains the thing behind it. Keyed by TypeScript's error code; a few
 * codes mean something more specific when their message names a Promise
 * (a forgotten `await`).
 *
 * Links are `<slug>/#<anchor>`, relative to the locale's root, and the unit
 * tests check that the anchor exists on both languages' page.
 */
import type { Localized } from '../../../data/locale.ts';

export interface Explanation {
  text: Localized;
  link?: string;
}

const missingAwait: Explanation = {
  text: {
    ro: 'Valoarea este încă un Promise: lipsește probabil un `await` în fața lui `fetch(...)` sau a lui `res.json()`.',
    en: 'The value is still a Promise: an `await` is probably missing before `fetch(...)` or `res.json()`.',
  },
  link: 'response/#attr-json',
};

const possiblyEmpty: Explanation = {
  text: {
    ro: 'Valoarea poate lipsi (de exemplu `searchParams.get()` dă `null` pentru un parametru absent, `headers.get()` la fel): verific-o cu `if` sau dă-i o valoare implicită cu `??`.',
    en: 'The value may be missing (`searchParams.get()` gives `null` for an absent parameter, so does `headers.get()`): check it with `if` or give it a default with `??`.',
  },
};

export const explanations: Readonly<Record<number, Explanation>> = {
  2339: {
    text: {
      ro: 'Tipul acestei valori nu are proprietatea scrisă. Verifică numele (majusculele contează) și ce tip are valoarea (pune cursorul pe ea).',
      en: 'The value’s type has no property of that name. Check the spelling (case matters) and what the value’s type is (hover over it).',
    },
    link: 'response/#response-attributes',
  },
  2551: {
    text: {
      ro: 'Probabil o greșeală de scriere: TypeScript propune numele corect la sfârșitul mesajului.',
      en: 'Probably a typo: TypeScript suggests the right name at the end of the message.',
    },
    link: 'response/#response-attributes',
  },
  2561: {
    text: {
      ro: 'Opțiunea nu există în acest obiect (pentru `fetch`, în `RequestInit`): verifică numele opțiunii.',
      en: 'This object (for `fetch`, its `RequestInit`) has no such option: check the option’s name.',
    },
    link: 'request/#request-options',
  },
  2353: {
    text: {
      ro: 'Obiectul are o proprietate pe care tipul așteptat nu o cunoaște; la `fetch`, opțiunile sunt `method`, `headers`, `body`, `signal` și altele.',
      en: 'The object has a property the expected type does not know; `fetch` takes `method`, `headers`, `body`, `signal` and a few more.',
    },
    link: 'request/#request-options',
  },
  18046: {
    text: {
      ro: 'În `catch`, eroarea are tipul `unknown`: orice poate fi aruncat. Verific-o întâi, de exemplu `if (error instanceof Error)`.',
      en: 'In `catch`, the error is `unknown`: anything can be thrown. Narrow it first, for example `if (error instanceof Error)`.',
    },
  },
  18047: possiblyEmpty,
  18048: possiblyEmpty,
  18049: possiblyEmpty,
  2531: possiblyEmpty,
  2532: possiblyEmpty,
  2322: {
    text: {
      ro: 'Valoarea nu are tipul cerut aici. Dacă tipul ei include `null` sau `undefined`, tratează întâi cazul acela.',
      en: 'The value does not have the type needed here. If its type includes `null` or `undefined`, handle that case first.',
    },
  },
  2345: {
    text: {
      ro: 'Argumentul dat funcției nu are tipul pe care îl așteaptă parametrul (de exemplu un șir unde se cere un obiect de opțiuni).',
      en: 'The argument does not have the type the parameter expects (a string where an options object is wanted, for example).',
    },
  },
  2367: {
    text: {
      ro: 'Compari valori de tipuri diferite, deci comparația e mereu falsă: `res.status` este un număr (`200`), nu un șir (`"200"`).',
      en: 'The two sides have different types, so the comparison is always false: `res.status` is a number (`200`), not a string (`"200"`).',
    },
    link: 'status-codes/#overview',
  },
  2801: missingAwait,
  2304: {
    text: {
      ro: 'Numele nu este declarat nicăieri: verifică scrierea sau declară-l cu `const` / `let` înainte de a-l folosi.',
      en: 'Nothing of that name is declared: check the spelling, or declare it with `const` / `let` before using it.',
    },
  },
  2552: {
    text: {
      ro: 'Numele nu este declarat; TypeScript propune unul apropiat la sfârșitul mesajului.',
      en: 'That name is not declared; TypeScript suggests a close one at the end of the message.',
    },
  },
  7006: {
    text: {
      ro: 'Parametrul nu are tip și TypeScript nu îl poate deduce: scrie-l, de exemplu `(res: Response) => ...`.',
      en: 'The parameter has no type and TypeScript cannot infer one: write it, for example `(res: Response) => ...`.',
    },
  },
  7005: {
    text: {
      ro: 'Variabila primește tipul `any` implicit: dă-i un tip sau o valoare inițială.',
      en: 'The variable is implicitly `any`: give it a type or an initial value.',
    },
  },
  7034: {
    text: {
      ro: 'Variabila primește tipul `any` implicit: dă-i un tip sau o valoare inițială.',
      en: 'The variable is implicitly `any`: give it a type or an initial value.',
    },
  },
  2554: {
    text: {
      ro: 'Funcția primește alt număr de argumente decât i-ai dat.',
      en: 'The function takes a different number of arguments than you passed.',
    },
  },
  2769: {
    text: {
      ro: 'Niciuna dintre formele funcției nu acceptă argumentele date; citește mai jos în mesaj ce argument nu se potrivește.',
      en: 'None of the function’s forms accepts these arguments; the rest of the message says which argument does not fit.',
    },
  },
  2349: {
    text: {
      ro: 'Valoarea nu este o funcție, deci nu poate fi apelată cu `()`: de exemplu `res.status` este un număr, pe când `res.json()` este o metodă.',
      en: 'The value is not a function, so it cannot be called with `()`: `res.status` is a number, for example, while `res.json()` is a method.',
    },
    link: 'response/#attr-status-code',
  },
  2588: {
    text: {
      ro: 'O variabilă declarată cu `const` nu poate primi altă valoare: folosește `let` dacă trebuie să se schimbe.',
      en: 'A `const` cannot be given another value: use `let` if it has to change.',
    },
  },
  2448: {
    text: {
      ro: 'Variabila este folosită înainte de linia care o declară.',
      en: 'The variable is used before the line that declares it.',
    },
  },
  2454: {
    text: {
      ro: 'Variabila poate fi citită înainte să fi primit o valoare (de exemplu dacă un `try` a eșuat).',
      en: 'The variable may be read before it has been given a value (if a `try` failed, for example).',
    },
  },
  1308: {
    text: {
      ro: '`await` merge la nivelul de sus al sandboxului sau într-o funcție `async`: adaugă `async` funcției care îl conține.',
      en: '`await` works at the sandbox’s top level or inside an `async` function: add `async` to the function around it.',
    },
  },
  2451: {
    text: {
      ro: 'Același nume este declarat de două ori în același bloc: redenumește unul dintre ele.',
      en: 'The same name is declared twice in one block: rename one of them.',
    },
  },
  1005: {
    text: {
      ro: 'Eroare de sintaxă: lipsește semnul indicat (o paranteză, o acoladă, o virgulă) chiar înainte de poziția arătată.',
      en: 'Syntax error: the sign named (a bracket, a brace, a comma) is missing just before the position shown.',
    },
  },
};

/** The explanation of a diagnostic, if there is one; a property missing from a Promise means a missing `await`. */
export function explain(code: number, message: string): Explanation | undefined {
  if ((code === 2339 || code === 2551) && /on type 'Promise</.test(message)) return missingAwait;
  return explanations[code];
}
