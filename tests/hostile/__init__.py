"""Hostile input: files and requests built to exhaust the readers and the server, refused within bounds."""
