import errno
for name in ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC", "ENOTEMPTY", "ETIMEDOUT", "ECONNRESET"]:
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v])
try:
    open("/nonexistent_dir_adder/x")
except OSError as e:
    print(e.errno == errno.ENOENT, isinstance(e, FileNotFoundError))
try:
    open(".", "r").read()
except OSError as e:
    print(e.errno == errno.EISDIR, isinstance(e, IsADirectoryError))
