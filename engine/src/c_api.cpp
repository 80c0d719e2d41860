// The C API: handles around Engine and Session, JSON in and out, no exception
// crossing over.
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "attune/attune.h"
#include "attune/attune.hpp"

struct attune_engine {
  std::unique_ptr<attune::Engine> engine;
};

struct attune_session {
  std::unique_ptr<attune::Session> session;
};

namespace {

// malloc'd so that attune_free (free) releases it whatever allocator C++ uses.
char* Dup(const std::string& s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (p != nullptr) std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

int Fail(char** error, int code, const std::string& message) {
  if (error != nullptr) *error = Dup(message);
  return code;
}

int Report(const attune::Status& status, char** error) {
  if (status.ok()) return 0;
  return Fail(error, static_cast<int>(status.code()), status.message());
}

constexpr int kInvalid =
    static_cast<int>(attune::Status::Code::kInvalidArgument);
constexpr int kInternal = static_cast<int>(attune::Status::Code::kInternal);

// Runs body, turning any escaping exception into an internal error.
template <typename Body>
int Guard(char** error, Body body) {
  if (error != nullptr) *error = nullptr;
  try {
    return body();
  } catch (const std::exception& e) {
    return Fail(error, kInternal,
                std::string("attune: internal error: ") + e.what());
  } catch (...) {
    return Fail(error, kInternal, "attune: internal error");
  }
}

int ParseOptions(const char* options_json, attune::Options* options,
                 char** error) {
  if (options_json == nullptr) return 0;
  nlohmann::json j = nlohmann::json::parse(options_json, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return Fail(error, kInvalid,
                "attune_engine_open: options are not a JSON object");
  }
  for (const auto& [key, value] : j.items()) {
    if ((key != "corpus" && key != "rules") || !value.is_string()) {
      return Fail(error, kInvalid,
                  "attune_engine_open: unknown option or non-string value: \"" +
                      key + "\"");
    }
  }
  options->corpus_path = j.value("corpus", "");
  options->rules_dir = j.value("rules", "");
  return 0;
}

}  // namespace

extern "C" {

const char* attune_version(void) { return attune::Version(); }

int attune_engine_open(const char* options_json, attune_engine** engine,
                       char** error) {
  return Guard(error, [&] {
    if (engine == nullptr)
      return Fail(error, kInvalid, "attune_engine_open: engine is NULL");
    *engine = nullptr;
    attune::Options options;
    if (int rc = ParseOptions(options_json, &options, error)) return rc;
    auto handle = std::make_unique<attune_engine>();
    if (int rc = Report(attune::Engine::Open(options, &handle->engine), error))
      return rc;
    *engine = handle.release();
    return 0;
  });
}

void attune_engine_close(attune_engine* engine) { delete engine; }

int attune_session_new(attune_engine* engine, attune_session** session,
                       char** error) {
  return Guard(error, [&] {
    if (engine == nullptr || session == nullptr) {
      return Fail(error, kInvalid,
                  "attune_session_new: engine or session is NULL");
    }
    *session = nullptr;
    auto handle = std::make_unique<attune_session>();
    if (int rc = Report(engine->engine->NewSession(&handle->session), error))
      return rc;
    *session = handle.release();
    return 0;
  });
}

void attune_session_free(attune_session* session) { delete session; }

int attune_respond(attune_session* session, const char* text, char** reply_json,
                   char** error) {
  return Guard(error, [&] {
    if (session == nullptr || reply_json == nullptr) {
      return Fail(error, kInvalid,
                  "attune_respond: session or reply_json is NULL");
    }
    attune::Reply reply;
    if (int rc =
            Report(session->session->Respond(text ? text : "", &reply), error))
      return rc;
    *reply_json = Dup(reply.ToJson());
    return 0;
  });
}

int attune_search(attune_engine* engine, const char* query, int limit,
                  char** hits_json, char** error) {
  return Guard(error, [&] {
    if (engine == nullptr || hits_json == nullptr) {
      return Fail(error, kInvalid,
                  "attune_search: engine or hits_json is NULL");
    }
    if (limit < 1)
      return Fail(error, kInvalid, "attune_search: limit must be at least 1");
    attune::SearchOptions options;
    options.limit = limit;
    attune::SearchResult result;
    attune::Status status =
        engine->engine->Search(query ? query : "", options, &result);
    if (int rc = Report(status, error)) return rc;
    *hits_json = Dup(result.ToJson());
    return 0;
  });
}

int attune_session_save(attune_session* session, char** state_json,
                        char** error) {
  return Guard(error, [&] {
    if (session == nullptr || state_json == nullptr) {
      return Fail(error, kInvalid,
                  "attune_session_save: session or state_json is NULL");
    }
    std::string state;
    if (int rc = Report(session->session->Save(&state), error)) return rc;
    *state_json = Dup(state);
    return 0;
  });
}

int attune_session_restore(attune_session* session, const char* state_json,
                           char** error) {
  return Guard(error, [&] {
    if (session == nullptr || state_json == nullptr) {
      return Fail(error, kInvalid,
                  "attune_session_restore: session or state_json is NULL");
    }
    return Report(session->session->Restore(state_json), error);
  });
}

void attune_free(void* p) { std::free(p); }

}  // extern "C"
