for v in (0, 1, 255, -255, 4096, 2 ** 40):
    print(f"{v:x} {v:X} {v:#x} {v:#X} {v:o} {v:#o} {v:b} {v:#b} {v:d}")
print(f"{255:08x} {255:#010x} {5:#06b} {-5:#06b}")
print(f"{65:c}", f"{0x263a:c}" if False else "skip")
print(f"{10:n}" if False else f"{10:d}")
