# platform: what MicroPython's unix port answers (platform(), python_compiler(), libc_ver()),
# from adder's sys.implementation (pure Python, frozen into adder).
import sys


def platform():
    v = sys.implementation.version
    ver = ".".join(str(x) for x in v[:3])
    return "%s-%s-%s" % (sys.implementation.name, ver, sys.platform)


def python_compiler():
    return "rustc"


def libc_ver():
    return ("glibc", "")


def system():
    return sys.platform.capitalize()


def python_implementation():
    return sys.implementation.name
