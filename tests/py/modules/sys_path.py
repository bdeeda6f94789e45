import sys
print(type(sys.path).__name__, len(sys.path) > 0, all(isinstance(p, str) for p in sys.path))
sys.path.append("/nonexistent_test_path")
print(sys.path[-1])
sys.path.pop()
print("/nonexistent_test_path" in sys.path)
