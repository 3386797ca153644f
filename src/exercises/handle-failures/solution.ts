const api = 'https://api.example.com';

async function getJson(path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(api + path);
  } catch {
    // ro: Niciun răspuns: rețeaua sau serverul au căzut.
    // en: No response at all: the network or the server failed.
    throw new Error('network error');
  }
  // ro: Un 5xx este tot un răspuns: fetch nu respinge pentru el.
  // en: A 5xx is still a response: fetch does not reject for it.
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error('invalid JSON');
  }
}

for (const path of ['/drop', '/status/503', '/truncated', '/users/2']) {
  try {
    const user = (await getJson(path)) as { name: string };
    console.log(path, user.name);
  } catch (error) {
    console.log(path, (error as Error).message);
  }
}
