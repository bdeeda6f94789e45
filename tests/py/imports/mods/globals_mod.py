setting = "module default"


def read_setting():
    return setting


def change_setting(v):
    global setting
    setting = v
