package promise_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
	"github.com/jsloop/jsloop/promise"
)

type Order struct {
	ID       string
	Items    int
	Card     string
	Tracking string
}

// Each step is asynchronous: it returns a future, and runs its work on a goroutine.
func validate(ctx context.Context, o Order) *promise.Future[Order] {
	return promise.Go(ctx, func(context.Context) (Order, error) {
		if o.Items == 0 {
			return o, errors.New("empty order")
		}
		return o, nil
	})
}

func checkInventory(ctx context.Context, o Order) *promise.Future[Order] {
	return promise.Go(ctx, func(context.Context) (Order, error) {
		if o.Items > 10 {
			return o, fmt.Errorf("only 10 in stock, %d ordered", o.Items)
		}
		return o, nil
	})
}

func pay(ctx context.Context, o Order) *promise.Future[Order] {
	return promise.Go(ctx, func(context.Context) (Order, error) {
		if o.Card == "expired" {
			return o, errors.New("card expired")
		}
		return o, nil
	})
}

func ship(ctx context.Context, o Order) *promise.Future[Order] {
	return promise.Go(ctx, func(context.Context) (Order, error) {
		o.Tracking = "TRK-" + o.ID
		return o, nil
	})
}

// The order pipeline validate → checkInventory → pay → ship: each step starts when the
// previous one succeeded (Compose, Java's thenCompose), and the first failure skips the
// rest and is rescued at the end (Exceptionally).
func ExampleCompose() {
	ctx := context.Background()
	place := func(o Order) *promise.Future[string] {
		step := func(next func(context.Context, Order) *promise.Future[Order]) func(Order) *promise.Future[Order] {
			return func(o Order) *promise.Future[Order] { return next(ctx, o) }
		}
		shipped := promise.Compose(promise.Compose(promise.Compose(
			validate(ctx, o), step(checkInventory)), step(pay)), step(ship))
		summary := promise.Then(shipped, func(o Order) (string, error) {
			return fmt.Sprintf("order %s shipped: %s", o.ID, o.Tracking), nil
		})
		return promise.Exceptionally(summary, func(err error) (string, error) {
			return fmt.Sprintf("order %s not shipped (%v): customer notified", o.ID, err), nil
		})
	}
	for _, o := range []Order{
		{ID: "A1", Items: 2, Card: "visa"},
		{ID: "B2", Items: 1, Card: "expired"},
		{ID: "C3", Items: 50, Card: "visa"},
	} {
		msg, _ := place(o).Await(ctx)
		fmt.Println(msg)
	}
	// Output:
	// order A1 shipped: TRK-A1
	// order B2 not shipped (card expired): customer notified
	// order C3 not shipped (only 10 in stock, 50 ordered): customer notified
}

// A dashboard needs two independent fetches; Combine (thenCombine) joins them once
// both have arrived.
func ExampleCombine() {
	ctx := context.Background()
	profile := promise.Go(ctx, func(context.Context) (string, error) { return "alice", nil })
	orders := promise.Go(ctx, func(context.Context) ([]string, error) { return []string{"A1", "B2", "C3"}, nil })
	dashboard := promise.Combine(profile, orders, func(name string, orders []string) (string, error) {
		return fmt.Sprintf("%s: %d orders (%s)", name, len(orders), strings.Join(orders, ", ")), nil
	})
	fmt.Println(dashboard.Await(ctx))
	// Output: alice: 3 orders (A1, B2, C3) <nil>
}

// service is a fake remote call that answers after latency, or fails, or gives up
// when its context ends.
func service(name string, latency time.Duration, fail bool) func(context.Context) (string, error) {
	return func(ctx context.Context) (string, error) {
		select {
		case <-time.After(latency):
			if fail {
				return "", fmt.Errorf("%s: unavailable", name)
			}
			return name, nil
		case <-ctx.Done():
			return "", context.Cause(ctx)
		}
	}
}

// All waits for every service and keeps their order; the first failure fails it at
// once and cancels the services still running.
func ExampleAll() {
	ctx := context.Background()
	all := promise.All(ctx,
		promise.Go(ctx, service("users", 2*time.Millisecond, false)),
		promise.Go(ctx, service("orders", 1*time.Millisecond, false)),
		promise.Go(ctx, service("stock", 0, false)),
	)
	fmt.Println(all.Await(ctx))

	slow := promise.Go(ctx, service("recommendations", time.Hour, false))
	failing := promise.All(ctx,
		promise.Go(ctx, service("users", 0, false)),
		promise.Go(ctx, service("orders", 0, true)),
		slow,
	)
	_, err := failing.Await(ctx)
	fmt.Println("all:", err)
	_, err = slow.Await(ctx)
	fmt.Println("recommendations cancelled:", errors.Is(err, promise.ErrAbandoned))
	// Output:
	// [users orders stock] <nil>
	// all: orders: unavailable
	// recommendations cancelled: true
}

// AllSettled waits for every service, failures included, and reports each outcome.
func ExampleAllSettled() {
	ctx := context.Background()
	outcomes, _ := promise.AllSettled(ctx,
		promise.Go(ctx, service("users", 0, false)),
		promise.Go(ctx, service("orders", 0, true)),
		promise.Go(ctx, service("stock", time.Millisecond, false)),
	).Await(ctx)
	for _, o := range outcomes {
		if o.Err != nil {
			fmt.Println("failed:", o.Err)
		} else {
			fmt.Println("ok:", o.Value)
		}
	}
	// Output:
	// ok: users
	// failed: orders: unavailable
	// ok: stock
}

// Race takes the first mirror to answer and cancels the others.
func ExampleRace() {
	ctx := context.Background()
	eu := promise.Go(ctx, service("mirror-eu", time.Hour, false))
	us := promise.Go(ctx, service("mirror-us", time.Millisecond, false))
	asia := promise.Go(ctx, service("mirror-asia", time.Hour, false))
	fmt.Println(promise.Race(ctx, eu, us, asia).Await(ctx))
	_, errEU := eu.Await(ctx)
	_, errAsia := asia.Await(ctx)
	fmt.Println(errEU)
	fmt.Println(errors.Is(errAsia, promise.ErrAbandoned))
	// Output:
	// mirror-us <nil>
	// promise: result no longer needed
	// true
}

// Any takes the first success; only if all fail does it fail, with every error.
func ExampleAny() {
	ctx := context.Background()
	_, err := promise.Any(ctx,
		promise.Go(ctx, service("primary", 0, true)),
		promise.Go(ctx, service("replica", time.Millisecond, true)),
	).Await(ctx)
	fmt.Println(err)
	var agg *promise.AggregateError
	fmt.Println(errors.As(err, &agg), len(agg.Errors))
	// Output:
	// promise: all futures were rejected: primary: unavailable; replica: unavailable
	// true 2
}

// WithTimeout bounds a call; the slow call is cancelled when the time is up.
func ExampleWithTimeout() {
	ctx := context.Background()
	slow := promise.Go(ctx, service("report", time.Hour, false))
	_, err := promise.WithTimeout(ctx, slow, 10*time.Millisecond).Await(ctx)
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	// Output:
	// promise: timed out after 10ms: context deadline exceeded
	// true
}

// A Go host exposes an async Go function to a script and awaits the script's result.
// The Go function runs on its own goroutine; its error becomes a JS Error the script
// can catch.
func ExampleAsync1() {
	loop, err := eventloop.New()
	if err != nil {
		panic(err)
	}
	prices := map[string]float64{"apple": 0.5, "pear": 0.75}
	lookupPrice := promise.Async1(loop, func(ctx context.Context, sku string) (float64, error) {
		// A real binding would call a database here, honouring ctx.
		p, ok := prices[sku]
		if !ok {
			return 0, fmt.Errorf("unknown product %q", sku)
		}
		return p, nil
	}, promise.WithName("lookupPrice"))
	_ = loop.Runtime().Set("lookupPrice", lookupPrice)

	var result *promise.Future[string]
	_ = loop.Submit(func(rt *goja.Runtime) error {
		v, err := rt.RunString(`(async () => {
			const total = 4 * await lookupPrice('apple') + 2 * await lookupPrice('pear');
			let note = 'all found';
			try { await lookupPrice('kiwi') } catch (e) { note = e.message }
			return 'total ' + total.toFixed(2) + ', ' + note;
		})()`)
		if err != nil {
			return err
		}
		result = promise.FromJS[string](loop, v)
		return nil
	})
	ctx := context.Background()
	if err := loop.Run(ctx); err != nil {
		fmt.Println("run:", err)
		return
	}
	fmt.Println(result.Await(ctx))
	// Output: total 3.50, unknown product "kiwi" <nil>
}

// A Go channel is an async iterable for JS; the producer waits for the consumer.
func ExampleChanToJS() {
	loop, _ := eventloop.New()
	rt := loop.Runtime()
	// Bare goja has no Symbol.asyncIterator; the bindings install one like this.
	symbol := rt.Get("Symbol").(*goja.Object)
	_ = symbol.DefineDataProperty("asyncIterator", goja.NewSymbol("Symbol.asyncIterator"),
		goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = rt.Set("print", func(s string) { fmt.Println(s) })

	_ = loop.Submit(func(rt *goja.Runtime) error {
		events := make(chan string)
		it, stopped := promise.ChanToJS(loop, context.Background(), (<-chan string)(events))
		go func() {
			defer close(events)
			for _, e := range []string{"connected", "message", "disconnected"} {
				select {
				case events <- e:
				case <-stopped.Done():
					return
				}
			}
		}()
		_ = rt.Set("events", it)
		// for await (const e of events) print(e), as jsloop lowers it:
		_, err := rt.RunString(`(async () => {
			const it = events[Symbol.asyncIterator]();
			for (let r = await it.next(); !r.done; r = await it.next()) print('event: ' + r.value);
			print('stream closed');
		})()`)
		return err
	})
	_ = loop.Run(context.Background())
	// Output:
	// event: connected
	// event: message
	// event: disconnected
	// stream closed
}
