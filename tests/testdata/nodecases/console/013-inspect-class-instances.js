// Class instances print with their class name; null-prototype objects are tagged; Symbol.toStringTag is shown.
class Point { constructor() { this.x = 1; this.y = 2; } }
class Empty {}
console.log(new Point(), new Empty());
const bare = Object.create(null);
bare.k = 'v';
console.log(bare, Object.create(null));
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(new Tagged());
class Sub extends Point {}
console.log(new Sub());
const anon = new (class {})();
console.log(anon);
