def pipeline(*stages):
    def run(data):
        for s in stages:
            data = s(data)
        return data
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "), clean("ABC"))
nums = pipeline(lambda l: [x for x in l if x > 0], lambda l: [x * x for x in l], sum)
print(nums([-2, 1, 3, -4, 5]), nums([]))
