settings = {"color": "blue", "size": 3}

def get_setting(name):
    return settings[name]

def render():
    print("size", get_setting("size"))
    print("color", get_setting("color"))
    print("font", get_setting("font_family"))

render()
