# Pystone-style workload: the Dhrystone recipe (records linked by pointers,
# small procedures with in/out parameters, module-level globals, char and
# string comparisons, 1-D and 2-D arrays), written out here from the
# published algorithm description.  Output: the final global state.

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = 1, 2, 3, 4, 5


class Rec:
    def __init__(self, ptr=None, discr=0, enum=0, num=0, text=""):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.num = num
        self.text = text

    def clone(self):
        return Rec(self.ptr, self.discr, self.enum, self.num, self.text)


g_int = 0
g_bool = False
g_ch1 = "\0"
g_ch2 = "\0"
g_arr1 = [0] * 51
g_arr2 = [[0] * 51 for _ in range(51)]
g_rec = None
g_rec_next = None


def reset():
    global g_int, g_bool, g_ch1, g_ch2, g_arr1, g_arr2, g_rec, g_rec_next
    g_int = 0
    g_bool = False
    g_ch1 = "\0"
    g_ch2 = "\0"
    g_arr1 = [0] * 51
    g_arr2 = [[0] * 51 for _ in range(51)]
    g_rec = None
    g_rec_next = None


def main_loop(loops):
    global g_rec, g_rec_next, g_bool
    g_rec_next = Rec()
    g_rec = Rec(g_rec_next, IDENT1, IDENT3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    g_arr2[8][7] = 10
    i1 = i2 = i3 = 0
    for _ in range(loops):
        proc5()
        proc4()
        i1 = 2
        i2 = 3
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        en = IDENT2
        g_bool = not func2(s1, s2)
        while i1 < i2:
            i3 = 5 * i1 - i2
            i3 = proc7(i1, i2)
            i1 = i1 + 1
        proc8(g_arr1, g_arr2, i1, i3)
        g_rec = proc1(g_rec)
        ch = "A"
        while ch <= g_ch2:
            if en == func1(ch, "C"):
                en = proc6(IDENT1)
            ch = chr(ord(ch) + 1)
        i3 = i2 * i1
        i2 = i3 // i1
        i2 = 7 * (i3 - i2) - i1
        i1 = proc2(i1)
    return i1, i2, i3


def proc1(rec_in):
    nxt = rec_in.ptr = g_rec.clone()
    rec_in.num = 5
    nxt.num = rec_in.num
    nxt.ptr = rec_in.ptr
    nxt.ptr = proc3(nxt.ptr)
    if nxt.discr == IDENT1:
        nxt.num = 6
        nxt.enum = proc6(rec_in.enum)
        nxt.ptr = g_rec.ptr
        nxt.num = proc7(nxt.num, 10)
    else:
        rec_in = nxt.clone()
    nxt.ptr = None
    return rec_in


def proc2(io):
    loc = io + 10
    while True:
        if g_ch1 == "A":
            loc = loc - 1
            io = loc - g_int
            en = IDENT1
        if en == IDENT1:
            break
    return io


def proc3(out):
    global g_int
    if g_rec is not None:
        out = g_rec.ptr
    else:
        g_int = 100
    g_rec.num = proc7(10, g_int)
    return out


def proc4():
    global g_ch2
    b = g_ch1 == "A"
    b = b or g_bool
    g_ch2 = "B"


def proc5():
    global g_ch1, g_bool
    g_ch1 = "A"
    g_bool = False


def proc6(en_in):
    en_out = en_in
    if not func3(en_in):
        en_out = IDENT4
    if en_in == IDENT1:
        en_out = IDENT1
    elif en_in == IDENT2:
        if g_int > 100:
            en_out = IDENT1
        else:
            en_out = IDENT4
    elif en_in == IDENT3:
        en_out = IDENT2
    elif en_in == IDENT4:
        pass
    elif en_in == IDENT5:
        en_out = IDENT3
    return en_out


def proc7(a, b):
    loc = a + 2
    return b + loc


def proc8(arr1, arr2, p1, p2):
    global g_int
    loc = p1 + 5
    arr1[loc] = p2
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    for k in range(loc, loc + 2):
        arr2[loc][k] = loc
    arr2[loc][loc - 1] = arr2[loc][loc - 1] + 1
    arr2[loc + 20][loc] = arr1[loc]
    g_int = 5


def func1(c1, c2):
    l1 = c1
    l2 = l1
    if l2 != c2:
        return IDENT1
    return IDENT2


def func2(s1, s2):
    k = 1
    cl = "\0"
    while k <= 1:
        if func1(s1[k], s2[k + 1]) == IDENT1:
            cl = "A"
            k = k + 1
    if "W" <= cl <= "Z":
        k = 7
    if cl == "X":
        return True
    if s1 > s2:
        k = k + 7
        return True
    return False


def func3(en):
    return en == IDENT3


bm_params = {
    (50, 10): 200,
    (100, 10): 5000,
    (1000, 1000): 400000,
    (5000, 1000): 2000000,
}


def bm_setup(params):
    loops = params
    state = [None]

    def run():
        reset()
        state[0] = main_loop(loops)

    def result():
        i1, i2, i3 = state[0]
        out = (i1, i2, i3, g_int, g_bool, g_ch1, g_ch2, g_arr1[8], g_arr2[8][7],
               g_rec.num, g_rec.enum, g_rec.ptr.num, g_rec.text[-6:])
        return loops, out

    return run, result
