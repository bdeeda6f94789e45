# String method workload modelled on log processing: records are formatted
# into text lines with str.format and %, then parsed back with split (also
# with maxsplit)/find/slicing/strip, rewritten with replace/upper/lower,
# filtered with startswith/endswith/in, and re-joined.  Output: counters and
# sample lines.

LEVELS = ("INFO", "WARN", "ERROR", "DEBUG")
SERVICES = ("auth", "db", "cache", "api", "queue", "mailer")
VERBS = ("started", "stopped", "failed", "retried", "timed out", "completed")


def make_lines(n):
    lines = []
    s = 99
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x3FFFFFFF
        r = s >> 8
        lvl = LEVELS[r % 4]
        svc = SERVICES[(r >> 2) % 6]
        verb = VERBS[(r >> 5) % 6]
        ms = (r >> 8) % 5000
        if i & 1:
            line = "{:06d} [{}] {}: job #{} {} in {}ms ".format(i, lvl, svc, s % 1000, verb, ms)
        else:
            line = "%06d [%s] %s: job #%d %s in %dms " % (i, lvl, svc, s % 1000, verb, ms)
        lines.append("  " + line + " user=u%d;host=h%d.example.org" % (s % 97, s % 13))
    return lines


def process(lines):
    errors = 0
    slow = 0
    total_ms = 0
    per_service = {}
    out = []
    for raw in lines:
        line = raw.strip()
        seq = line[:6]
        lb = line.find("[")
        rb = line.find("]", lb)
        level = line[lb + 1:rb]
        rest = line[rb + 2:]
        svc, msg = rest.split(": ", 1)
        i = msg.find(" in ")
        j = msg.find("ms", i)
        ms = int(msg[i + 4:j])
        total_ms += ms
        if ms > 4000:
            slow += 1
        if level == "ERROR" or "failed" in msg:
            errors += 1
        kv = msg[j + 2:].strip()
        fields = {}
        for part in kv.split(";"):
            k, v = part.split("=")
            fields[k] = v
        host = fields["host"]
        if host.endswith(".example.org"):
            host = host[:-12]
        per_service[svc] = per_service.get(svc, 0) + 1
        tag = svc.upper() if level.startswith("E") else svc.lower()
        words = msg[:i].split()
        words.reverse()
        short = "-".join(words).replace("#", "n").replace(" ", "_")
        out.append("|".join([seq, level[0], tag, short, host, fields["user"].replace("u", "U")]))
    blob = "\n".join(out)
    return errors, slow, total_ms, per_service, blob


bm_params = {
    (50, 10): (1, 100),
    (100, 10): (2, 300),
    (1000, 1000): (45, 4000),
    (5000, 1000): (225, 4000),
}


def bm_setup(params):
    reps, n = params
    state = [None]

    def run():
        r = None
        for _ in range(reps):
            lines = make_lines(n)
            r = process(lines)
        state[0] = r

    def result():
        errors, slow, total_ms, per_service, blob = state[0]
        svc = tuple(["%s=%d" % (k, per_service[k]) for k in sorted(per_service)])
        parts = blob.split("\n")
        return reps * n, (errors, slow, total_ms, svc, len(blob), blob.count("ERROR") + blob.count("|E|"),
                          parts[0], parts[-1])

    return run, result
