class HttpError(Exception):
    def __init__(self, status, reason="unknown"):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def is_client(self):
        return 400 <= self.status < 500
class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, "not found")
        self.path = path
for exc in (HttpError(500), NotFound("/x"), HttpError(418, "teapot")):
    try:
        raise exc
    except HttpError as e:
        print(type(e).__name__, e.status, e.reason, e.is_client(), e.args, getattr(e, "path", None))
class WithStr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise WithStr("ignored")
except WithStr as e:
    print(str(e), e.args)
