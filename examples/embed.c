/* attune from C: the embedded corpus and rules, one conversation of two turns,
 * a search, and a conversation saved and carried on in a new session. Replies
 * and hits come back as JSON (the format of `attune chat --json` and
 * `attune search --json`); a real program would parse them.
 *
 *   cc -std=c99 embed.c $(pkg-config --cflags --libs attune)
 */
#include <attune/attune.h>
#include <stdio.h>

static int Check(int rc, char* error) {
  if (rc == 0) return 0;
  fprintf(stderr, "embed_c: error %d: %s\n", rc, error ? error : "?");
  attune_free(error);
  return 1;
}

static int Turn(attune_session* session, const char* text) {
  char* reply = NULL;
  char* error = NULL;
  if (Check(attune_respond(session, text, &reply, &error), error)) return 1;
  printf("%s\n", reply);
  attune_free(reply);
  return 0;
}

int main(void) {
  attune_engine* engine = NULL;
  attune_session* session = NULL;
  attune_session* resumed = NULL;
  char* error = NULL;
  char* hits = NULL;
  char* state = NULL;
  int failed = 1;

  printf("attune %s\n", attune_version());
  if (Check(attune_engine_open(NULL, &engine, &error), error)) return 1;
  if (Check(attune_session_new(engine, &session, &error), error)) goto done;
  if (Turn(session,
           "after sex my husband rolls over and sleeps and I feel abandoned") ||
      Turn(session,
           "when I ask him to talk he goes quiet and leaves the room")) {
    goto done;
  }
  if (Check(attune_search(engine, "pursue withdraw", 3, &hits, &error), error))
    goto done;
  printf("hits: %s\n", hits);

  /* Save the conversation and carry it on in a new session. */
  if (Check(attune_session_save(session, &state, &error), error)) goto done;
  if (Check(attune_session_new(engine, &resumed, &error), error)) goto done;
  if (Check(attune_session_restore(resumed, state, &error), error)) goto done;
  failed = Turn(resumed, "I keep texting him until he answers");

done:
  attune_free(hits);
  attune_free(state);
  attune_session_free(resumed);
  attune_session_free(session);
  attune_engine_close(engine);
  return failed;
}
