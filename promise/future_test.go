package promise

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

var (
	errBoom  = errors.New("boom")
	errOther = errors.New("other")
)

func TestSettleOnce(t *testing.T) {
	tests := []struct {
		name      string
		first     func(f *Future[int]) bool
		second    func(f *Future[int]) bool
		wantValue int
		wantErr   error
	}{
		{"resolve then resolve", func(f *Future[int]) bool { return f.Resolve(1) }, func(f *Future[int]) bool { return f.Resolve(2) }, 1, nil},
		{"resolve then reject", func(f *Future[int]) bool { return f.Resolve(1) }, func(f *Future[int]) bool { return f.Reject(errBoom) }, 1, nil},
		{"reject then resolve", func(f *Future[int]) bool { return f.Reject(errBoom) }, func(f *Future[int]) bool { return f.Resolve(2) }, 0, errBoom},
		{"reject then cancel", func(f *Future[int]) bool { return f.Reject(errBoom) }, func(f *Future[int]) bool { return f.Cancel(errOther) }, 0, errBoom},
		{"cancel then resolve", func(f *Future[int]) bool { return f.Cancel(nil) }, func(f *Future[int]) bool { return f.Resolve(2) }, 0, context.Canceled},
		{"settle error then settle value", func(f *Future[int]) bool { return f.Settle(7, errBoom) }, func(f *Future[int]) bool { return f.Settle(2, nil) }, 0, errBoom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := New[int]()
			calls := 0
			f.subscribe(func(int, error) { calls++ })
			require.True(t, tt.first(f))
			require.False(t, tt.second(f))
			v, err := f.Result()
			require.Equal(t, tt.wantValue, v)
			require.ErrorIs(t, err, tt.wantErr)
			if tt.wantErr == nil {
				require.NoError(t, err)
			}
			require.Equal(t, 1, calls)
		})
	}
}

func TestZeroValueFuture(t *testing.T) {
	var f Future[string]
	done := f.Done()
	requirePending(t, &f)
	require.True(t, f.Resolve("ok"))
	<-done
	v, err := f.Result()
	require.NoError(t, err)
	require.Equal(t, "ok", v)
	<-f.Done() // a Done made after settling is closed too
}

func TestRejectNil(t *testing.T) {
	f := Rejected[int](nil)
	_, err := f.Result()
	require.ErrorIs(t, err, ErrNilError)
}

func TestConcurrentSettle(t *testing.T) {
	checkLeaks(t)
	f := New[int]()
	var calls atomic.Int32
	Handle(f, func(int, error) (int, error) { calls.Add(1); return 0, nil })
	WhenComplete(f, func(int, error) { calls.Add(1) })
	var wins atomic.Int32
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			var won bool
			switch i % 3 {
			case 0:
				won = f.Resolve(i)
			case 1:
				won = f.Reject(errBoom)
			default:
				won = f.Cancel(errOther)
			}
			if won {
				wins.Add(1)
			}
			_, _ = f.Result()
			<-f.Done()
		}()
	}
	close(start)
	wg.Wait()
	require.Equal(t, int32(1), wins.Load())
	require.Equal(t, int32(2), calls.Load())
	v1, err1 := f.Result()
	v2, err2 := f.Result()
	require.Equal(t, v1, v2)
	require.Equal(t, err1, err2)
}

func TestAwait(t *testing.T) {
	t.Run("settled", func(t *testing.T) {
		v, err := Resolved(3).Await(context.Background())
		require.NoError(t, err)
		require.Equal(t, 3, v)
	})
	t.Run("settled beats a done context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		v, err := Resolved(3).Await(ctx)
		require.NoError(t, err)
		require.Equal(t, 3, v)
	})
	t.Run("context done first", func(t *testing.T) {
		f := New[int]()
		ctx, cancel := context.WithCancelCause(context.Background())
		cancel(errOther)
		v, err := f.Await(ctx)
		require.Equal(t, 0, v)
		require.ErrorIs(t, err, errOther)
		requirePending(t, f) // unaffected
		require.True(t, f.Resolve(4))
		v, err = f.Await(context.Background())
		require.NoError(t, err)
		require.Equal(t, 4, v)
	})
	t.Run("resolved from another goroutine", func(t *testing.T) {
		checkLeaks(t)
		f := New[int]()
		go f.Resolve(5)
		v, err := await(t, f)
		require.NoError(t, err)
		require.Equal(t, 5, v)
	})
}

func TestResultPending(t *testing.T) {
	_, err := New[int]().Result()
	require.ErrorIs(t, err, ErrPending)
}

func TestGo(t *testing.T) {
	t.Run("result", func(t *testing.T) {
		checkLeaks(t)
		f := Go(context.Background(), func(context.Context) (int, error) { return 42, nil })
		v, err := await(t, f)
		require.NoError(t, err)
		require.Equal(t, 42, v)
	})
	// Settling the future from outside cancels the work's context, with a cause.
	tests := []struct {
		name   string
		settle func(f *Future[int])
		cause  error
	}{
		{"cancel", func(f *Future[int]) { f.Cancel(errOther) }, errOther},
		{"cancel nil", func(f *Future[int]) { f.Cancel(nil) }, context.Canceled},
		{"reject", func(f *Future[int]) { f.Reject(errBoom) }, errBoom},
		{"resolve", func(f *Future[int]) { f.Resolve(1) }, ErrAbandoned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLeaks(t)
			started := make(chan struct{})
			cause := make(chan error, 1)
			f := Go(context.Background(), func(ctx context.Context) (int, error) {
				close(started)
				<-ctx.Done()
				cause <- context.Cause(ctx)
				return 0, ctx.Err()
			})
			<-started
			tt.settle(f)
			require.ErrorIs(t, <-cause, tt.cause)
		})
	}
	t.Run("parent context", func(t *testing.T) {
		checkLeaks(t)
		ctx, cancel := context.WithCancelCause(context.Background())
		f := Go(ctx, func(ctx context.Context) (int, error) {
			<-ctx.Done()
			return 0, context.Cause(ctx)
		})
		cancel(errOther)
		_, err := await(t, f)
		require.ErrorIs(t, err, errOther)
	})
}

// Callbacks run synchronously on the settling goroutine: done before Resolve returns.
func TestCallbackGoroutine(t *testing.T) {
	f := New[int]()
	ran := false
	g := Then(f, func(v int) (int, error) { ran = true; return v * 2, nil })
	require.False(t, ran)
	f.Resolve(21)
	require.True(t, ran)
	requireSettled(t, g)
	// Registered after settling: runs at once on the registering goroutine.
	ran2 := false
	WhenComplete(f, func(int, error) { ran2 = true })
	require.True(t, ran2)
}
