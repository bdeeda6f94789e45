def op_push(stack, arg):
    stack.append(int(arg))
def op_add(stack, arg):
    stack.append(stack.pop() + stack.pop())
def op_mul(stack, arg):
    stack.append(stack.pop() * stack.pop())
def op_dup(stack, arg):
    stack.append(stack[-1])
OPS = {"push": op_push, "add": op_add, "mul": op_mul, "dup": op_dup}
def run(prog):
    stack = []
    for line in prog.strip().splitlines():
        parts = line.split()
        OPS[parts[0]](stack, parts[1] if len(parts) > 1 else None)
    return stack
print(run("""
push 3
push 4
add
dup
mul
push 10
"""))
try:
    run("pop")
except KeyError as e:
    print("unknown op", e.args[0])
