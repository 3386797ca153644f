const codes = [200, 201, 204, 400, 404, 500, 503];

// ro: Doar primul cod, și fără clasă.
// en: Only the first code, and no class.
const response = await fetch(`https://api.example.com/status/${codes[0]}`);
console.log(response.status);
