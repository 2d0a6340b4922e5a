# Shared by the bench scripts: sourced, not run. Each script sets `dir` (its scratch folder) first.

# Prints the machine every figure is recorded with: CPU model, cores and memory.
machine() {
    lscpu | grep -E "Model name|^CPU\(s\)"
    free -g | sed -n 2p | awk '{print "Memory: " $2 " GB"}'
}

# Runs a command; its output goes to $dir/out (and its messages to $dir/time.err, before the timing),
# and "SECONDS KB CORES" is printed, cores being (user + system) / wall.
measured() {
    /usr/bin/time -f "%e %M %U %S" "$@" >"$dir/out" 2>"$dir/time.err" || { cat "$dir/time.err" >&2; exit 1; }
    tail -1 "$dir/time.err" | awk '{ printf "%s %s %.2f\n", $1, $2, ($3 + $4) / ($1 > 0 ? $1 : 1) }'
}

# Prints the median of the numbers on standard input, one a line.
median() {
    sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s", m }'
}
