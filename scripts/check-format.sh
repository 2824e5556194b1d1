#!/usr/bin/env bash
# The house style (.clang-format) holds for every C++ file git tracks: lists the files that
# differ from it and fails. Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format-14 -i
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
tool=$(command -v clang-format-14 || command -v clang-format)
differ=()
while IFS= read -r f; do
    "$tool" --dry-run --Werror "$f" >/dev/null 2>&1 || differ+=("$f")
done < <(git ls-files '*.cpp' '*.h')
if [ ${#differ[@]} -gt 0 ]; then
    echo "These files differ from .clang-format (${tool##*/}):" >&2
    printf '  %s\n' "${differ[@]}" >&2
    exit 1
fi
echo "clang-format: every C++ file follows .clang-format"
