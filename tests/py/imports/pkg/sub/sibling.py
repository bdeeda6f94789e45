NAME = "sibling"


def sib():
    return "from sibling"
