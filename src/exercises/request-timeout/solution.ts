const started = performance.now();
try {
  const response = await fetch('https://api.example.com/delay/3000', { signal: AbortSignal.timeout(1000) });
  console.log(response.status);
} catch (error) {
  // ro: AbortSignal.timeout respinge cu un DOMException numit TimeoutError.
  // en: AbortSignal.timeout rejects with a DOMException named TimeoutError.
  console.log((error as Error).name, Math.round(performance.now() - started), 'ms');
}
