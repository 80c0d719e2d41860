// `attune bench`: replays a file of turns through the public API and prints one
// JSON line of latency percentiles, throughput and peak memory (replay.hpp).
#include <cstdio>
#include <iostream>

#include "command.hpp"
#include "replay.hpp"

namespace attune::cli {
namespace {

struct BenchArgs {
  std::string file;
  replay::Plan plan;
};

int RunBench(const BenchArgs& args, const GlobalOptions& global) {
  std::vector<std::string> turns;
  if (!replay::ReadTurns(args.file, &turns)) {
    std::cerr << "attune bench: " << args.file << ": cannot read it\n";
    return kExitDataError;
  }
  if (turns.empty()) {
    std::cerr << "attune bench: " << args.file
              << ": no turns (one turn a line)\n";
    return kExitDataError;
  }
  std::unique_ptr<Engine> engine = OpenEngineOrReport(global);
  if (!engine) return kExitDataError;
  std::unique_ptr<Session> session;
  Reply reply;
  Status status;
  size_t replied_bytes = 0;  // keeps the replies observable
  auto new_conversation = [&] {
    status = engine->NewSession(&session);
    return status.ok();
  };
  auto turn = [&](const std::string& text) {
    status = session->Respond(text, &reply);
    replied_bytes += reply.text.size();
    return status.ok();
  };
  replay::Figures figures;
  if (!replay::Run(turns, args.plan, new_conversation, turn, &figures)) {
    std::cerr << "attune bench: " << status.message() << "\n";
    return kExitDataError;
  }
  replay::PrintJson(figures, stdout);
  return replied_bytes > 0 ? kExitOk : kExitNoResults;
}

}  // namespace

std::function<int()> SetupBench(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<BenchArgs>();
  app.add_option("FILE", args->file, "turns to replay, one a line")->required();
  app.add_option("--n", args->plan.n,
                 "measure this many turns, cycling through FILE (default "
                 "1000)")
      ->check(CLI::Range(1, 100000000));
  app.add_option("--warmup", args->plan.warmup,
                 "run this many turns first, unmeasured (default 50)")
      ->check(CLI::Range(0, 100000000));
  app.footer(
      "Every 20 turns start a new conversation (not timed). Prints one JSON "
      "line: n, p50_us, p90_us, p99_us, turns_per_s, peak_rss_kib.\nExit "
      "status: 0 done, 1 every reply was empty, 2 bad command line, 3 "
      "unreadable FILE or unusable corpus/rules.");
  return [args, &global] { return RunBench(*args, global); };
}

}  // namespace attune::cli
