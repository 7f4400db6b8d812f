// Timers fire by expiry time regardless of creation order; equal delays fire in creation order.
setTimeout(() => console.log('30'), 30);
setTimeout(() => console.log('10 a'), 10);
setTimeout(() => console.log('80'), 80);
setTimeout(() => console.log('10 b'), 10);
setTimeout(() => {
  console.log('20');
  setTimeout(() => console.log('20+20'), 20);
}, 20);
