package fs

import (
	"golang.org/x/sys/unix"
)

// statPath stats path, following a final symlink unless lstat.
func statPath(path string, lstat bool) (statData, error) {
	var st unix.Stat_t
	err := ignoringEINTR(func() error {
		if lstat {
			return unix.Lstat(path, &st)
		}
		return unix.Stat(path, &st)
	})
	return fromStat(&st), err
}

// statFD stats an open descriptor.
func statFD(fd int) (statData, error) {
	var st unix.Stat_t
	err := ignoringEINTR(func() error { return unix.Fstat(fd, &st) })
	return fromStat(&st), err
}

func fromStat(st *unix.Stat_t) statData {
	return statData{
		dev: int64(st.Dev), mode: int64(st.Mode), nlink: int64(st.Nlink), uid: int64(st.Uid),
		gid: int64(st.Gid), rdev: int64(st.Rdev), blksize: int64(st.Blksize), ino: int64(st.Ino),
		size: st.Size, blocks: st.Blocks,
		atime: [2]int64{st.Atim.Sec, st.Atim.Nsec}, mtime: [2]int64{st.Mtim.Sec, st.Mtim.Nsec},
		ctime: [2]int64{st.Ctim.Sec, st.Ctim.Nsec}, birthtime: [2]int64{st.Btim.Sec, st.Btim.Nsec},
	}
}
