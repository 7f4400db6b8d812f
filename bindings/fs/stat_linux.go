package fs

import (
	"golang.org/x/sys/unix"
)

// statPath stats path (following a final symlink unless lstat) with statx, for the
// birth time Node reports; without statx (old kernels, seccomp) it falls back to
// stat(2) and reports ctime as the birth time, as libuv does.
func statPath(path string, lstat bool) (statData, error) {
	flags := unix.AT_STATX_SYNC_AS_STAT
	if lstat {
		flags |= unix.AT_SYMLINK_NOFOLLOW
	}
	return statx(unix.AT_FDCWD, path, flags, func(st *unix.Stat_t) error {
		if lstat {
			return unix.Lstat(path, st)
		}
		return unix.Stat(path, st)
	})
}

// statFD stats an open descriptor.
func statFD(fd int) (statData, error) {
	return statx(fd, "", unix.AT_EMPTY_PATH|unix.AT_STATX_SYNC_AS_STAT, func(st *unix.Stat_t) error {
		return unix.Fstat(fd, st)
	})
}

func statx(dirfd int, path string, flags int, fallback func(*unix.Stat_t) error) (statData, error) {
	var sx unix.Statx_t
	err := ignoringEINTR(func() error {
		return unix.Statx(dirfd, path, flags, unix.STATX_BASIC_STATS|unix.STATX_BTIME, &sx)
	})
	if err == unix.ENOSYS || err == unix.EPERM {
		var st unix.Stat_t
		if err := ignoringEINTR(func() error { return fallback(&st) }); err != nil {
			return statData{}, err
		}
		return statData{
			dev: int64(st.Dev), mode: int64(st.Mode), nlink: int64(st.Nlink), uid: int64(st.Uid),
			gid: int64(st.Gid), rdev: int64(st.Rdev), blksize: int64(st.Blksize), ino: int64(st.Ino),
			size: st.Size, blocks: st.Blocks,
			atime: [2]int64{st.Atim.Sec, st.Atim.Nsec}, mtime: [2]int64{st.Mtim.Sec, st.Mtim.Nsec},
			ctime: [2]int64{st.Ctim.Sec, st.Ctim.Nsec}, birthtime: [2]int64{st.Ctim.Sec, st.Ctim.Nsec},
		}, nil
	}
	if err != nil {
		return statData{}, err
	}
	return statData{
		dev: int64(unix.Mkdev(sx.Dev_major, sx.Dev_minor)), mode: int64(sx.Mode), nlink: int64(sx.Nlink),
		uid: int64(sx.Uid), gid: int64(sx.Gid), rdev: int64(unix.Mkdev(sx.Rdev_major, sx.Rdev_minor)),
		blksize: int64(sx.Blksize), ino: int64(sx.Ino), size: int64(sx.Size), blocks: int64(sx.Blocks),
		atime: [2]int64{sx.Atime.Sec, int64(sx.Atime.Nsec)}, mtime: [2]int64{sx.Mtime.Sec, int64(sx.Mtime.Nsec)},
		ctime: [2]int64{sx.Ctime.Sec, int64(sx.Ctime.Nsec)}, birthtime: [2]int64{sx.Btime.Sec, int64(sx.Btime.Nsec)},
	}, nil
}
