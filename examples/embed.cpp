// attune from C++: the embedded corpus and rules, one conversation of two
// turns, a search, and a conversation saved and carried on in a new session.
//
//   c++ -std=c++17 embed.cpp $(pkg-config --cflags --libs attune)
#include <attune/attune.hpp>
#include <cstdio>
#include <memory>
#include <string>

namespace {

int Check(const attune::Status& status) {
  if (status.ok()) return 0;
  std::fprintf(stderr, "embed: %s\n", status.ToString().c_str());
  return 1;
}

void Print(const attune::Reply& reply) {
  std::printf("> %s\n%s\n", reply.input.c_str(), reply.text.c_str());
  for (const attune::Citation& c : reply.citations) {
    std::printf("  [%s, \"%s\", passage %d]\n", c.title.c_str(),
                c.section.c_str(), c.passage);
  }
}

}  // namespace

int main() {
  std::printf("attune %s\n", attune::Version());
  std::unique_ptr<attune::Engine> engine;
  if (Check(attune::Engine::Open(attune::Options{}, &engine))) return 1;

  std::unique_ptr<attune::Session> session;
  if (Check(engine->NewSession(&session))) return 1;
  attune::Reply reply;
  for (const char* text :
       {"after sex my husband rolls over and sleeps and I feel abandoned",
        "when I ask him to talk he goes quiet and leaves the room"}) {
    if (Check(session->Respond(text, &reply))) return 1;
    Print(reply);
  }

  attune::SearchOptions options;
  options.limit = 3;
  attune::SearchResult result;
  if (Check(engine->Search("pursue withdraw", options, &result))) return 1;
  for (const attune::SearchHit& hit : result.hits) {
    std::printf("hit: %s / %s\n", hit.title.c_str(), hit.section.c_str());
  }

  // A conversation outlives its session as JSON: save it, carry on elsewhere.
  std::string state;
  if (Check(session->Save(&state))) return 1;
  std::unique_ptr<attune::Session> resumed;
  if (Check(engine->NewSession(&resumed))) return 1;
  if (Check(resumed->Restore(state))) return 1;
  if (Check(resumed->Respond("I keep texting him until he answers", &reply)))
    return 1;
  Print(reply);
  return 0;
}
