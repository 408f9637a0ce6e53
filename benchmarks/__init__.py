"""factcheck's benchmarks: `make bench` runs every section in one process, one after another."""
