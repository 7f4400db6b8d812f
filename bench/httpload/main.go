// Command httpload measures an HTTP server's throughput and latency: a fixed number of
// keep-alive clients send GET requests back to back for a fixed time, and it prints
// requests/s and the p50/p99/max latency.
//
//	go run ./bench/httpload -c 64 -d 10s http://127.0.0.1:8000/
//
// It is a closed loop (each client waits for its answer before sending again), so
// latency is what a client saw under that concurrency. Non-2xx answers and errors are
// counted apart and left out of the latency figures.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sync"
	"time"
)

func main() {
	conc := flag.Int("c", 64, "concurrent keep-alive clients")
	dur := flag.Duration("d", 10*time.Second, "how long to send")
	warm := flag.Duration("warmup", time.Second, "send for this long first, not measured")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: httpload [-c N] [-d DURATION] URL")
		os.Exit(2)
	}
	url := flag.Arg(0)
	tr := &http.Transport{MaxIdleConnsPerHost: *conc, MaxConnsPerHost: *conc, DisableCompression: true}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	if *warm > 0 {
		run(client, url, *conc, *warm)
	}
	r := run(client, url, *conc, *dur)
	fmt.Printf("%s c=%d d=%v: %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d ok, %d non-2xx, %d errors\n",
		url, *conc, *dur, float64(len(r.lat))/r.took.Seconds(), ms(r.pct(50)), ms(r.pct(99)), ms(r.pct(100)),
		len(r.lat), r.bad, r.errs)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

type result struct {
	lat       []time.Duration
	bad, errs int
	took      time.Duration
}

func (r *result) pct(p int) time.Duration {
	if len(r.lat) == 0 {
		return 0
	}
	i := (len(r.lat)*p + 99) / 100
	if i > 0 {
		i--
	}
	return r.lat[i]
}

func run(client *http.Client, url string, conc int, d time.Duration) *result {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var mu sync.Mutex
	total := &result{}
	var wg sync.WaitGroup
	start := time.Now()
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local result
			local.lat = make([]time.Duration, 0, 1<<14)
			for ctx.Err() == nil {
				t0 := time.Now()
				res, err := client.Get(url)
				if err != nil {
					local.errs++
					continue
				}
				_, err = io.Copy(io.Discard, res.Body)
				res.Body.Close()
				switch {
				case err != nil:
					local.errs++
				case res.StatusCode/100 != 2:
					local.bad++
				default:
					local.lat = append(local.lat, time.Since(t0))
				}
			}
			mu.Lock()
			total.lat = append(total.lat, local.lat...)
			total.bad += local.bad
			total.errs += local.errs
			mu.Unlock()
		}()
	}
	wg.Wait()
	total.took = time.Since(start)
	slices.Sort(total.lat)
	return total
}
