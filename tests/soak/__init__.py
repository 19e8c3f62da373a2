"""Soak: a server under steady load for a long run, its memory, threads and answers watched."""
