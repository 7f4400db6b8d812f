// A falsy assert/assert.ok without a message quotes the call's source text: "The expression evaluated to a falsy value".
const assert = require('assert');
const x = 0;
try { assert(x === 1); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); }
try { assert.ok(typeof x === 'string'); } catch (e) { console.log(JSON.stringify(e.message)); }
try {
  assert.ok(
    x > 5,
  );
} catch (e) { console.log(JSON.stringify(e.message)); }
function helper(v) { assert(v); }
try { helper(null); } catch (e) { console.log(JSON.stringify(e.message), e.actual); }
try { assert.strict(x, undefined); } catch (e) { console.log(JSON.stringify(e.message)); }
