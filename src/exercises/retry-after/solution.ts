const url = 'https://api.example.com/flaky/order?status=429&retry-after=1';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let response = await fetch(url);
for (let attempt = 1; response.status === 429 && attempt < 4; attempt++) {
  // ro: Retry-After: câte secunde să așteptăm (1, dacă lipsește).
  // en: Retry-After: how many seconds to wait (1 when it is missing).
  const seconds = Number(response.headers.get('Retry-After') ?? 1);
  await sleep(seconds * 1000);
  response = await fetch(url);
}

const body = await response.json();
console.log(response.status, 'attempt', body.attempt);
