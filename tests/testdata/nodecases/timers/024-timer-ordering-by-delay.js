// Timers fire by expiry time regardless of creation order; equal delays fire in creation order.
setTimeout(() => console.log('80'), 80);
setTimeout(() => console.log('10 a'), 10);
setTimeout(() => console.log('200'), 200);
setTimeout(() => console.log('10 b'), 10);
setTimeout(() => {
  console.log('40');
  setTimeout(() => console.log('40+80'), 80);
}, 40);
