ﬁ = 3
print(fi, ｘ if False else 2)
