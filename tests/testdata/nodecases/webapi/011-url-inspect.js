// URL and URLSearchParams print like Node's, and searchParams stays in step with the URL.
const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash');
console.log(u);
console.log(u.searchParams);
console.log([new URL('http://x/')]);
console.log(new URLSearchParams('a=1&b=2&a=3'), new URLSearchParams());
console.log(new URLSearchParams({ aaaaaaaaaaaaaaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbbbbbbbb', cccccccccccccccccccccc: 'dddddddddddddddddddddddd' }));
console.log(new URLSearchParams('a=1&b=2').entries(), new URLSearchParams('a=1&b=2').keys());
console.log(String(u), JSON.stringify({ u }), Object.prototype.toString.call(u));
const sp = u.searchParams;
sp.append('added', 'x y');
console.log(u.href);
u.search = '?fresh=1';
console.log(sp.toString(), sp === u.searchParams);
sp.delete('fresh');
console.log(u.href);
