import sys
print(sys.implementation.name)
print(sys.implementation.name == "adder")
