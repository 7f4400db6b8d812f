package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/evanw/esbuild/pkg/api"
	"github.com/stretchr/testify/require"
)

// allLoweredFeatures uses every construct esbuild lowers with an async-generator helper.
const allLoweredFeatures = `async function* inner() { yield await Promise.resolve(1); }
async function* outer() { yield* inner(); yield* [2]; }
(async () => { for await (const v of outer()) console.log(v); })();
`

var helperDefinition = regexp.MustCompile(`(?m)^var (__\w+) = `)

// If this fails after an esbuild upgrade, esbuild's async-generator helpers changed:
// update loweringHelpers (transform.go) and bindings/js/asyncgen.js to match them.
func TestLoweringUsesJsloopHelpers(t *testing.T) {
	raw := api.Transform(allLoweredFeatures, api.TransformOptions{Loader: api.LoaderJS, Target: api.ES2017, Sourcemap: api.SourceMapInline})
	require.Empty(t, raw.Errors)
	code, err := lower("all.js", []byte(allLoweredFeatures), api.LoaderJS)
	require.NoError(t, err)
	out := string(code)
	require.Equal(t, strings.Count(string(raw.Code), "\n"), strings.Count(out, "\n"), "the rewrite must not add or remove lines")

	_, replaced := useJsloopHelpers(raw.Code)
	require.ElementsMatch(t, []string{"__await", "__asyncGenerator", "__yieldStar", "__forAwait"}, replaced,
		"every esbuild helper jsloop replaces must be found exactly once")
	for _, name := range replaced {
		require.Contains(t, out, "var "+name+` = globalThis[Symbol.for("jsloop.lowering")].`+name+", __esbuild_"+name[2:]+" = ")
		require.Equal(t, 1, strings.Count(out, "__esbuild_"+name[2:]), "esbuild's %s must be left unused", name)
	}
	// esbuild defines no other helper that the lowered code could call instead of jsloop's.
	known := map[string]bool{"__knownSymbol": true, "__typeError": true}
	for _, name := range replaced {
		known[name] = true
	}
	for _, m := range helperDefinition.FindAllStringSubmatch(out, -1) {
		require.True(t, known[m[1]], "unexpected esbuild helper %s in:\n%s", m[1], out)
	}
	user := out[strings.Index(out, "function inner"):]
	for _, m := range regexp.MustCompile(`\b(__\w+)\(`).FindAllStringSubmatch(user, -1) {
		require.Contains(t, replaced, m[1], "lowered code calls %s", m[1])
	}
	require.Contains(t, user, "new __await(")
	require.Contains(t, user, "__yieldStar(")
	require.Contains(t, user, "__forAwait(")
}

func TestLoweringRewriteIsAllOrNothing(t *testing.T) {
	// esbuild numbers a helper whose name the file uses itself.
	code, err := lower("clash.js", []byte("var __await = 1;\nasync function* g() { await __await; }\n"), api.LoaderJS)
	require.NoError(t, err)
	require.Contains(t, string(code), `var __await2 = globalThis[Symbol.for("jsloop.lowering")].__await, __esbuild_await2 = `)
	require.Contains(t, string(code), "var __await = 1;")

	twice := []byte("var __await = function(promise, isYieldStar) {\n};\nvar __asyncGenerator = (__this, __arguments, generator) => {\n};\n" +
		"var __await = function(promise, isYieldStar) {\n};\n")
	out, replaced := useJsloopHelpers(twice)
	require.Equal(t, string(twice), string(out))
	require.Empty(t, replaced)

	orphan := []byte("var __yieldStar = (value) => {\n};\n")
	out, replaced = useJsloopHelpers(orphan)
	require.Equal(t, string(orphan), string(out), "__yieldStar without __asyncGenerator is left alone")
	require.Empty(t, replaced)

	plain := []byte("const x = 1;\n")
	out, _ = useJsloopHelpers(plain)
	require.Equal(t, string(plain), string(out))
}

// The expected outputs are node v20's for the same scripts.
func TestAsyncGeneratorsMatchNode(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"finally-await-on-return", `async function* gen() {
  try {
    yield 'a';
    yield 'b';
  } finally {
    console.log('cleanup');
    await null;
    console.log('cleanup after await');
  }
}
(async () => {
  for await (const v of gen()) { console.log(v); break; }
  const g = gen();
  await g.next();
  console.log(JSON.stringify(await g.return(Promise.resolve('r'))));
})();
`, "a\ncleanup\ncleanup after await\ncleanup\ncleanup after await\n{\"value\":\"r\",\"done\":true}\n"},
		{"yield-star-ticks", `const log = (s) => console.log(s);
async function* inner() { yield 1; yield 2; return 'r'; }
async function* outer() { log('value ' + (yield* inner())); yield* [Promise.resolve(3)]; }
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 10) return Promise.resolve().then(step); };
Promise.resolve().then(step);
(async () => { for await (const v of outer()) log('got ' + v); log('end'); })();
`, "tick 1\ntick 2\ntick 3\ngot 1\ntick 4\ntick 5\ntick 6\ngot 2\ntick 7\ntick 8\nvalue r\ntick 9\ntick 10\ngot 3\nend\n"},
		{"helper-name-clash-and-queue", `var __await = 'mine', __forAwait = 'also mine';
async function* gen() { yield await Promise.resolve(__await); }
(async () => {
  for await (const v of gen()) console.log(v, __forAwait);
  const g = gen();
  const ps = [g.next(), g.next(), g.return('x'), g.next()];
  for (const p of ps) console.log(JSON.stringify(await p));
})();
`, "mine also mine\n{\"value\":\"mine\",\"done\":false}\n{\"done\":true}\n{\"value\":\"x\",\"done\":true}\n{\"done\":true}\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, "", writeScript(t, tc.name+".js", tc.src))
			require.Equal(t, 0, r.code, r.stderr)
			require.Equal(t, tc.want, r.stdout)
		})
	}
}

func TestAsyncGeneratorErrorKeepsItsLine(t *testing.T) {
	path := writeScript(t, "stack.js", `async function* gen() {
  yield 1;
  await null;
  console.log(new Error('here').stack.split('\n')[1].includes('stack.js:4:'));
  throw new RangeError('from the body');
}
(async () => {
  const g = gen();
  await g.next();
  try { await g.next(); } catch (e) { console.log(e.name, e.message); }
  console.log(JSON.stringify(await g.next()));
})();
`)
	r := runCLI(t, "", path)
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "true\nRangeError from the body\n{\"done\":true}\n", r.stdout)
}
