#!/usr/bin/env python3
"""attune from Python through ctypes and the C API (attune/attune.h).

Two turns of one conversation, a search, and the conversation saved and carried
on in a new session. libattune.so is found by the dynamic loader (set
LD_LIBRARY_PATH to the installed lib directory) or named by $ATTUNE_LIBRARY.
"""
import ctypes
import ctypes.util
import json
import os
import sys

lib = ctypes.CDLL(os.environ.get("ATTUNE_LIBRARY")
                  or ctypes.util.find_library("attune") or "libattune.so")
out = ctypes.POINTER(ctypes.c_char)  # a string the library allocates; freed by attune_free
handle = ctypes.c_void_p
lib.attune_version.restype = ctypes.c_char_p
lib.attune_engine_open.argtypes = [ctypes.c_char_p, ctypes.POINTER(handle), ctypes.POINTER(out)]
lib.attune_engine_close.argtypes = [handle]
lib.attune_session_new.argtypes = [handle, ctypes.POINTER(handle), ctypes.POINTER(out)]
lib.attune_session_free.argtypes = [handle]
lib.attune_respond.argtypes = [handle, ctypes.c_char_p, ctypes.POINTER(out), ctypes.POINTER(out)]
lib.attune_search.argtypes = [handle, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(out),
                              ctypes.POINTER(out)]
lib.attune_session_save.argtypes = [handle, ctypes.POINTER(out), ctypes.POINTER(out)]
lib.attune_session_restore.argtypes = [handle, ctypes.c_char_p, ctypes.POINTER(out)]
lib.attune_free.argtypes = [ctypes.c_void_p]


def call(fn, *args, result=True):
    """Calls an attune function; returns its string result, raising on error."""
    value, error = out(), out()
    rc = fn(*args, *((ctypes.byref(value),) if result else ()), ctypes.byref(error))
    if rc != 0:
        message = ctypes.string_at(error).decode()
        lib.attune_free(error)
        raise RuntimeError(f"attune error {rc}: {message}")
    if not result:
        return None
    text = ctypes.string_at(value).decode()
    lib.attune_free(value)
    return text


def show(reply_json):
    reply = json.loads(reply_json)
    print(f"> {reply['text']}\n{reply['reply']}")
    for c in reply["citations"]:
        print(f"  [{c['title']}, \"{c['section']}\", passage {c['passage']}]")


print("attune", lib.attune_version().decode())
engine, session, resumed = handle(), handle(), handle()
call(lib.attune_engine_open, None, ctypes.byref(engine), result=False)
call(lib.attune_session_new, engine, ctypes.byref(session), result=False)
for text in ["after sex my husband rolls over and sleeps and I feel abandoned",
             "when I ask him to talk he goes quiet and leaves the room"]:
    show(call(lib.attune_respond, session, text.encode()))
for hit in json.loads(call(lib.attune_search, engine, b"pursue withdraw", 3)):
    print(f"hit: {hit['title']} / {hit['section']}")

state = call(lib.attune_session_save, session)
call(lib.attune_session_new, engine, ctypes.byref(resumed), result=False)
call(lib.attune_session_restore, resumed, state.encode(), result=False)
show(call(lib.attune_respond, resumed, b"I keep texting him until he answers"))
lib.attune_session_free(resumed)
lib.attune_session_free(session)
lib.attune_engine_close(engine)
sys.exit(0)
