package bindings

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

func TestFixArrowArguments(t *testing.T) {
	tests := []struct{ src, want string }{
		{"function k() { return (() => arguments[0])(); }", "function k() {;arguments; return (() => arguments[0])(); }"},
		{"function k() { 'use strict'; return (() => arguments[0])(); }", "function k() { 'use strict';arguments;; return (() => arguments[0])(); }"},
		{"function k() { return arguments[0]; }", "function k() { return arguments[0]; }"},
		{"const f = () => 1; function g() { return (function () { return arguments[0]; })(); }", "const f = () => 1; function g() { return (function () { return arguments[0]; })(); }"},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, fixArrowArguments("t.js", tc.src))
	}
}

// The programs below print what node prints for them (checked with node v20).
func TestArrowArgumentsRunLikeNode(t *testing.T) {
	rt := goja.New()
	h := &Host{rt: rt, wrapped: map[string]int{}, sources: map[string]string{}}
	for src, want := range map[string]string{
		"function k() { return (() => arguments[0])(); } k('C')":                   "C",
		"function k() { return [1].map(() => arguments[0])[0]; } k('D')":           "D",
		"function k() { return (() => (() => arguments.length)())(); } k(1, 2, 3)": "3",
		"(function () { 'use strict'; return (() => arguments[1])(); })('a', 'b')": "b",
		"class A { m() { return (() => arguments[0] * 2)(); } } new A().m(21)":     "42",
	} {
		prg, err := h.compile("t.js", src, 0)
		require.NoError(t, err)
		v, err := rt.RunProgram(prg)
		require.NoError(t, err, src)
		require.Equal(t, want, v.String(), src)
	}
}
