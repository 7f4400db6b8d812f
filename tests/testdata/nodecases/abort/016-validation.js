// EventTarget/Event argument validation throws Node-style errors.
function show(fn) { try { fn(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } }
const et = new EventTarget();
show(() => et.addEventListener('x'));
show(() => et.addEventListener());
show(() => et.removeEventListener('x'));
show(() => et.addEventListener('x', 5));
show(() => et.addEventListener('x', 'str'));
show(() => et.addEventListener('x', {}));
show(() => et.dispatchEvent());
show(() => et.dispatchEvent({ type: 'x' }));
show(() => new Event());
show(() => new Event('x', 5));
show(() => new CustomEvent());
show(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
show(() => EventTarget.prototype.dispatchEvent.call(null, new Event('x')));
show(() => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
show(() => et.removeEventListener('x', null));
show(() => new Event('x', null));
