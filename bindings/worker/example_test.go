package worker_test

import (
	"context"
	"fmt"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/webapi"
	"github.com/jsloop/jsloop/bindings/worker"
	"github.com/jsloop/jsloop/eventloop"
)

// A value serialized in one runtime crosses to a loop on another goroutine, where it is
// rebuilt: what worker_threads does under postMessage.
func Example() {
	sender, receiver := worker.NewChannel()

	loop, err := eventloop.New()
	if err != nil {
		panic(err)
	}
	web := webapi.New(loop.Runtime(), webapi.Options{})
	_ = receiver.Attach(loop, worker.Receiver{
		Message: func(rt *goja.Runtime, m *webapi.Message) error {
			v := web.Deserialize(m, nil).ToObject(rt)
			fmt.Println("received", v.Get("greeting"), v.Get("list"))
			receiver.Close()
			return nil
		},
	})
	receiver.Start()

	go func() { // another goroutine, with a runtime of its own
		rt := goja.New()
		value, _ := rt.RunString(`({ greeting: 'hello', list: [1, 2, 3] })`)
		_ = sender.Post(webapi.New(rt, webapi.Options{}).Serialize(value, nil, nil))
	}()
	receiver.SetRef(true) // wait for the message
	_ = loop.Run(context.Background())
	// Output: received hello 1,2,3
}
