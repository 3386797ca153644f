// ro: Fără limită de timp, programul așteaptă cât vrea serverul.
// en: Without a time limit, the program waits as long as the server likes.
const started = performance.now();
const response = await fetch('https://api.example.com/delay/3000');
console.log(response.status, Math.round(performance.now() - started), 'ms');
