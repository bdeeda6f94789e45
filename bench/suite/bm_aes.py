# AES-128 in pure Python on bytearrays: the S-box is derived from GF(2^8)
# inverses plus the affine map, the key schedule is expanded once, and a
# buffer is encrypted in CTR mode (block-wise: SubBytes, ShiftRows,
# MixColumns, AddRoundKey), then decrypted again.  The cipher is checked
# against the FIPS-197 example vector.  Output: a checksum and the first and
# last ciphertext bytes in hex.


def xtime(a):
    a <<= 1
    if a & 0x100:
        a ^= 0x11B
    return a


def gmul(a, b):
    p = 0
    while b:
        if b & 1:
            p ^= a
        a = xtime(a)
        b >>= 1
    return p


def make_sbox():
    # multiplicative inverses via exp/log tables with generator 3
    exp = [0] * 512
    log = [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x ^= xtime(x)  # multiply by 3
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    sbox = bytearray(256)
    for a in range(256):
        inv = 0 if a == 0 else exp[255 - log[a]]
        s = inv
        r = inv
        for _ in range(4):
            r = ((r << 1) | (r >> 7)) & 0xFF
            s ^= r
        sbox[a] = s ^ 0x63
    return sbox


SBOX = make_sbox()
MUL2 = bytearray([xtime(i) & 0xFF for i in range(256)])
MUL3 = bytearray([(xtime(i) ^ i) & 0xFF for i in range(256)])
RCON = (0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1B, 0x36)


def expand_key(key):
    w = bytearray(176)
    w[0:16] = key
    for i in range(4, 44):
        t0 = w[4 * i - 4]
        t1 = w[4 * i - 3]
        t2 = w[4 * i - 2]
        t3 = w[4 * i - 1]
        if i % 4 == 0:
            t0, t1, t2, t3 = SBOX[t1] ^ RCON[i // 4 - 1], SBOX[t2], SBOX[t3], SBOX[t0]
        j = 4 * i
        w[j] = w[j - 16] ^ t0
        w[j + 1] = w[j - 15] ^ t1
        w[j + 2] = w[j - 14] ^ t2
        w[j + 3] = w[j - 13] ^ t3
    return w


def add_round_key(st, rk, off):
    for i in range(16):
        st[i] ^= rk[off + i]


def sub_shift(st, tmp):
    # SubBytes + ShiftRows; state is column-major (st[4*c + r])
    sb = SBOX
    for c in range(4):
        for r in range(4):
            tmp[4 * c + r] = sb[st[4 * ((c + r) & 3) + r]]
    st[:] = tmp


def mix_columns(st):
    m2 = MUL2
    m3 = MUL3
    for c in range(0, 16, 4):
        a0 = st[c]
        a1 = st[c + 1]
        a2 = st[c + 2]
        a3 = st[c + 3]
        st[c] = m2[a0] ^ m3[a1] ^ a2 ^ a3
        st[c + 1] = a0 ^ m2[a1] ^ m3[a2] ^ a3
        st[c + 2] = a0 ^ a1 ^ m2[a2] ^ m3[a3]
        st[c + 3] = m3[a0] ^ a1 ^ a2 ^ m2[a3]


def encrypt_block(rk, block):
    st = bytearray(block)
    tmp = bytearray(16)
    add_round_key(st, rk, 0)
    for rnd in range(1, 10):
        sub_shift(st, tmp)
        mix_columns(st)
        add_round_key(st, rk, 16 * rnd)
    sub_shift(st, tmp)
    add_round_key(st, rk, 160)
    return st


def ctr_crypt(rk, nonce, data):
    out = bytearray(len(data))
    ctr = bytearray(16)
    ctr[0:8] = nonce
    n = 0
    for off in range(0, len(data), 16):
        v = n
        for i in range(15, 7, -1):
            ctr[i] = v & 0xFF
            v >>= 8
        ks = encrypt_block(rk, ctr)
        end = off + 16
        if end > len(data):
            end = len(data)
        for i in range(off, end):
            out[i] = data[i] ^ ks[i - off]
        n += 1
    return out


def to_hex(b):
    return "".join(["%02x" % x for x in b])


def self_test():
    key = bytearray(range(16))
    pt = bytearray([0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                    0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF])
    ct = encrypt_block(expand_key(key), pt)
    return to_hex(ct) == "69c4e0d86a7b0430d8cdb78070b4c55a"


def make_data(n):
    d = bytearray(n)
    s = 7
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x3FFFFFFF
        d[i] = (s >> 16) & 0xFF
    return d


bm_params = {
    (50, 10): (1, 64),
    (100, 10): (1, 512),
    (1000, 1000): (24, 4096),
    (5000, 1000): (120, 4096),
}


def bm_setup(params):
    reps, nbytes = params
    data = make_data(nbytes)
    key = bytearray(b"adder-bench-key!")
    nonce = bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x08")
    state = [None]

    def run():
        ok = self_test()
        rk = expand_key(key)
        ct = None
        good = True
        for _ in range(reps):
            ct = ctr_crypt(rk, nonce, data)
            pt = ctr_crypt(rk, nonce, ct)
            good = good and pt == data
        state[0] = (ok, good, ct)

    def result():
        ok, good, ct = state[0]
        s = 0
        for b in ct:
            s = (s * 131 + b) & 0x3FFFFFFF
        return reps * nbytes * 2, (ok, good, s, to_hex(ct[:8]), to_hex(ct[-8:]))

    return run, result
