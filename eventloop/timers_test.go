package eventloop

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Expected orders are Node v20's (the conformance case named in each test, checked
// against node); the virtual clock makes the elapsed times exact.
func TestTimerOrdering(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"equal delays run in creation order (ordering/011)", `
			setTimeout(() => log('first'), 1);
			setTimeout(() => log('second'), 1);
			for (let i = 1; i <= 3; i++) setTimeout(() => log('10 ms #' + i), 10);`,
			"first\nsecond\n10 ms #1\n10 ms #2\n10 ms #3"},
		{"different delays run in delay order (ordering/012)", `
			setTimeout(() => log('1'), 1);
			setTimeout(() => log('50'), 50);
			setTimeout(() => log('10'), 10);
			setTimeout(() => log('30'), 30);`,
			"1\n10\n30\n50"},
		{"overdue timers run one delay list at a time (ordering/047)", `
			setTimeout(() => log('A 1ms due 1'), 1);
			advance(2);
			setTimeout(() => log('C 3ms due 5'), 3);
			advance(3);
			setTimeout(() => log('B 1ms due 6'), 1);
			advance(10);`,
			"A 1ms due 1\nB 1ms due 6\nC 3ms due 5"},
		{"a timer's delay counts from the call (ordering/046)", `
			setTimeout(() => log('A 10ms'), 10);
			advance(25);
			setTimeout(() => log('B 1ms'), 1);`,
			"A 10ms\nB 1ms"},
		{"a timer created in a timer waits for the next timers phase (ordering/022)", `
			setTimeout(() => {
				setTimeout(() => log('timeout 0'), 0);
				setImmediate(() => log('immediate'));
				advance(3);
			}, 1);`,
			"immediate\ntimeout 0"},
		{"an interval re-arms behind later timers of its delay (ordering/018)", `
			let n = 0;
			const iv = setInterval(() => { log('interval ' + (++n)); if (n === 2) clearTimeout(iv); }, 10);
			setTimeout(() => log('timeout'), 10);`,
			"interval 1\ntimeout\ninterval 2"},
		{"a timer cleared earlier in the same phase does not run (ordering/020)", `
			let victim;
			setTimeout(() => { log('A'); clearTimeout(victim); }, 1);
			victim = setTimeout(() => log('B'), 1);
			setTimeout(() => log('C'), 1);`,
			"A\nC"},
		{"an interval cleared in its own callback stops (ordering/017)", `
			let calls = 0;
			const h = setInterval(() => { log('call ' + (++calls)); if (calls === 3) clearTimeout(h); }, 5);`,
			"call 1\ncall 2\ncall 3"},
		{"extra arguments reach the callback (ordering/016)", `
			setTimeout((a, b) => log(a + b), 1, 'x', 'y');
			nextTick((a) => log(a), 'tick arg');
			setImmediate((a) => log(a), 'imm arg');`,
			"tick arg\nimm arg\nxy"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			newHarness(t).expect(tc.src, tc.want)
		})
	}
}

func TestTimerRefAndRefresh(t *testing.T) {
	t.Run("an unref'd timer does not keep the loop alive but fires while it is (ordering/025)", func(t *testing.T) {
		h := newHarness(t)
		h.expect(`
			setTimeout(() => log('unref 5'), 5).Unref();
			setTimeout(() => log('ref 40'), 40);
			setTimeout(() => log('unref 150'), 150).Unref();`,
			"unref 5\nref 40")
	})
	t.Run("refresh restarts the countdown (ordering/026)", func(t *testing.T) {
		newHarness(t).expect(`
			let a;
			setTimeout(() => log('B 50'), 50);
			setTimeout(() => { log('refresh A'); a.Refresh(); }, 20);
			a = setTimeout(() => log('A 40 refreshed at 20'), 40);`,
			"refresh A\nB 50\nA 40 refreshed at 20")
	})
	t.Run("ref, unref and stop are idempotent", func(t *testing.T) {
		h := newHarness(t)
		tm := h.loop.NewTimer(Callback{}, 1, false, "test")
		tm.Unref()
		tm.Unref()
		require.Equal(t, 0, h.loop.timers.refCount)
		tm.Ref()
		tm.Ref()
		require.Equal(t, 1, h.loop.timers.refCount)
		require.True(t, tm.Stop())
		require.False(t, tm.Stop())
		require.Equal(t, 0, h.loop.timers.refCount)
		require.Empty(t, h.loop.timers.heap, "an emptied list leaves the heap")
	})
	t.Run("an unref'd immediate does not keep the loop alive", func(t *testing.T) {
		h := newHarness(t)
		h.expect(`setImmediate(() => log('never')).Unref(); log('main');`, "main")
	})
}
