class C:
    cls_attr = "class"
    def __init__(self):
        self.inst_attr = "instance"
    def __getattr__(self, name):
        return "fallback:" + name
c = C()
print(c.inst_attr, c.cls_attr, c.other)
c.cls_attr = "shadowed"
print(c.cls_attr, C.cls_attr)
del c.cls_attr
print(c.cls_attr)
print(getattr(c, "x_y"))
