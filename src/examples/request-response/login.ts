// ro: Cererea din notițe (POST /login), scrisă cu fetch, apoi o cerere care folosește tokenul primit.
// en: The request from the notes (POST /login), written with fetch, then a request that uses the token it returns.
export interface Session {
  user: { id: number; username: string; role: string };
  token: string;
  expires_in: number;
}

// ro: Pasul 1: autentificarea trimite numele și parola și primește tokenul.
// en: Step 1: logging in sends the name and password and receives the token.
export async function logIn(origin = 'https://api.example.com'): Promise<Session> {
  // ro: "url" + "params" → /login?redirect=dashboard
  // en: "url" + "params" → /login?redirect=dashboard
  const url = new URL('/login', origin);
  url.search = new URLSearchParams({ redirect: 'dashboard' }).toString();

  try {
    const response = await fetch(url, {
      // ro: "method"
      // en: "method"
      method: 'POST',
      // ro: fără Authorization: tokenul abia urmează să fie primit
      // en: no Authorization: the token is yet to be received
      headers: {
        // ro: fetch nu știe singur că body este JSON
        // en: fetch cannot tell that the body is JSON
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      // ro: "body" → serializat de mână
      // en: "body" → serialised by hand
      body: JSON.stringify({ username: 'admin', password: '123456' }),
      // ro: "timeout": 5 s → 5000 ms, pentru toată cererea
      // en: "timeout": 5 s → 5000 ms, for the whole request
      signal: AbortSignal.timeout(5_000),
      // ro: "allow_redirects": true → valoarea implicită în fetch
      // en: "allow_redirects": true → the fetch default
      redirect: 'follow',
    });

    // ro: fetch nu aruncă o eroare la 4xx sau 5xx: verifici singur
    // en: fetch does not throw on 4xx or 5xx: check it yourself
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    return (await response.json()) as Session;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new Error('Serverul nu a răspuns în 5 secunde', { cause: error }); // @ro
      throw new Error('The server did not answer within 5 seconds', { cause: error }); // @en
    }
    throw error;
  }
}

// ro: Pasul 2: "auth" din notițe → antetul Authorization, la cererile de după autentificare.
// en: Step 2: the notes' "auth" → the Authorization header, on the requests after logging in.
export async function getUser(session: Session, origin = 'https://api.example.com'): Promise<unknown> {
  const response = await fetch(new URL(`/users/${session.user.id}`, origin), {
    headers: { Authorization: `Bearer ${session.token}`, Accept: 'application/json' },
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return response.json();
}

// ro: Cei doi pași, unul după altul.
// en: The two steps, one after the other.
export async function logInAndLoadProfile(origin = 'https://api.example.com'): Promise<unknown> {
  const session = await logIn(origin);
  return getUser(session, origin);
}
