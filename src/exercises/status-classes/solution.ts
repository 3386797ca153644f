const codes = [200, 201, 204, 400, 404, 500, 503];

function classOf(status: number): string {
  // ro: Prima cifră a codului îi dă clasa (RFC 9110 §15).
  // en: The first digit of the code gives its class (RFC 9110 §15).
  const names: Record<number, string> = { 1: 'informational', 2: 'successful', 3: 'redirection', 4: 'client error', 5: 'server error' };
  return names[Math.floor(status / 100)] ?? 'unknown';
}

for (const code of codes) {
  const response = await fetch(`https://api.example.com/status/${code}`);
  console.log(response.status, classOf(response.status));
}
