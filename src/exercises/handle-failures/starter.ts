const api = 'https://api.example.com';

// ro: Varianta naivă: presupune că orice răspuns este reușit și are un corp JSON.
// en: The naive version: it assumes every response succeeded and has a JSON body.
async function getJson(path: string) {
  return await (await fetch(api + path)).json();
}

for (const path of ['/drop', '/status/503', '/truncated', '/users/2']) {
  try {
    console.log(path, await getJson(path));
  } catch (error) {
    console.log(path, String(error));
  }
}
