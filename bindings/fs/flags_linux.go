package fs

import "golang.org/x/sys/unix"

const (
	oNoatime = unix.O_NOATIME
	oDirect  = unix.O_DIRECT
)
