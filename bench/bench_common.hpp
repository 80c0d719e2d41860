// Benchmarks: shared inputs for the stage benchmarks (the turns of
// bench/turns.txt and the corpus chosen by $ATTUNE_BENCH_CORPUS).
#ifndef ATTUNE_BENCH_BENCH_COMMON_HPP_
#define ATTUNE_BENCH_BENCH_COMMON_HPP_

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "reader.hpp"
#include "replay.hpp"

namespace attune::bench {

// The lines of bench/turns.txt (or $ATTUNE_BENCH_TURNS); aborts when missing,
// since every benchmark would measure nothing.
inline std::vector<std::string> LoadTurns() {
  const char* path = std::getenv("ATTUNE_BENCH_TURNS");
  std::vector<std::string> turns;
  if (!replay::ReadTurns(path ? path : ATTUNE_BENCH_TURNS, &turns) ||
      turns.empty()) {
    std::fprintf(stderr, "no turns in %s\n", path ? path : ATTUNE_BENCH_TURNS);
    std::abort();
  }
  return turns;
}

// The corpus database named by $ATTUNE_BENCH_CORPUS, or the embedded one.
inline std::string CorpusPath() {
  const char* path = std::getenv("ATTUNE_BENCH_CORPUS");
  return path ? path : "";
}

inline std::unique_ptr<corpus::Reader> OpenReader() {
  std::unique_ptr<corpus::Reader> reader;
  std::string path = CorpusPath();
  Status s = path.empty() ? corpus::Reader::OpenEmbedded(&reader)
                          : corpus::Reader::OpenFile(path, &reader);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    std::abort();
  }
  return reader;
}

// With $ATTUNE_BENCH_ITERATIONS set, every benchmark runs exactly that many
// iterations instead of for a time, so callgrind counts can be compared between
// runs (bench/callgrind.sh subtracts a 1-iteration run from an N-iteration
// one).
inline void FixedIterations(benchmark::internal::Benchmark* b) {
  if (const char* n = std::getenv("ATTUNE_BENCH_ITERATIONS"))
    b->Iterations(std::atoll(n));
}

}  // namespace attune::bench

#define ATTUNE_BENCHMARK(fn) \
  BENCHMARK(fn)->Apply(::attune::bench::FixedIterations)

#endif  // ATTUNE_BENCH_BENCH_COMMON_HPP_
