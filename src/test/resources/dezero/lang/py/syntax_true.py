print("before")
True = 1
