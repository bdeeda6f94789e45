import errno, os
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EACCES)
try:
    os.remove("/tmp/adder_no_such_file_ever_123456")
except OSError as e:
    print(e.args[0] == errno.ENOENT, e.errno == errno.ENOENT)
try:
    os.mkdir("/tmp")
except OSError as e:
    print(e.args[0] == errno.EEXIST)
