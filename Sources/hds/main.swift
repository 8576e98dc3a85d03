import HDSCore
print("hds")
