// ro: URL-ul de bază al API-ului: schema, gazda și, uneori, un prefix de versiune.
// en: The API's base URL: the scheme, the host and, sometimes, a version prefix.
const baseUrl = 'https://api.example.com';

// ro: Parametru de cale: identifică un singur element din colecția /users.
// en: Path parameter: identifies a single item of the /users collection.
export function userUrl(id: number): URL {
  return new URL(`/users/${encodeURIComponent(id)}`, baseUrl);
}

// ro: Parametri de query: filtrează și paginează colecția, fără să schimbe resursa.
// en: Query parameters: filter and paginate the collection, without changing the resource.
export function usersUrl(filters: { role?: string; page?: number }): URL {
  const url = new URL('/users', baseUrl);
  if (filters.role) url.searchParams.set('role', filters.role);
  if (filters.page) url.searchParams.set('page', String(filters.page));
  return url;
}

console.log(userUrl(123).href); // "https://api.example.com/users/123"
console.log(usersUrl({ role: 'admin', page: 2 }).href); // "https://api.example.com/users?role=admin&page=2"

// ro: URLSearchParams codifică singur caracterele speciale: spațiul devine „+”.
// en: URLSearchParams encodes special characters itself: a space becomes "+".
console.log(usersUrl({ role: 'super admin' }).search); // "?role=super+admin"
