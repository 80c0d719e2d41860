// One Engine shared by many sessions on several threads: every reply, search
// and saved state must equal the single-threaded one. Run under
// ThreadSanitizer by .ci/tsan.sh.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "attune/attune.hpp"

namespace {

// Distinct conversations, so sessions differ in what they quote and infer.
const std::vector<std::vector<std::string>> kScripts = {
    {"after sex my husband rolls over and sleeps and I feel abandoned",
     "when I ask him to talk he goes quiet and leaves the room",
     "maybe I am too needy"},
    {"my girlfriend needs constant reassurance and I feel smothered",
     "I go for a walk when she gets upset", "I do love her though"},
    {"we fight and then I shut down for days",
     "I want to be close but I panic when he gets close", ""},
    {"I only feel wanted when we have sex", "\xff\xfe what does it mean",
     "she says I am cold"},
};
const std::vector<std::string> kQueries = {"attachment", "pursue withdraw",
                                           "reassurance after sex", "\"("};

// What one conversation produced: each reply, the state after it, the
// session's searches, and a turn taken after restoring the state elsewhere.
struct Transcript {
  std::vector<std::string> replies;
  std::string state;
  std::vector<std::string> searches;
  std::string resumed;

  bool operator==(const Transcript& o) const {
    return replies == o.replies && state == o.state && searches == o.searches &&
           resumed == o.resumed;
  }
};

std::string Search(const attune::Engine& engine, const std::string& query) {
  attune::SearchOptions options;
  options.limit = 3;
  attune::SearchResult result;
  attune::Status s = engine.Search(query, options, &result);
  return s.ok() ? result.ToJson() : "error: " + s.message();
}

// Any failure is recorded in the transcript, so that comparing transcripts
// reports it without gtest assertions on worker threads.
Transcript Converse(const attune::Engine& engine,
                    const std::vector<std::string>& script) {
  Transcript t;
  std::unique_ptr<attune::Session> session, resumed;
  attune::Status s = engine.NewSession(&session);
  if (!s.ok()) return {{"NewSession: " + s.message()}, "", {}, ""};
  for (const std::string& text : script) {
    attune::Reply reply;
    s = session->Respond(text, &reply);
    t.replies.push_back(s.ok() ? reply.ToJson() : "error: " + s.message());
  }
  for (const std::string& query : kQueries) {
    attune::SearchOptions options;
    options.limit = 3;
    attune::SearchResult result;
    s = session->Search(query, options, &result);
    t.searches.push_back(s.ok() ? result.ToJson() : "error: " + s.message());
    t.searches.push_back(Search(engine, query));
  }
  s = session->Save(&t.state);
  if (s.ok()) s = engine.NewSession(&resumed);
  if (s.ok()) s = resumed->Restore(t.state);
  attune::Reply reply;
  if (s.ok()) s = resumed->Respond("what should I do now", &reply);
  t.resumed = s.ok() ? reply.ToJson() : "error: " + s.message();
  return t;
}

TEST(Threads, SessionsOnManyThreadsMatchTheSingleThreadedRun) {
  std::unique_ptr<attune::Engine> engine;
  attune::Status s = attune::Engine::Open(attune::Options{}, &engine);
  ASSERT_TRUE(s.ok()) << s.message();

  std::vector<Transcript> expected;
  for (const auto& script : kScripts)
    expected.push_back(Converse(*engine, script));
  for (const Transcript& t : expected) {
    for (const std::string& r : t.replies) ASSERT_NE(r.rfind("error", 0), 0u);
    ASSERT_NE(t.resumed.rfind("error", 0), 0u) << t.resumed;
  }

  constexpr int kThreads = 4, kRounds = 2;
  const int n = static_cast<int>(kScripts.size());
  // got[thread][round * n + k] is script (thread + k) % n: each thread walks
  // the scripts from a different start, so different conversations overlap.
  std::vector<std::vector<Transcript>> got(kThreads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      for (int round = 0; round < kRounds; ++round) {
        for (int k = 0; k < n; ++k) {
          got[i].push_back(Converse(*engine, kScripts[(i + k) % n]));
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();

  for (int i = 0; i < kThreads; ++i) {
    ASSERT_EQ(got[i].size(), static_cast<size_t>(kRounds * n));
    for (int j = 0; j < kRounds * n; ++j) {
      const Transcript& want = expected[(i + j % n) % n];
      EXPECT_TRUE(got[i][j] == want)
          << "thread " << i << ", conversation " << j << ": first reply\n"
          << got[i][j].replies.front() << "\nexpected\n"
          << want.replies.front();
    }
  }
}

}  // namespace
