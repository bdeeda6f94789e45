class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog (" + super().kind() + ")"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " softly"
a, d, p = Animal("generic"), Dog("rex"), Puppy("bit", 1)
for x in (a, d, p):
    print(x.speak(), "|", x.kind())
print(p.age, p.name, isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(Puppy.__bases__[0].__name__, Dog.sound, Puppy.sound)
