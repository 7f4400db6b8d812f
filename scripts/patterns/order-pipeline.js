// order-pipeline.js: an order goes through validate -> reserve inventory -> pay -> ship,
// each step an async call that needs the previous step's result.
//
// The pattern: a pipeline of dependent async steps with one rescue at the end. It is
// Java's CompletableFuture chain:
//
//   supplyAsync(() -> validate(order))
//     .thenCompose(o -> reserve(o))      // the next async step: .then(fn) / await
//     .thenCompose(r -> pay(r))
//     .thenApply(p -> ship(p))           // a plain transformation: .then(fn) too
//     .exceptionally(ex -> rescue(ex))   // .catch(fn) / try { ... } catch
//     .whenComplete((r, ex) -> log())    // .finally(fn) / try { ... } finally
//
// (Python: the same steps as `await`s in one coroutine, with try/except/finally.)
// In JavaScript, .then covers both thenApply and thenCompose: when the function returns
// a promise, the chain waits for it. The script runs the pipeline twice, written both
// ways: as chained awaits (the usual style) and as a .then chain (the Java shape).
//
// What to watch in the output: for the good order every step runs, in order, each one
// starting after the previous finished. For the order whose payment is declined the
// steps after the failure (ship) never run: the error skips straight to the rescue,
// which undoes what was done (it releases the reserved stock) and returns a result
// instead of an error, so the caller gets an answer either way. The "finally" line is
// printed in both cases. An order that fails validation never touches the inventory.
//
// Run it:
//   jsloop scripts/patterns/order-pipeline.js
//   jsloop --virtual-time scripts/patterns/order-pipeline.js      (same output, no waiting)

// step simulates a remote call that takes ms milliseconds and then returns fn's result
// (or fails with the error fn throws).
function step(ms, fn) {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(fn());
      } catch (err) {
        reject(err);
      }
    }, ms);
  });
}

const stock = { book: 5, lamp: 1 };

function validate(order) {
  console.log(`  validate ${order.id}`);
  return step(5, () => {
    if (order.qty <= 0) throw new Error(`order ${order.id}: quantity must be positive`);
    return { ...order, valid: true };
  });
}

function reserve(order) {
  console.log(`  reserve ${order.qty} x ${order.item}`);
  return step(10, () => {
    if (stock[order.item] < order.qty) throw new Error(`order ${order.id}: out of stock`);
    stock[order.item] -= order.qty;
    return { ...order, reserved: true };
  });
}

function pay(order) {
  console.log(`  pay with card ${order.card}`);
  return step(20, () => {
    if (order.card === 'expired') throw new Error(`order ${order.id}: payment declined`);
    return { ...order, paid: true };
  });
}

function ship(order) {
  console.log(`  ship to ${order.address}`);
  return step(5, () => ({ id: order.id, status: 'shipped' }));
}

// rescue is the `exceptionally` step: it undoes what the failed order had done and
// turns the error into a result.
function rescue(order, err) {
  console.log(`  rescue: ${err.message}`);
  if (order.reservedBy === order.id) {
    stock[order.item] += order.qty; // compensation: give the stock back
    console.log(`  released ${order.qty} x ${order.item}`);
  }
  return { id: order.id, status: 'cancelled', reason: err.message };
}

// With await: each line waits for the previous step; try/catch/finally wrap them all.
async function processWithAwait(order) {
  try {
    const valid = await validate(order);
    const reserved = await reserve(valid);
    order.reservedBy = order.id; // remember it for the rescue
    const paid = await pay(reserved);
    return await ship(paid);
  } catch (err) {
    return rescue(order, err);
  } finally {
    console.log(`  finally: order ${order.id} done, stock now ${JSON.stringify(stock)}`);
  }
}

// With .then: the same pipeline as one chain, the shape of the Java code above.
function processWithThen(order) {
  return validate(order)
    .then(reserve)
    .then((reserved) => {
      order.reservedBy = order.id;
      return pay(reserved);
    })
    .then(ship)
    .catch((err) => rescue(order, err))
    .finally(() => console.log(`  finally: order ${order.id} done, stock now ${JSON.stringify(stock)}`));
}

const show = (r) => (r.reason ? `${r.status} (${r.reason})` : r.status);

(async () => {
  const orders = [
    { id: 1, item: 'book', qty: 2, card: 'visa', address: '1 Main St' },
    { id: 2, item: 'lamp', qty: 1, card: 'expired', address: '2 Side St' },
    { id: 3, item: 'book', qty: 0, card: 'visa', address: '3 High St' },
  ];
  console.log('--- with await');
  for (const order of orders) {
    const o = { ...order, id: `A${order.id}` };
    console.log(`order ${o.id}:`);
    console.log(`  result: ${show(await processWithAwait(o))}`);
  }
  console.log('--- with .then (the CompletableFuture shape)');
  for (const order of orders) {
    const o = { ...order, id: `B${order.id}` };
    console.log(`order ${o.id}:`);
    console.log(`  result: ${show(await processWithThen(o))}`);
  }
})();
