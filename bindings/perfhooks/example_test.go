package perfhooks_test

import (
	"context"
	"fmt"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/perfhooks"
	"github.com/jsloop/jsloop/eventloop"
)

// Module gives a runtime Node's perf_hooks; here it is a global, where the bindings
// make it require('perf_hooks'). The histogram's numbers are the ones node v20 prints
// for the same records.
func ExampleModule() {
	loop, _ := eventloop.New()
	rt := loop.Runtime()
	_ = rt.Set("print", func(s string) { fmt.Println(s) })
	_ = loop.Submit(func(rt *goja.Runtime) error {
		_ = rt.Set("perf_hooks", perfhooks.Module(rt, loop, rt.NewObject()))
		_, err := rt.RunString(`
			const h = perf_hooks.createHistogram();
			h.record(1000); h.record(5000); h.record(123456789);
			print(JSON.stringify(h));`)
		return err
	})
	if err := loop.Run(context.Background()); err != nil {
		fmt.Println("error:", err)
	}
	// Output:
	// {"count":3,"min":1000,"max":123469823,"mean":41147686,"exceeds":0,"stddev":58187371.56950625,"percentiles":{"0":1000,"50":5000,"75":123404288,"100":123404288}}
}

// monitorEventLoopDelay samples the loop with an unref'd interval: a callback that
// keeps the loop busy for 100 ms shows up as a delay of at least that much, and the
// enabled monitor does not keep the loop alive once the timers are done.
func ExampleModule_monitorEventLoopDelay() {
	loop, _ := eventloop.New()
	rt := loop.Runtime()
	_ = rt.Set("print", func(s string) { fmt.Println(s) })
	_ = rt.Set("setTimeout", func(c goja.FunctionCall) goja.Value {
		cb, _ := eventloop.JSCallback(c.Argument(0), nil, nil)
		loop.NewTimer(cb, time.Duration(c.Argument(1).ToInteger())*time.Millisecond, false, "setTimeout")
		return goja.Undefined()
	})
	_ = loop.Submit(func(rt *goja.Runtime) error {
		_ = rt.Set("perf_hooks", perfhooks.Module(rt, loop, rt.NewObject()))
		_, err := rt.RunString(`
			const h = perf_hooks.monitorEventLoopDelay({ resolution: 10 });
			h.enable();
			setTimeout(() => {
				const start = Date.now();
				while (Date.now() - start < 100);
				// The probe due during the 100 ms block fires when it ends: at least 100 ms
				// less one resolution (10 ms) late, whatever the phase of the probes.
				setTimeout(() => print('max >= 80 ms: ' + (h.max >= 80e6)), 30);
			}, 30);`)
		return err
	})
	if err := loop.Run(context.Background()); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("the loop ended with the monitor enabled")
	// Output:
	// max >= 80 ms: true
	// the loop ended with the monitor enabled
}

// EventLoopUtilization adds performance.eventLoopUtilization; LoopTimes is the same
// reading for Go.
func ExampleEventLoopUtilization() {
	loop, _ := eventloop.New()
	_ = loop.Submit(func(rt *goja.Runtime) error {
		performance := rt.NewObject()
		perfhooks.EventLoopUtilization(rt, loop, performance)
		_ = rt.Set("performance", performance)
		v, err := rt.RunString(`
			const elu = performance.eventLoopUtilization();
			Object.keys(elu).join(' ') + ': ' + (elu.utilization >= 0 && elu.utilization <= 1)`)
		if err == nil {
			fmt.Println(v)
		}
		return err
	})
	_ = loop.Run(context.Background())
	idle, active := perfhooks.LoopTimes(loop)
	fmt.Println(idle >= 0, active > 0)
	// Output:
	// idle active utilization: true
	// true true
}
