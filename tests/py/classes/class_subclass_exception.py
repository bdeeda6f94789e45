class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(msg)
        self.table = table
try:
    raise DbError("users", "connection lost")
except AppError as e:
    print(type(e).__name__, e.table, str(e), e.args)
class Coded(ValueError):
    def __init__(self, code):
        self.code = code
        super().__init__("code %d" % code)
    def __str__(self):
        return "Coded<%d>" % self.code
try:
    raise Coded(7)
except ValueError as e:
    print(e, e.code, e.args, isinstance(e, Exception))
print(issubclass(DbError, Exception), issubclass(Coded, AppError))
