package fs

// SetBeforeOp installs a hook that runs on the goroutine of each asynchronous
// operation before it starts (tests use it to hold an operation pending).
func (m *Module) SetBeforeOp(fn func(op string)) { m.beforeOp = fn }
