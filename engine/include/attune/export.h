/* attune — ATTUNE_API marks the symbols the shared library exports.
 *
 * The library is built with hidden visibility, so only what carries ATTUNE_API
 * (the C functions, the public C++ classes and functions) is visible outside
 * libattune.so. Valid C and C++. */
#ifndef ATTUNE_EXPORT_H_
#define ATTUNE_EXPORT_H_

#if defined(__GNUC__) || defined(__clang__)
#define ATTUNE_API __attribute__((visibility("default")))
#else
#define ATTUNE_API
#endif

#endif /* ATTUNE_EXPORT_H_ */
