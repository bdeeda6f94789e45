# a small event system / state machine program using classes, closures, dicts and exceptions
class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def register(fn):
            self.handlers.setdefault(name, []).append(fn)
            return fn
        return register
    def emit(self, name, *args, **kw):
        results = []
        for h in self.handlers.get(name, ()):
            try:
                results.append(h(*args, **kw))
            except Exception as e:
                results.append("%s: %s" % (type(e).__name__, e))
        return results
bus = EventBus()
log = []
@bus.on("greet")
def hello(who, punct="!"):
    log.append(who)
    return "hello " + who + punct
@bus.on("greet")
def fail(who, **kw):
    raise ValueError("cannot greet " + who)
print(bus.emit("greet", "ann"), bus.emit("greet", "bob", punct="?"), bus.emit("none"), log)
class InvalidTransition(Exception):
    pass
class Machine:
    transitions = {
        ("idle", "start"): "running",
        ("running", "pause"): "paused",
        ("paused", "start"): "running",
        ("running", "stop"): "idle",
        ("paused", "stop"): "idle",
    }
    def __init__(self):
        self.state = "idle"
        self.history = [self.state]
    def fire(self, ev):
        key = (self.state, ev)
        if key not in self.transitions:
            raise InvalidTransition("%s --%s--> ?" % key)
        self.state = self.transitions[key]
        self.history.append(self.state)
        return self
m = Machine()
for ev in ["start", "pause", "pause", "start", "stop", "stop"]:
    try:
        m.fire(ev)
    except InvalidTransition as e:
        print("invalid:", e)
print(m.state, "->".join(m.history))
class Shape:
    registry = {}
    def __init_subclass_like__(cls): pass
    @classmethod
    def register(cls, sub):
        cls.registry[sub.__name__.lower()] = sub
        return sub
    def area(self):
        raise NotImplementedError
    def __repr__(self):
        return "%s(area=%.2f)" % (type(self).__name__, self.area())
@Shape.register
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
@Shape.register
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
@Shape.register
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
shapes = [Shape.registry[name](*args) for name, args in [("rect", (2, 3)), ("circle", (1,)), ("square", (2,))]]
print(sorted(Shape.registry), shapes)
print(sorted(shapes, key=lambda s: s.area()), sum(s.area() for s in shapes) > 13)
print([type(s).__mro__[1].__name__ for s in shapes] if hasattr(Rect, "__mro__") else ["Shape", "Shape", "Rect"])
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.__bases__[0].__name__)
