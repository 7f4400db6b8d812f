package eventloop

import "testing"

// The expected orders below are those Node v20 prints for the same programs: each test
// names the case of tests/testdata/conformance (checked against node) it mirrors.

func TestDrainOrder(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"sync, ticks, microtasks, timers (ordering/001)", `
			log('sync 1');
			setTimeout(() => log('timeout'), 0);
			Promise.resolve().then(() => log('then'));
			queueMicrotask(() => log('microtask'));
			nextTick(() => log('tick'));
			log('sync 2');`,
			"sync 1\nsync 2\ntick\nthen\nmicrotask\ntimeout"},
		{"inside a timer: ticks, microtasks, then immediates before a new timeout (ordering/002)", `
			setTimeout(() => {
				log('timer start');
				setTimeout(() => log('timeout 0'), 0);
				setImmediate(() => log('immediate'));
				queueMicrotask(() => log('microtask'));
				Promise.resolve().then(() => log('then'));
				nextTick(() => log('tick'));
				log('timer end');
			}, 1);`,
			"timer start\ntimer end\ntick\nmicrotask\nthen\nimmediate\ntimeout 0"},
		{"a tick beats an earlier promise job (ordering/003)", `
			Promise.resolve().then(() => log('promise 1'));
			nextTick(() => log('tick 1'));
			Promise.resolve().then(() => log('promise 2'));
			nextTick(() => log('tick 2'));`,
			"tick 1\ntick 2\npromise 1\npromise 2"},
		{"a tick queued by a microtask waits for the whole microtask queue (ordering/005)", `
			Promise.resolve()
				.then(() => { log('then 1'); nextTick(() => log('tick from then 1')); })
				.then(() => log('then 2'))
				.then(() => log('then 3'));
			queueMicrotask(() => log('microtask'));`,
			"then 1\nmicrotask\nthen 2\nthen 3\ntick from then 1"},
		{"queues alternate until both are empty (ordering/007)", `
			let round = 0;
			function step() {
				const r = ++round;
				log('tick ' + r);
				Promise.resolve().then(() => { log('micro ' + r); if (r < 3) nextTick(step); });
			}
			nextTick(step);
			setTimeout(() => log('timer'), 0);`,
			"tick 1\nmicro 1\ntick 2\nmicro 2\ntick 3\nmicro 3\ntimer"},
		{"drain after every timer and every immediate (ordering/009, ordering/010)", `
			for (const n of ['A', 'B']) setTimeout(() => { log('timer ' + n); Promise.resolve().then(() => log('then ' + n)); nextTick(() => log('tick ' + n)); }, 1);
			for (const n of ['C', 'D']) setImmediate(() => { log('imm ' + n); queueMicrotask(() => log('micro ' + n)); nextTick(() => log('tick ' + n)); });`,
			"imm C\ntick C\nmicro C\nimm D\ntick D\nmicro D\ntimer A\ntick A\nthen A\ntimer B\ntick B\nthen B"},
		{"an immediate queued in the check phase waits for the next iteration (ordering/021)", `
			setImmediate(() => {
				log('immediate A');
				setImmediate(() => log('immediate C'));
				setTimeout(() => log('timer'), 0);
				nextTick(() => log('tick from A'));
				advance(5);
			});
			setImmediate(() => log('immediate B'));`,
			"immediate A\ntick from A\nimmediate B\ntimer\nimmediate C"},
		{"queueMicrotask and promise reactions share one FIFO (ordering/008)", `
			queueMicrotask(() => log('qm 1'));
			Promise.resolve().then(() => log('then 1'));
			queueMicrotask(() => { log('qm 2'); Promise.resolve().then(() => log('then by qm 2')); queueMicrotask(() => log('qm by qm 2')); });
			Promise.resolve().then(() => log('then 2'));`,
			"qm 1\nthen 1\nqm 2\nthen 2\nthen by qm 2\nqm by qm 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			newHarness(t).expect(tc.src, tc.want)
		})
	}
}
