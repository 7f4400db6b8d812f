package promise

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// worker is fake work behind a future made by Go: it waits until released (then
// returns its value or error) or until its context ends (then records the cause).
type worker struct {
	release chan struct{}
	cause   chan error
	started chan struct{}
}

func startWorker(ctx context.Context, v int, err error) (*Future[int], *worker) {
	w := &worker{release: make(chan struct{}), cause: make(chan error, 1), started: make(chan struct{})}
	f := Go(ctx, func(ctx context.Context) (int, error) {
		close(w.started)
		select {
		case <-w.release:
			return v, err
		case <-ctx.Done():
			w.cause <- context.Cause(ctx)
			return 0, ctx.Err()
		}
	})
	<-w.started
	return f, w
}

func (w *worker) finish() { close(w.release) }

// requireCancelled checks the worker's context ended with a cause matching all of want.
func (w *worker) requireCancelled(t *testing.T, want ...error) {
	t.Helper()
	select {
	case cause := <-w.cause:
		for _, target := range want {
			require.ErrorIs(t, cause, target)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("worker's context was not cancelled")
	}
}

func TestAll(t *testing.T) {
	t.Run("input order, whatever the settling order", func(t *testing.T) {
		fs := []*Future[int]{New[int](), New[int](), New[int]()}
		out := All(context.Background(), fs...)
		fs[2].Resolve(3)
		fs[0].Resolve(1)
		requirePending(t, out)
		fs[1].Resolve(2)
		v, err := out.Result()
		require.NoError(t, err)
		require.Equal(t, []int{1, 2, 3}, v)
	})
	t.Run("empty", func(t *testing.T) {
		v, err := All[int](context.Background()).Result()
		require.NoError(t, err)
		require.Equal(t, []int{}, v)
	})
	t.Run("fails fast and cancels the others", func(t *testing.T) {
		checkLeaks(t)
		ctx := context.Background()
		a, wa := startWorker(ctx, 1, nil)
		b, wb := startWorker(ctx, 0, errBoom)
		c, wc := startWorker(ctx, 3, nil)
		out := All(ctx, a, b, c)
		wb.finish()
		_, err := await(t, out)
		require.ErrorIs(t, err, errBoom)
		wa.requireCancelled(t, ErrAbandoned, errBoom)
		wc.requireCancelled(t, ErrAbandoned, errBoom)
		_, err = a.Result()
		require.ErrorIs(t, err, ErrAbandoned)
	})
	t.Run("first error in time wins", func(t *testing.T) {
		fs := []*Future[int]{New[int](), New[int](), New[int]()}
		out := All(context.Background(), fs...)
		fs[2].Reject(errOther)
		fs[0].Reject(errBoom) // already cancelled: a no-op
		_, err := out.Result()
		require.ErrorIs(t, err, errOther)
		_, err = fs[0].Result()
		require.ErrorIs(t, err, ErrAbandoned)
		require.ErrorIs(t, err, errOther)
	})
	t.Run("context ends first", func(t *testing.T) {
		checkLeaks(t)
		ctx, cancel := context.WithCancelCause(context.Background())
		a, wa := startWorker(context.Background(), 1, nil)
		out := All(ctx, a, Resolved(2))
		cancel(errOther)
		_, err := await(t, out)
		require.ErrorIs(t, err, errOther)
		wa.requireCancelled(t, errOther)
	})
	t.Run("many goroutines", func(t *testing.T) {
		checkLeaks(t)
		fs := make([]*Future[int], 1000)
		for i := range fs {
			fs[i] = Go(context.Background(), func(context.Context) (int, error) { return i, nil })
		}
		v, err := await(t, All(context.Background(), fs...))
		require.NoError(t, err)
		for i := range v {
			require.Equal(t, i, v[i])
		}
	})
}

func TestAllSettled(t *testing.T) {
	t.Run("outcomes in input order", func(t *testing.T) {
		fs := []*Future[int]{New[int](), New[int](), New[int]()}
		out := AllSettled(context.Background(), fs...)
		fs[1].Reject(errBoom)
		fs[2].Resolve(3)
		requirePending(t, out)
		fs[0].Resolve(1)
		v, err := out.Result()
		require.NoError(t, err)
		require.Equal(t, []Outcome[int]{{Value: 1}, {Err: errBoom}, {Value: 3}}, v)
	})
	t.Run("empty", func(t *testing.T) {
		v, err := AllSettled[int](context.Background()).Result()
		require.NoError(t, err)
		require.Empty(t, v)
	})
	t.Run("context ends first", func(t *testing.T) {
		checkLeaks(t)
		ctx, cancel := context.WithCancelCause(context.Background())
		a, wa := startWorker(context.Background(), 1, nil)
		out := AllSettled(ctx, Resolved(0), a)
		cancel(errOther)
		v, err := await(t, out)
		require.NoError(t, err)
		require.Equal(t, Outcome[int]{Value: 0}, v[0])
		require.ErrorIs(t, v[1].Err, errOther)
		wa.requireCancelled(t, errOther)
	})
}

func TestRace(t *testing.T) {
	tests := []struct {
		name    string
		winner  func(f *Future[int])
		want    int
		wantErr error
	}{
		{"first value", func(f *Future[int]) { f.Resolve(7) }, 7, nil},
		{"first error", func(f *Future[int]) { f.Reject(errBoom) }, 0, errBoom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLeaks(t)
			a, wa := startWorker(context.Background(), 1, nil)
			b := New[int]()
			c, wc := startWorker(context.Background(), 3, nil)
			out := Race(context.Background(), a, b, c)
			tt.winner(b)
			v, err := out.Result()
			require.Equal(t, tt.want, v)
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.wantErr)
			}
			wa.requireCancelled(t, ErrAbandoned)
			wc.requireCancelled(t, ErrAbandoned)
		})
	}
	t.Run("empty", func(t *testing.T) {
		_, err := Race[int](context.Background()).Result()
		require.ErrorIs(t, err, ErrNoFutures)
	})
	t.Run("context ends first", func(t *testing.T) {
		checkLeaks(t)
		ctx, cancel := context.WithCancelCause(context.Background())
		a, wa := startWorker(context.Background(), 1, nil)
		out := Race(ctx, a)
		cancel(errOther)
		_, err := await(t, out)
		require.ErrorIs(t, err, errOther)
		wa.requireCancelled(t, errOther)
	})
}

func TestAny(t *testing.T) {
	t.Run("first success, losers cancelled", func(t *testing.T) {
		checkLeaks(t)
		a := New[int]()
		b, wb := startWorker(context.Background(), 2, nil)
		c := New[int]()
		out := Any(context.Background(), a, b, c)
		a.Reject(errBoom)
		requirePending(t, out)
		c.Resolve(3)
		v, err := out.Result()
		require.NoError(t, err)
		require.Equal(t, 3, v)
		wb.requireCancelled(t, ErrAbandoned)
	})
	t.Run("aggregate error in input order", func(t *testing.T) {
		errs := []error{errors.New("a"), errors.New("b"), errors.New("c")}
		fs := []*Future[int]{New[int](), New[int](), New[int]()}
		out := Any(context.Background(), fs...)
		for i := len(fs) - 1; i >= 0; i-- { // settle in reverse order
			fs[i].Reject(errs[i])
		}
		_, err := out.Result()
		require.ErrorIs(t, err, ErrAllRejected)
		var agg *AggregateError
		require.ErrorAs(t, err, &agg)
		require.Equal(t, errs, agg.Errors)
		for _, e := range errs {
			require.ErrorIs(t, err, e)
		}
		require.Equal(t, "promise: all futures were rejected: a; b; c", err.Error())
	})
	t.Run("empty", func(t *testing.T) {
		_, err := Any[int](context.Background()).Result()
		require.ErrorIs(t, err, ErrAllRejected)
	})
	t.Run("context ends first", func(t *testing.T) {
		checkLeaks(t)
		ctx, cancel := context.WithCancelCause(context.Background())
		a, wa := startWorker(context.Background(), 1, nil)
		out := Any(ctx, a)
		cancel(errOther)
		_, err := await(t, out)
		require.ErrorIs(t, err, errOther)
		wa.requireCancelled(t, errOther)
	})
}

// fakeTimer stands in for time.AfterFunc.
type fakeTimer struct {
	mu      sync.Mutex
	fire    func()
	d       time.Duration
	stopped bool
}

func (ft *fakeTimer) afterFunc(d time.Duration, fn func()) func() bool {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	ft.d, ft.fire = d, fn
	return func() bool {
		ft.mu.Lock()
		defer ft.mu.Unlock()
		was := !ft.stopped
		ft.stopped = true
		return was
	}
}

func (ft *fakeTimer) isStopped() bool {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	return ft.stopped
}

func TestWithTimeout(t *testing.T) {
	t.Run("fires", func(t *testing.T) {
		checkLeaks(t)
		a, wa := startWorker(context.Background(), 1, nil)
		out := WithTimeout(context.Background(), a, 5*time.Millisecond)
		_, err := await(t, out)
		require.ErrorIs(t, err, ErrTimeout)
		require.ErrorIs(t, err, context.DeadlineExceeded)
		require.Contains(t, err.Error(), "5ms")
		wa.requireCancelled(t, ErrTimeout, context.DeadlineExceeded)
	})
	t.Run("fires with a fake timer", func(t *testing.T) {
		var ft fakeTimer
		f := New[int]()
		out := withTimeout(context.Background(), f, time.Second, ft.afterFunc)
		require.Equal(t, time.Second, ft.d)
		ft.fire()
		_, err := out.Result()
		require.ErrorIs(t, err, context.DeadlineExceeded)
		_, err = f.Result()
		require.ErrorIs(t, err, ErrTimeout)
		require.True(t, ft.isStopped())
	})
	t.Run("does not fire, timer stopped", func(t *testing.T) {
		var ft fakeTimer
		f := New[int]()
		out := withTimeout(context.Background(), f, time.Hour, ft.afterFunc)
		require.False(t, ft.isStopped())
		f.Resolve(8)
		require.True(t, ft.isStopped())
		v, err := out.Result()
		require.NoError(t, err)
		require.Equal(t, 8, v)
	})
	t.Run("real timer does not fire", func(t *testing.T) {
		checkLeaks(t)
		a, wa := startWorker(context.Background(), 9, nil)
		out := WithTimeout(context.Background(), a, time.Hour)
		wa.finish()
		v, err := await(t, out)
		require.NoError(t, err)
		require.Equal(t, 9, v)
	})
	t.Run("already settled", func(t *testing.T) {
		var ft fakeTimer
		v, err := withTimeout(context.Background(), Resolved(1), time.Hour, ft.afterFunc).Result()
		require.NoError(t, err)
		require.Equal(t, 1, v)
		require.Nil(t, ft.fire, "no timer for a settled future")
	})
	t.Run("context ends first", func(t *testing.T) {
		checkLeaks(t)
		var ft fakeTimer
		ctx, cancel := context.WithCancelCause(context.Background())
		a, wa := startWorker(context.Background(), 1, nil)
		out := withTimeout(ctx, a, time.Hour, ft.afterFunc)
		cancel(errOther)
		_, err := await(t, out)
		require.ErrorIs(t, err, errOther)
		wa.requireCancelled(t, errOther)
		require.True(t, ft.isStopped())
	})
}
