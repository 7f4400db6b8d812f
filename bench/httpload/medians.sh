# medians.sh, sourced by compare.sh and cpu.sh: the median of each server's figures.
#
#   print_medians FILE FORMAT NAME... -- PATTERN...
# FILE has one line per measurement, the server's name in its first 24 columns; each
# sed PATTERN picks one figure out of a line (as \1); FORMAT prints a server's name and
# the medians of its figures, in PATTERN order.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

print_medians() {
  local file=$1 format=$2
  shift 2
  local names=() patterns=()
  while [ "$1" != "--" ]; do names+=("$1"); shift; done
  shift
  patterns=("$@")
  local n p rows values
  for n in "${names[@]}"; do
    rows=$(awk -v n="$n" 'substr($0, 1, 24) == sprintf("%-24s", n)' "$file")
    values=()
    for p in "${patterns[@]}"; do values+=("$(echo "$rows" | sed -E "s/$p/\1/" | median)"); done
    # shellcheck disable=SC2059 # the format is the caller's
    printf "$format" "$n" "${values[@]}"
  done
}
