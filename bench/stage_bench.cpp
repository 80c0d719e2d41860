// Benchmarks of the text and corpus stages: normalisation, parsing, and search
// (attune's Reader::Search against a bare prepared FTS5 query on the same
// database). Each iteration is one turn of bench/turns.txt or one query.
//
//   ATTUNE_BENCH_CORPUS=X.db attune_microbench --benchmark_filter=Search
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include "bench_common.hpp"
#include "query.hpp"
#include "schema.hpp"
#include "text/normalize.hpp"
#include "text/stemmer.hpp"
#include "utterance/parse.hpp"

namespace attune::bench {
namespace {

// Queries whose words all occur together in the corpus (at every generated
// size), so Reader::Search answers from its first FTS5 query, as the bare one
// does.
constexpr const char* kSearchQueries[] = {
    "oxytocin",        "anxious attachment", "emotional safety",
    "partner",         "pursue withdraw",    "nervous system",
    "reassurance",     "bonding after sex",  "avoidant partner space",
    "love is patient",
};
constexpr size_t kQueryCount = std::size(kSearchQueries);

void BM_Normalize(benchmark::State& state) {
  std::vector<std::string> turns = LoadTurns();
  text::Rewrites rewrites;
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        text::Normalize(turns[i++ % turns.size()], rewrites));
  }
  state.SetItemsProcessed(state.iterations());
}
ATTUNE_BENCHMARK(BM_Normalize);

void BM_Parse(benchmark::State& state) {
  std::vector<std::string> turns = LoadTurns();
  text::Rewrites rewrites;
  text::Stemmer stemmer;
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        utterance::Parse(turns[i++ % turns.size()], rewrites, stemmer));
  }
  state.SetItemsProcessed(state.iterations());
}
ATTUNE_BENCHMARK(BM_Parse);

void BM_ReaderSearch(benchmark::State& state) {
  std::unique_ptr<corpus::Reader> reader = OpenReader();
  SearchOptions options;  // limit 10, as `attune search`
  SearchResult result;
  size_t i = 0, hits = 0;
  for (auto _ : state) {
    Status s =
        reader->Search(kSearchQueries[i++ % kQueryCount], options, &result);
    if (!s.ok()) state.SkipWithError(s.message().c_str());
    hits += result.hits.size();
  }
  state.counters["hits"] = static_cast<double>(hits) / state.iterations();
  state.SetItemsProcessed(state.iterations());
}
ATTUNE_BENCHMARK(BM_ReaderSearch);

std::string Weights() {
  return std::to_string(corpus::kHeadingWeight) + ", " +
         std::to_string(corpus::kBodyWeight) + ", " +
         std::to_string(corpus::kTagsWeight);
}

constexpr char kHitColumns[] =
    "SELECT d.id, d.title, s.heading, p.ordinal, p.text, "
    "snippet(passages_fts, 1, '**', '**', '\xe2\x80\xa6', 32), ";
constexpr char kHitJoins[] =
    " FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN "
    "sections s ON s.id = p.section JOIN documents d ON d.id = s.doc WHERE "
    "passages_fts MATCH ?1";

// Runs `sql` (one parameter: the match expression) from one statement prepared
// once, with the match expressions made in advance: what SQLite alone costs.
void RunBare(benchmark::State& state, const std::string& sql) {
  std::unique_ptr<corpus::Reader> reader = OpenReader();
  std::vector<std::string> matches;
  for (const char* q : kSearchQueries)
    matches.push_back(corpus::AllOf(corpus::QueryWords(q)));
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(reader->db(), sql.c_str(), -1,
                         SQLITE_PREPARE_PERSISTENT, &stmt,
                         nullptr) != SQLITE_OK) {
    state.SkipWithError(sqlite3_errmsg(reader->db()));
    return;
  }
  size_t i = 0, hits = 0;
  for (auto _ : state) {
    const std::string& match = matches[i++ % matches.size()];
    sqlite3_bind_text(stmt, 1, match.data(), static_cast<int>(match.size()),
                      SQLITE_STATIC);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      // Read the columns as Reader::Search copies them.
      for (int c = 0; c < 6; ++c)
        benchmark::DoNotOptimize(sqlite3_column_text(stmt, c));
      ++hits;
    }
    sqlite3_reset(stmt);
  }
  sqlite3_finalize(stmt);
  state.counters["hits"] = static_cast<double>(hits) / state.iterations();
  state.SetItemsProcessed(state.iterations());
}

// The same hits, columns, snippet and BM25 ranking as Reader::Search.
void BM_BareFts5(benchmark::State& state) {
  RunBare(state, std::string(kHitColumns) + "-bm25(passages_fts, " + Weights() +
                     ") AS score" + kHitJoins +
                     " ORDER BY score DESC LIMIT 10");
}
ATTUNE_BENCHMARK(BM_BareFts5);

// The same ranking through FTS5's own `rank` ordering: FTS5 sorts, and
// snippet() runs only for the rows returned instead of for every match (a
// possible improvement to Reader, measured here; see bench/README.md).
void BM_BareFts5Rank(benchmark::State& state) {
  RunBare(state, std::string(kHitColumns) + "-rank AS score" + kHitJoins +
                     " AND rank MATCH 'bm25(" + Weights() +
                     ")' ORDER BY rank LIMIT 10");
}
ATTUNE_BENCHMARK(BM_BareFts5Rank);

}  // namespace
}  // namespace attune::bench
