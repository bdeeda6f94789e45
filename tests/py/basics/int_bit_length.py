for v in (0, 1, 2, 3, 255, 256, -1, -255, -256, 2 ** 31, 2 ** 63, 2 ** 64, -(2 ** 100), 10 ** 30):
    print(v, v.bit_length())
print((5).bit_length(), True.bit_length())
