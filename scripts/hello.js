// hello.js: the smallest jsloop program, with one piece of each kind of async work.
console.log('Hello from jsloop!');
setTimeout(() => console.log('...and hello again from a timer, 10 ms later.'), 10);
Promise.resolve('a promise').then((what) => console.log(`Hello from ${what} (a microtask).`));
