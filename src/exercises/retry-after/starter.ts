const url = 'https://api.example.com/flaky/order?status=429&retry-after=1';

// ro: O singură încercare: primul răspuns este 429.
// en: A single attempt: the first answer is 429.
const response = await fetch(url);
console.log(response.status, response.headers.get('Retry-After'));
