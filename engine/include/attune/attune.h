/* attune — C API.
 *
 * A thin, stable C face over the C++ API in attune/attune.hpp, so any language
 * can bind it. Every function returns 0 on success and a non-zero error code
 * otherwise, with *error set to a message the caller frees with attune_free.
 * Every string the library returns is freed with attune_free. No C++ exception
 * crosses this boundary. error may be NULL when the message is not wanted.
 *
 * Error codes: 1 invalid argument, 2 not found, 3 I/O error, 4 corrupt data, 5
 * parse error, 6 internal error (the values of attune::Status::Code).
 *
 * Thread safety: an engine is immutable after attune_engine_open and may be
 * shared by threads; a session is used from one thread at a time; distinct
 * sessions may run concurrently. Lifetime: close an engine only after freeing
 * all of its sessions.
 */
#ifndef ATTUNE_ATTUNE_H_
#define ATTUNE_ATTUNE_H_

#include "attune/export.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct attune_engine attune_engine;
typedef struct attune_session attune_session;

/* The library version, "MAJOR.MINOR.PATCH". Static storage; do not free. */
ATTUNE_API const char* attune_version(void);

/* Opens an engine. options_json: NULL for the embedded corpus and rules, or a
 * JSON object {"corpus": PATH, "rules": DIR}, each optional. A corpus path that
 * does not exist is an error (no file is created). */
ATTUNE_API int attune_engine_open(const char* options_json,
                                  attune_engine** engine, char** error);
ATTUNE_API void attune_engine_close(attune_engine* engine);

ATTUNE_API int attune_session_new(attune_engine* engine,
                                  attune_session** session, char** error);
ATTUNE_API void attune_session_free(attune_session* session);

/* Answers one turn. text may be empty, NULL (read as empty) or invalid UTF-8:
 * that is a normal turn. *reply_json receives one JSON object with the fields
 * of `attune chat --json`. */
ATTUNE_API int attune_respond(attune_session* session, const char* text,
                              char** reply_json, char** error);

/* Keyword search over plain words (NULL reads as empty); *hits_json receives
 * the JSON array of `attune search --json`. limit >= 1. */
ATTUNE_API int attune_search(attune_engine* engine, const char* query,
                             int limit, char** hits_json, char** error);

/* The conversation as JSON, and back. A corrupt or foreign state is refused
 * with an error and leaves the session as it was. */
ATTUNE_API int attune_session_save(attune_session* session, char** state_json,
                                   char** error);
ATTUNE_API int attune_session_restore(attune_session* session,
                                      const char* state_json, char** error);

/* Frees every string the library returned. NULL is allowed. */
ATTUNE_API void attune_free(void* p);

#ifdef __cplusplus
}
#endif

#endif /* ATTUNE_ATTUNE_H_ */
