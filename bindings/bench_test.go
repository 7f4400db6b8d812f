package bindings

import (
	"context"
	"io"
	"testing"

	"github.com/jsloop/jsloop/eventloop"
)

// BenchmarkStartup is what every jsloop run pays before user code: a loop, the
// bindings, and a one-line script run to completion.
func BenchmarkStartup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		loop, err := eventloop.New()
		if err != nil {
			b.Fatal(err)
		}
		h, err := Install(loop, Options{Stdout: io.Discard, Stderr: io.Discard})
		if err != nil {
			b.Fatal(err)
		}
		if err := loop.Submit(h.Eval("[bench]", "console.log('ok')", false)); err != nil {
			b.Fatal(err)
		}
		if err := loop.Run(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
