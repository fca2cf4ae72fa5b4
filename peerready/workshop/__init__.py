"""Qt-free use cases that every face calls: preparing, collecting, answering, resuming."""
