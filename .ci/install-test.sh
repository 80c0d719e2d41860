#!/usr/bin/env bash
# Installs attune into a temporary prefix and uses it as a stranger would: the installed headers
# alone (C++17 and C99, no Boost/SQLite/readline), the exported symbols, the CMake package from a
# consumer project (tests/install) building the C and C++ examples, pkg-config, the Python
# ctypes example, and the installed executable.
#   .ci/install-test.sh [BUILD_DIR]    (default: build; configured and built when missing)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" 2>/dev/null && pwd || echo "${1:-$root/build}")"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -Wno-dev >/dev/null
  cmake --build "$build" --parallel "$(nproc)" >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
fail() { echo "install-test: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null
libdir="$(dirname "$(find "$prefix" -name libattune.a | head -n1)")"
[[ -f "$libdir/libattune.a" && -L "$libdir/libattune.so" ]] || fail "libraries not installed"
[[ -x "$prefix/bin/attune" ]] || fail "attune executable not installed"
"$prefix/bin/attune" --version >/dev/null || fail "installed attune --version failed"

# Headers: exactly the public ones, free of the implementation's dependencies, compilable alone.
headers="$(cd "$prefix/include/attune" && ls | tr '\n' ' ')"
[[ "$headers" == "attune.h attune.hpp export.h status.hpp " ]] || fail "installed headers: $headers"
if grep -nE '#\s*include\s*[<"](boost|sqlite|readline|nlohmann|libstemmer)' "$prefix"/include/attune/*; then
  fail "an installed header includes a dependency's header"
fi
for h in attune.hpp status.hpp attune.h; do
  echo "#include <attune/$h>" | c++ -std=c++17 -Wall -Wextra -pedantic -Werror -fsyntax-only \
    -I"$prefix/include" -x c++ - || fail "$h does not compile alone as C++17"
done
for h in attune.h export.h; do
  printf '#include <attune/%s>\ntypedef int not_empty;\n' "$h" | cc -std=c99 -Wall -Wextra -pedantic -Werror -fsyntax-only \
    -I"$prefix/include" -x c - || fail "$h does not compile alone as C99"
done

# The shared library exports the C functions and the attune:: API only, under a versioned SONAME.
readelf -d "$libdir/libattune.so" | grep -q 'SONAME.*libattune\.so\.[0-9]' || fail "no SONAME"
stray="$(nm -D --defined-only -C "$libdir/libattune.so" | cut -d' ' -f3- | grep -vE '^attune(_|::)' || true)"
[[ -z "$stray" ]] || fail "libattune.so exports more than the API: $(echo "$stray" | head -n3)"

# find_package(attune CONFIG) from a consumer project, C and C++, shared and static.
cmake -S "$root/tests/install" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$prefix" -Wno-dev \
  >"$work/consumer.log" 2>&1 || { cat "$work/consumer.log"; fail "consumer configure failed"; }
cmake --build "$work/consumer" --parallel "$(nproc)" >>"$work/consumer.log" 2>&1 ||
  { cat "$work/consumer.log"; fail "consumer build failed"; }
"$work/consumer/embed_cpp" >"$work/cpp.out" || fail "embed_cpp failed"
"$work/consumer/embed_c" >"$work/c.out" || fail "embed_c failed"
"$work/consumer/embed_c_static" >"$work/c_static.out" || fail "embed_c_static failed"
cmp -s "$work/c.out" "$work/c_static.out" || fail "the static and shared C examples disagree"

# The Python example prints what the C++ one prints; the C one prints the same replies as JSON.
LD_LIBRARY_PATH="$libdir" python3 "$root/examples/embed.py" >"$work/py.out" ||
  fail "embed.py failed"
diff -u "$work/cpp.out" "$work/py.out" || fail "the Python and C++ examples disagree"
python3 - "$work/c.out" "$work/cpp.out" <<'PY' || fail "the C example's replies differ from C++'s"
import json, sys
c = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
cpp = open(sys.argv[2]).read()
assert len(c) == 3, f"{len(c)} replies"
for r in c:
    assert f"> {r['text']}\n{r['reply']}\n" in cpp, r["text"]
PY

# pkg-config: flags that build the C example against the shared and the static library.
export PKG_CONFIG_PATH="$libdir/pkgconfig"
flags="$(pkg-config --cflags --libs attune)" || fail "pkg-config --cflags --libs attune failed"
cc -std=c99 "$root/examples/embed.c" $flags -o "$work/embed_pc" || fail "build with pkg-config"
LD_LIBRARY_PATH="$libdir" "$work/embed_pc" | cmp -s - "$work/c.out" || fail "pkg-config build differs"
cc -std=c99 "$root/examples/embed.c" -static-libgcc -I"$prefix/include" "$libdir/libattune.a" \
  $(pkg-config --static --libs-only-l attune | sed 's/-lattune//') -o "$work/embed_pc_static" ||
  fail "static build with pkg-config --static"
"$work/embed_pc_static" | cmp -s - "$work/c.out" || fail "static pkg-config build differs"
echo "install-test: OK ($prefix: headers, symbols, CMake package, pkg-config, C, C++, Python)"
