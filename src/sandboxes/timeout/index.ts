// ro: /delay/3000 răspunde după 3 secunde; așteptăm cel mult 1 secundă.
// en: /delay/3000 answers after 3 seconds; we wait 1 second at most.
try {
  const response = await fetch('https://api.example.com/delay/3000', {
    signal: AbortSignal.timeout(1000),
  });
  console.log(response.status);
} catch (error) {
  // ro: La expirare, fetch respinge promisiunea cu o eroare TimeoutError.
  // en: When time runs out, fetch rejects with a TimeoutError.
  console.log('Cererea a expirat:', (error as Error).name); // @ro
  console.log('The request timed out:', (error as Error).name); // @en
}

// ro: Cu timp suficient, răspunsul ajunge.
// en: Given enough time, the response arrives.
const fast = await fetch('https://api.example.com/delay/200', { signal: AbortSignal.timeout(1000) });
console.log(fast.status, await fast.json());

// ro: AbortController anulează la cerere (de exemplu, butonul „Anulează”).
// en: AbortController cancels on demand (for example, a "Cancel" button).
const controller = new AbortController();
setTimeout(() => controller.abort(), 100);
try {
  await fetch('https://api.example.com/delay/2000', { signal: controller.signal });
} catch (error) {
  console.log('Anulată:', (error as Error).name); // @ro
  console.log('Cancelled:', (error as Error).name); // @en
}
