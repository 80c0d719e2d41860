# Runs one golden chat transcript: INPUT (NAME.input, one user line per line) is piped into
# `ATTUNE_CLI chat`; its standard output must equal NAME.expect beside it, byte for byte.
# With REGENERATE=ON, or ATTUNE_REGENERATE_GOLDEN=1 in the environment, NAME.expect is rewritten
# instead (review the diff before committing it).
cmake_minimum_required(VERSION 3.25)
foreach(var ATTUNE_CLI INPUT ACTUAL)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_golden.cmake: -D${var}=... is required")
  endif()
endforeach()
string(REGEX REPLACE "\\.input$" ".expect" expect "${INPUT}")

# The transcript must not depend on who runs it: no colour settings, no user state.
unset(ENV{NO_COLOR})
set(ENV{TERM} "dumb")
get_filename_component(state_dir "${ACTUAL}" DIRECTORY)
set(ENV{XDG_STATE_HOME} "${state_dir}/state")

execute_process(COMMAND "${ATTUNE_CLI}" chat
                INPUT_FILE "${INPUT}"
                OUTPUT_VARIABLE actual
                ERROR_VARIABLE errors
                RESULT_VARIABLE status)
file(WRITE "${ACTUAL}" "${actual}")

if(REGENERATE OR "$ENV{ATTUNE_REGENERATE_GOLDEN}" MATCHES "^(1|ON|on|yes|true)$")
  file(WRITE "${expect}" "${actual}")
  message(STATUS "regenerated ${expect} (exit status ${status})")
  return()
endif()
if(NOT EXISTS "${expect}")
  message(FATAL_ERROR "${expect} is missing: run ctest with ATTUNE_REGENERATE_GOLDEN=1 to create it")
endif()
file(READ "${expect}" expected)
if(NOT actual STREQUAL expected)
  execute_process(COMMAND diff -u "${expect}" "${ACTUAL}")
  message(FATAL_ERROR "attune chat < ${INPUT} differs from ${expect} (stderr: ${errors})")
endif()
