// The replay harness of `attune bench` and of bench/floor.cpp: reads a file of
// turns, times each turn in process and prints one JSON line. Header-only so
// the floor program (which links no CLI code) is timed by exactly the same
// code.
#ifndef ATTUNE_REPL_REPLAY_HPP_
#define ATTUNE_REPL_REPLAY_HPP_

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace attune::replay {

// A conversation is this many turns, as a person would talk; then a new one
// starts.
inline constexpr int kTurnsPerConversation = 20;

struct Plan {
  int n = 1000;     // turns measured
  int warmup = 50;  // turns run first and not measured
};

struct Figures {
  int n = 0;
  double p50_us = 0, p90_us = 0, p99_us = 0, turns_per_s = 0;
  long peak_rss_kib = 0;
};

// The non-blank lines of path; false when it cannot be read.
inline bool ReadTurns(const std::string& path, std::vector<std::string>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos)
      out->push_back(line);
  }
  return true;
}

// Nearest-rank percentile of sorted durations, in microseconds.
inline double Percentile(const std::vector<double>& sorted_us, double q) {
  if (sorted_us.empty()) return 0;
  size_t rank = static_cast<size_t>(std::ceil(q * sorted_us.size()));
  return sorted_us[std::clamp<size_t>(rank, 1, sorted_us.size()) - 1];
}

// Peak resident set size of this process so far (Linux reports KiB).
inline long PeakRssKib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Runs plan.warmup + plan.n turns cycling through `turns`. new_conversation()
// is called (untimed) before every kTurnsPerConversation-th turn; turn(text) is
// timed and returns false to stop with an error.
template <typename NewConversation, typename Turn>
bool Run(const std::vector<std::string>& turns, const Plan& plan,
         NewConversation new_conversation, Turn turn, Figures* out) {
  using Clock = std::chrono::steady_clock;
  std::vector<double> us;
  us.reserve(plan.n);
  int total = plan.warmup + plan.n;
  for (int i = 0; i < total; ++i) {
    if (i % kTurnsPerConversation == 0 && !new_conversation()) return false;
    const std::string& text = turns[i % turns.size()];
    Clock::time_point start = Clock::now();
    if (!turn(text)) return false;
    std::chrono::duration<double, std::micro> took = Clock::now() - start;
    if (i >= plan.warmup) us.push_back(took.count());
  }
  double sum = 0;
  for (double t : us) sum += t;
  std::sort(us.begin(), us.end());
  out->n = plan.n;
  out->p50_us = Percentile(us, 0.50);
  out->p90_us = Percentile(us, 0.90);
  out->p99_us = Percentile(us, 0.99);
  out->turns_per_s = sum > 0 ? plan.n / (sum / 1e6) : 0;
  out->peak_rss_kib = PeakRssKib();
  return true;
}

// {"n":...,"p50_us":...,"p90_us":...,"p99_us":...,"turns_per_s":...,"peak_rss_kib":...}
inline void PrintJson(const Figures& f, std::FILE* out) {
  std::fprintf(out,
               "{\"n\":%d,\"p50_us\":%.1f,\"p90_us\":%.1f,\"p99_us\":%.1f,"
               "\"turns_per_s\":%.0f,\"peak_rss_kib\":%ld}\n",
               f.n, f.p50_us, f.p90_us, f.p99_us, f.turns_per_s,
               f.peak_rss_kib);
  std::fflush(out);
}

}  // namespace attune::replay

#endif  // ATTUNE_REPL_REPLAY_HPP_
