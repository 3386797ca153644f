// ro: Cererea din notițe (POST /login), scrisă cu fetch.
// en: The request from the notes (POST /login), written with fetch.
export async function logIn(origin = 'https://api.example.com'): Promise<unknown> {
  // ro: "url" + "params" → /login?redirect=dashboard
  // en: "url" + "params" → /login?redirect=dashboard
  const url = new URL('/login', origin);
  url.search = new URLSearchParams({ redirect: 'dashboard' }).toString();

  const token = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...';

  try {
    const response = await fetch(url, {
      // ro: "method"
      // en: "method"
      method: 'POST',
      headers: {
        // ro: "auth" → antetul Authorization
        // en: "auth" → the Authorization header
        Authorization: `Bearer ${token}`,
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
    return await response.json();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new Error('Serverul nu a răspuns în 5 secunde', { cause: error }); // @ro
      throw new Error('The server did not answer within 5 seconds', { cause: error }); // @en
    }
    throw error;
  }
}
