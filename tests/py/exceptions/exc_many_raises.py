count = 0
for i in range(2000):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        elif i % 3 == 1:
            raise KeyError(i)
        else:
            [][i]
    except ValueError:
        count += 1
    except KeyError:
        count += 10
    except IndexError:
        count += 100
print(count)
