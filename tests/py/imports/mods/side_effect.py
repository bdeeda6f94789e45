print("side_effect: module body executing")
loads = 1
