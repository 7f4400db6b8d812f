package promise

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestThen(t *testing.T) {
	tests := []struct {
		name    string
		src     *Future[int]
		fn      func(int) (string, error)
		want    string
		wantErr error
		called  bool
	}{
		{"value", Resolved(2), func(v int) (string, error) { return fmt.Sprint(v * 2), nil }, "4", nil, true},
		{"fn fails", Resolved(2), func(int) (string, error) { return "x", errBoom }, "", errBoom, true},
		{"source rejected", Rejected[int](errBoom), func(int) (string, error) { return "x", nil }, "", errBoom, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			called := false
			fn := func(v int) (string, error) { called = true; return tt.fn(v) }
			v, err := Then(tt.src, fn).Result()
			require.Equal(t, tt.want, v)
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.wantErr)
			}
			require.Equal(t, tt.called, called)
		})
	}
}

func TestCompose(t *testing.T) {
	double := func(v int) *Future[int] { return Resolved(v * 2) }
	tests := []struct {
		name    string
		src     *Future[int]
		fn      func(int) *Future[int]
		want    int
		wantErr error
	}{
		{"chain", Resolved(3), double, 6, nil},
		{"source rejected", Rejected[int](errBoom), double, 0, errBoom},
		{"inner rejected", Resolved(3), func(int) *Future[int] { return Rejected[int](errOther) }, 0, errOther},
		{"nil future", Resolved(3), func(int) *Future[int] { return nil }, 0, ErrNilFuture},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Compose(tt.src, tt.fn).Result()
			require.Equal(t, tt.want, v)
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.wantErr)
			}
		})
	}
	t.Run("pending inner", func(t *testing.T) {
		inner := New[int]()
		out := Compose(Resolved(1), func(int) *Future[int] { return inner })
		requirePending(t, out)
		inner.Resolve(9)
		v, err := out.Result()
		require.NoError(t, err)
		require.Equal(t, 9, v)
	})
	t.Run("cancelling the result cancels the inner future", func(t *testing.T) {
		checkLeaks(t)
		cause := make(chan error, 1)
		out := Compose(Resolved(1), func(int) *Future[int] {
			return Go(context.Background(), func(ctx context.Context) (int, error) {
				<-ctx.Done()
				cause <- context.Cause(ctx)
				return 0, ctx.Err()
			})
		})
		out.Cancel(errOther)
		require.ErrorIs(t, <-cause, errOther)
	})
}

func TestCombine(t *testing.T) {
	join := func(a int, b string) (string, error) { return fmt.Sprint(a, b), nil }
	t.Run("both", func(t *testing.T) {
		a, b := New[int](), New[string]()
		out := Combine(a, b, join)
		b.Resolve("x")
		requirePending(t, out)
		a.Resolve(1)
		v, err := out.Result()
		require.NoError(t, err)
		require.Equal(t, "1x", v)
	})
	t.Run("first error in time", func(t *testing.T) {
		a, b := New[int](), New[string]()
		out := Combine(a, b, join)
		b.Reject(errOther)
		a.Reject(errBoom)
		_, err := out.Result()
		require.ErrorIs(t, err, errOther)
	})
	t.Run("fn fails", func(t *testing.T) {
		out := Combine(Resolved(1), Resolved("x"), func(int, string) (string, error) { return "", errBoom })
		_, err := out.Result()
		require.ErrorIs(t, err, errBoom)
	})
	t.Run("concurrent", func(t *testing.T) {
		checkLeaks(t)
		for range 100 {
			a, b := New[int](), New[string]()
			out := Combine(a, b, join)
			go a.Resolve(2)
			go b.Resolve("y")
			v, err := await(t, out)
			require.NoError(t, err)
			require.Equal(t, "2y", v)
		}
	})
}

func TestExceptionally(t *testing.T) {
	recoverWith := func(v int) func(error) (int, error) {
		return func(error) (int, error) { return v, nil }
	}
	tests := []struct {
		name    string
		src     *Future[int]
		fn      func(error) (int, error)
		want    int
		wantErr error
	}{
		{"passes values", Resolved(1), recoverWith(9), 1, nil},
		{"recovers", Rejected[int](errBoom), recoverWith(9), 9, nil},
		{"rethrows", Rejected[int](errBoom), func(err error) (int, error) { return 0, fmt.Errorf("wrapped: %w", err) }, 0, errBoom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Exceptionally(tt.src, tt.fn).Result()
			require.Equal(t, tt.want, v)
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.wantErr)
			}
		})
	}
}

func TestHandleAndWhenComplete(t *testing.T) {
	describe := func(v int, err error) (string, error) {
		if err != nil {
			return "failed: " + err.Error(), nil
		}
		return fmt.Sprint("got ", v), nil
	}
	v, err := Handle(Resolved(1), describe).Result()
	require.NoError(t, err)
	require.Equal(t, "got 1", v)
	v, err = Handle(Rejected[int](errBoom), describe).Result()
	require.NoError(t, err)
	require.Equal(t, "failed: boom", v)

	var seen error
	_, err = WhenComplete(Rejected[int](errBoom), func(_ int, err error) { seen = err }).Result()
	require.ErrorIs(t, err, errBoom)
	require.ErrorIs(t, seen, errBoom)
	n, err := WhenComplete(Resolved(5), func(int, error) {}).Result()
	require.NoError(t, err)
	require.Equal(t, 5, n)
}

// Cancelling a derived future leaves its source alone.
func TestDerivedCancelDoesNotCancelSource(t *testing.T) {
	src := New[int]()
	d := Then(src, func(v int) (int, error) { return v, nil })
	d.Cancel(nil)
	requirePending(t, src)
	_, err := d.Result()
	require.True(t, errors.Is(err, context.Canceled))
}
