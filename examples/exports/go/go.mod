module example.invalid/exports

go 1.19
