package fs

// Darwin has neither O_NOATIME nor O_DIRECT; Node omits them there.
const (
	oNoatime = 0
	oDirect  = 0
)
