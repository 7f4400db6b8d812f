exports.kind = 'commonjs';
exports.add = (a, b) => a + b;
