// ro: Fără antete proprii: browserul trimite doar ce pune el (Accept: */*).
// en: No headers of our own: the browser sends only what it adds (Accept: */*).
const response = await fetch('https://api.example.com/anything');
const body = await response.json();
console.log(body.headers);
