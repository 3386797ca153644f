import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';

// ro: "files" din requests: un FormData trimis ca multipart/form-data.
// en: requests' "files": a FormData sent as multipart/form-data.
export async function uploadImage(
  path: string,
  origin = 'https://api.example.com',
): Promise<Response> {
  const form = new FormData();
  // ro: câmpurile text merg alături de fișier, ca "data" lângă "files"
  // en: text fields travel with the file, like "data" next to "files"
  form.set('description', 'Fotografie de profil'); // @ro
  form.set('description', 'Profile picture'); // @en
  // ro: openAsBlob citește fișierul pe măsură ce îl trimite, nu tot în memorie
  // en: openAsBlob reads the file as it is sent, not all into memory
  form.set('file', await openAsBlob(path, { type: 'image/png' }), basename(path));

  // ro: fără Content-Type: fetch îl scrie singur, cu boundary-ul potrivit
  // en: no Content-Type: fetch writes it, with the right boundary
  return fetch(new URL('/upload', origin), { method: 'POST', body: form });
}
