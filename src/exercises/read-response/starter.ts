const url = 'https://api.example.com/users/1';
const response = await fetch(url);

// ro: Obiectul Response în sine: corpul nu a fost citit încă.
// en: The Response object itself: the body has not been read yet.
console.log(response);
