const address = 'https://ana:secret@shop.example.com:8443/orders/42?status=open#items';

// ro: Tăiat cu split, URL-ul își pierde sensul: care bucată e portul?
// en: Cut with split, the URL loses its meaning: which piece is the port?
const pieces = address.split(':');
console.log(pieces);
