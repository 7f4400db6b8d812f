// stopImmediatePropagation prevents the remaining listeners from running; stopPropagation does not.
const et = new EventTarget();
et.addEventListener('x', (e) => { console.log('1'); e.stopPropagation(); });
et.addEventListener('x', (e) => { console.log('2', e.cancelBubble); e.stopImmediatePropagation(); });
et.addEventListener('x', () => console.log('3'));
const ev = new Event('x');
et.dispatchEvent(ev);
console.log('cancelBubble', ev.cancelBubble);
et.dispatchEvent(ev);
console.log('redispatch done');
