print("taroko")
