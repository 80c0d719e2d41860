// Benchmarks of the rule stages and of a whole turn: rule matching, inference,
// Session::Respond, and what a process pays before its first turn
// (Engine::Open, NewSession). Each iteration is one turn of bench/turns.txt;
// a conversation is 20 turns, as in `attune bench`.
//
//   ATTUNE_BENCH_RULES=rules ATTUNE_BENCH_CORPUS=X.db attune_microbench
#include <benchmark/benchmark.h>

#include "bench_common.hpp"
#include "infer.hpp"
#include "match.hpp"
#include "profile.hpp"
#include "ruleset.hpp"

namespace attune::bench {
namespace {

// The rules in $ATTUNE_BENCH_RULES, or the embedded ones.
std::shared_ptr<const RuleSet> LoadRules() {
  const char* dir = std::getenv("ATTUNE_BENCH_RULES");
  std::shared_ptr<const RuleSet> rules;
  Status s = RuleSet::Load(dir ? dir : "", &rules);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    std::abort();
  }
  return rules;
}

std::unique_ptr<Engine> OpenEngine() {
  Options options;
  options.corpus_path = CorpusPath();
  if (const char* dir = std::getenv("ATTUNE_BENCH_RULES"))
    options.rules_dir = dir;
  std::unique_ptr<Engine> engine;
  Status s = Engine::Open(options, &engine);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    std::abort();
  }
  return engine;
}

void BM_Match(benchmark::State& state) {
  std::vector<std::string> turns = LoadTurns();
  std::shared_ptr<const RuleSet> rules = LoadRules();
  text::Stemmer stemmer;
  size_t i = 0, intents = 0;
  for (auto _ : state) {
    Analysis analysis = Match(*rules, turns[i++ % turns.size()], stemmer);
    intents += analysis.intents.size();
    benchmark::DoNotOptimize(analysis);
  }
  state.counters["intents"] = static_cast<double>(intents) / state.iterations();
  state.SetItemsProcessed(state.iterations());
}
ATTUNE_BENCHMARK(BM_Match);

// What a turn does after matching to update and read the profile: evidence
// from the intents, added to the profile, then the scores, leading patterns and
// dyads the reply reports.
void BM_Infer(benchmark::State& state) {
  std::vector<std::string> turns = LoadTurns();
  std::shared_ptr<const RuleSet> rules = LoadRules();
  text::Stemmer stemmer;
  std::vector<std::vector<IntentHit>> intents;
  for (const std::string& turn : turns)
    intents.push_back(Match(*rules, turn, stemmer).intents);
  Profile profile;
  size_t i = 0, evidence_count = 0;
  for (auto _ : state) {
    int turn = static_cast<int>(i % replay::kTurnsPerConversation) + 1;
    if (turn == 1) profile.Clear();
    std::vector<Evidence> evidence =
        CollectEvidence(*rules, intents[i++ % intents.size()], turn);
    evidence_count += evidence.size();
    for (Evidence& e : evidence) profile.Add(std::move(e));
    benchmark::DoNotOptimize(profile.Scores("self", turn));
    benchmark::DoNotOptimize(profile.Scores("partner", turn));
    benchmark::DoNotOptimize(profile.Top("self", turn));
    benchmark::DoNotOptimize(profile.Top("partner", turn));
    benchmark::DoNotOptimize(profile.Dyads(turn));
  }
  state.counters["evidence"] =
      static_cast<double>(evidence_count) / state.iterations();
  state.SetItemsProcessed(state.iterations());
}
ATTUNE_BENCHMARK(BM_Infer);

// The whole turn through the public API: the reply assembled and cited.
void BM_Respond(benchmark::State& state) {
  std::vector<std::string> turns = LoadTurns();
  std::unique_ptr<Engine> engine = OpenEngine();
  std::unique_ptr<Session> session;
  Reply reply;
  size_t i = 0, citations = 0;
  for (auto _ : state) {
    if (i % replay::kTurnsPerConversation == 0) {
      state.PauseTiming();
      if (Status s = engine->NewSession(&session); !s.ok())
        state.SkipWithError(s.message().c_str());
      state.ResumeTiming();
    }
    if (Status s = session->Respond(turns[i++ % turns.size()], &reply);
        !s.ok()) {
      state.SkipWithError(s.message().c_str());
    }
    citations += reply.citations.size();
  }
  state.counters["citations"] =
      static_cast<double>(citations) / state.iterations();
  state.SetItemsProcessed(state.iterations());
}
ATTUNE_BENCHMARK(BM_Respond);

// Start-up: compiling the rules and opening the corpus.
void BM_EngineOpen(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(OpenEngine());
}
ATTUNE_BENCHMARK(BM_EngineOpen)->Unit(benchmark::kMicrosecond);

// A conversation's own corpus connection and stemmer.
void BM_NewSession(benchmark::State& state) {
  std::unique_ptr<Engine> engine = OpenEngine();
  std::unique_ptr<Session> session;
  for (auto _ : state) {
    if (Status s = engine->NewSession(&session); !s.ok())
      state.SkipWithError(s.message().c_str());
  }
}
ATTUNE_BENCHMARK(BM_NewSession)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace attune::bench
