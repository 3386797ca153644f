// ro: Un client minimal pentru colecția /users a unui API, câte o funcție pentru fiecare operație CRUD.
// en: A minimal client for an API's /users collection, one function per CRUD operation.
const api = 'https://api.example.com';

interface User {
  id: number;
  name: string;
  email: string;
}

async function expectOk(response: Response): Promise<Response> {
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response;
}

// ro: Create: POST pe colecție; serverul alege ID-ul și îl anunță în antetul Location.
// en: Create: POST to the collection; the server picks the ID and announces it in the Location header.
export async function createUser(user: Omit<User, 'id'>): Promise<string | null> {
  const response = await expectOk(
    await fetch(`${api}/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(user),
    }),
  );
  // ro: de exemplu "/users/124", după 201 Created
  // en: for example "/users/124", after 201 Created
  return response.headers.get('Location');
}

// ro: Read: GET nu are corp; tot ce trebuie știut stă în URL.
// en: Read: GET has no body; everything needed is in the URL.
export async function readUser(id: number): Promise<User> {
  const response = await expectOk(await fetch(`${api}/users/${id}`));
  return (await response.json()) as User;
}

// ro: Update complet: PUT trimite resursa întreagă, deci poate fi repetat fără efecte în plus.
// en: Full update: PUT sends the whole resource, so it can be repeated with no further effect.
export async function replaceUser(user: User): Promise<void> {
  await expectOk(
    await fetch(`${api}/users/${user.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(user),
    }),
  );
}

// ro: Update parțial: PATCH trimite doar câmpurile schimbate, aici ca JSON Merge Patch.
// en: Partial update: PATCH sends only the changed fields, here as a JSON Merge Patch.
export async function renameUser(id: number, name: string): Promise<void> {
  await expectOk(
    await fetch(`${api}/users/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ name }),
    }),
  );
}

// ro: Delete: după 204 No Content, un al doilea DELETE nu mai are ce șterge (de obicei 404).
// en: Delete: after 204 No Content, a second DELETE has nothing left to delete (usually 404).
export async function deleteUser(id: number): Promise<void> {
  await expectOk(await fetch(`${api}/users/${id}`, { method: 'DELETE' }));
}
