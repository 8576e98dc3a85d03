import HDSCore
