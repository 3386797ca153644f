// ro: Un endpoint construit din părți, fără concatenări fragile de șiruri.
// en: An endpoint built from parts, without fragile string concatenation.
const url = new URL('/users', 'https://api.example.com');
url.searchParams.set('role', 'user');
url.searchParams.set('q', 'ana popescu');
url.searchParams.set('page', '1');
console.log(url.href);

// ro: Echivalentul lui params={'page': 2, 'limit': 50} din requests.
// en: The equivalent of params={'page': 2, 'limit': 50} in requests.
const params = new URLSearchParams({ page: '2', limit: '50' });
console.log(params.toString());

// ro: Un parametru poate apărea de mai multe ori.
// en: A parameter may appear more than once.
params.append('tag', 'http');
params.append('tag', 'api');
console.log(params.getAll('tag'), params.toString());
params.delete('tag');
console.log([...params.keys()]);

// ro: fetch primește direct obiectul URL.
// en: fetch takes the URL object directly.
const response = await fetch(url);
const body: { total: number; users: { username: string }[] } = await response.json();
console.log(response.status, body.total, body.users.map((user) => user.username));
