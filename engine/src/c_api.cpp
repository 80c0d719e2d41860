// The C API: handles around Engine and Session, JSON in and out, no exception
// crossing over.
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
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
// Returns nullptr when memory runs out; never throws.
char* Dup(const char* a, const char* b = "") noexcept {
  size_t na = std::strlen(a), nb = std::strlen(b);
  char* p = static_cast<char*>(std::malloc(na + nb + 1));
  if (p == nullptr) return nullptr;
  std::memcpy(p, a, na);
  std::memcpy(p + na, b, nb + 1);
  return p;
}

// Never throws, so it is safe inside the catch handlers of Guard.
int Fail(char** error, int code, const char* message,
         const char* detail = "") noexcept {
  if (error != nullptr) *error = Dup(message, detail);
  return code;
}

int Report(const attune::Status& status, char** error) {
  if (status.ok()) return 0;
  return Fail(error, static_cast<int>(status.code()), status.message().c_str());
}

constexpr int kInvalid =
    static_cast<int>(attune::Status::Code::kInvalidArgument);
constexpr int kInternal = static_cast<int>(attune::Status::Code::kInternal);

// Hands a result string to the caller, or fails when memory ran out.
int Give(const std::string& result, char** out, char** error) {
  *out = Dup(result.c_str());
  if (*out == nullptr) return Fail(error, kInternal, "attune: out of memory");
  return 0;
}

// Runs body, turning any escaping exception into an internal error.
template <typename Body>
int Guard(char** error, Body body) {
  if (error != nullptr) *error = nullptr;
  try {
    return body();
  } catch (const std::exception& e) {
    return Fail(error, kInternal, "attune: internal error: ", e.what());
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
                "attune_engine_open: options are not a JSON object like "
                "{\"corpus\": PATH, \"rules\": DIR}");
  }
  for (const auto& [key, value] : j.items()) {
    if ((key != "corpus" && key != "rules") || !value.is_string()) {
      std::string message = "attune_engine_open: option \"" + key +
                            "\" is unknown or not a string; the options are "
                            "\"corpus\" and \"rules\"";
      return Fail(error, kInvalid, message.c_str());
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
    *reply_json = nullptr;
    attune::Reply reply;
    if (int rc =
            Report(session->session->Respond(text ? text : "", &reply), error))
      return rc;
    return Give(reply.ToJson(), reply_json, error);
  });
}

int attune_search(attune_engine* engine, const char* query, int limit,
                  char** hits_json, char** error) {
  return Guard(error, [&] {
    if (engine == nullptr || hits_json == nullptr) {
      return Fail(error, kInvalid,
                  "attune_search: engine or hits_json is NULL");
    }
    *hits_json = nullptr;
    if (limit < 1)
      return Fail(error, kInvalid, "attune_search: limit must be at least 1");
    attune::SearchOptions options;
    options.limit = limit;
    attune::SearchResult result;
    attune::Status status =
        engine->engine->Search(query ? query : "", options, &result);
    if (int rc = Report(status, error)) return rc;
    return Give(result.ToJson(), hits_json, error);
  });
}

int attune_session_save(attune_session* session, char** state_json,
                        char** error) {
  return Guard(error, [&] {
    if (session == nullptr || state_json == nullptr) {
      return Fail(error, kInvalid,
                  "attune_session_save: session or state_json is NULL");
    }
    *state_json = nullptr;
    std::string state;
    if (int rc = Report(session->session->Save(&state), error)) return rc;
    return Give(state, state_json, error);
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
