// Command gohello is the yardstick of bench/httpload: the same hello world as the JS
// servers, written directly on Go's net/http, which jsloop's server is built on. What
// it reaches on a machine bounds what any net/http-based server can reach there.
//
//	go run ./bench/httpload/servers/gohello 8200
package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	port := "8000"
	if len(os.Args) > 1 {
		port = os.Args[1]
	}
	body := []byte("Hello, world!")
	log.Fatal(http.ListenAndServe("127.0.0.1:"+port, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain;charset=UTF-8")
		_, _ = w.Write(body)
	})))
}
